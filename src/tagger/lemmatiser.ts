// Lemmas from the exception table of data/tagger/lemmas.tsv, then suffix rules.

import { ruleLemma } from './lemma-rules.js';

export class Lemmatiser {
  private readonly exceptions: Map<string, string>;

  constructor(table: string) {
    this.exceptions = new Map();
    for (const line of table.split('\n')) {
      if (line === '') continue;
      const [form, xpos, lemma] = line.split('\t');
      if (form === undefined || xpos === undefined || lemma === undefined) throw new Error(`lemma table: malformed line "${line}"`);
      this.exceptions.set(`${form}\t${xpos}`, lemma);
    }
  }

  static fromBytes(bytes: Uint8Array): Lemmatiser {
    return new Lemmatiser(new TextDecoder().decode(bytes));
  }

  lemma(form: string, xpos: string): string {
    const key = xpos === 'NNP' || xpos === 'NNPS' ? form : form.toLowerCase();
    return this.exceptions.get(`${key}\t${xpos}`) ?? ruleLemma(form, xpos);
  }
}
