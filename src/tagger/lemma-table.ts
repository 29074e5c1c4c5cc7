// Builds the lemma exception table from a treebank: for each (lower form, XPOS),
// the most frequent lemma, kept only when the suffix rules would get it wrong.
// The shipped table is data/tagger/lemmas.tsv: `form<TAB>xpos<TAB>lemma` per line.

import { CONLLU, type ConlluSentence } from '../corpus/conllu.js';
import { ruleLemma } from './lemma-rules.js';

export function buildLemmaTable(sentences: readonly ConlluSentence[]): string {
  const counts = new Map<string, Map<string, number>>();
  for (const sentence of sentences) {
    for (const { columns } of sentence.words) {
      const form = columns[CONLLU.FORM]!;
      const xpos = columns[CONLLU.XPOS]!;
      const key = `${xpos === 'NNP' || xpos === 'NNPS' ? form : form.toLowerCase()}\t${xpos}`;
      const lemmas = counts.get(key) ?? new Map<string, number>();
      lemmas.set(columns[CONLLU.LEMMA]!, (lemmas.get(columns[CONLLU.LEMMA]!) ?? 0) + 1);
      counts.set(key, lemmas);
    }
  }
  const lines: string[] = [];
  for (const [key, lemmas] of counts) {
    const [form, xpos] = key.split('\t') as [string, string];
    const [lemma] = [...lemmas].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    if (lemma !== ruleLemma(form, xpos) && lemma !== '_') lines.push(`${key}\t${lemma}`);
  }
  return lines.sort().join('\n') + '\n';
}
