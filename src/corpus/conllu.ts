// CoNLL-U (Universal Dependencies) reading and writing. Multiword token ranges
// (`3-4 don't`) and empty nodes (`8.1`) are kept as raw lines so that writing a
// sentence back reproduces them; only the syntactic words are annotated.

export interface ConlluWord {
  /** The ten columns, ID first. */
  readonly columns: string[];
}

export interface ConlluSentence {
  /** Comment lines (`# text = ...`), in order. */
  readonly comments: readonly string[];
  /** Every line of the sentence in order: comments excluded, words and raw range/empty-node lines. */
  readonly lines: ReadonlyArray<{ readonly word: ConlluWord | null; readonly raw: string }>;
  /** The syntactic words (integer IDs), in order. */
  readonly words: readonly ConlluWord[];
  /** 1-based line number of the sentence's first line, for error messages. */
  readonly line: number;
}

export const CONLLU = { ID: 0, FORM: 1, LEMMA: 2, UPOS: 3, XPOS: 4, FEATS: 5, HEAD: 6, DEPREL: 7, DEPS: 8, MISC: 9 } as const;

/** Parses a whole CoNLL-U text; throws with the line number on a malformed word line. */
export function parseConllu(content: string, name = 'CoNLL-U input'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let comments: string[] = [];
  let lines: Array<{ word: ConlluWord | null; raw: string }> = [];
  let words: ConlluWord[] = [];
  let startLine = 1;
  const flush = (): void => {
    if (words.length > 0 || lines.length > 0) sentences.push({ comments, lines, words, line: startLine });
    comments = [];
    lines = [];
    words = [];
  };
  const rows = content.split('\n');
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!.replace(/\r$/, '');
    if (row.trim() === '') {
      flush();
      startLine = index + 2;
      continue;
    }
    if (row.startsWith('#')) {
      if (lines.length === 0) comments.push(row);
      continue;
    }
    const columns = row.split('\t');
    if (columns.length !== 10) throw new Error(`${name}: line ${index + 1} has ${columns.length} columns, CoNLL-U needs 10`);
    if (/^\d+$/.test(columns[0]!)) {
      const word = { columns };
      words.push(word);
      lines.push({ word, raw: row });
    } else if (/^\d+(-\d+|\.\d+)$/.test(columns[0]!)) {
      lines.push({ word: null, raw: row });
    } else {
      throw new Error(`${name}: line ${index + 1} has ID "${columns[0]}", not a word, range or empty node`);
    }
  }
  flush();
  return sentences;
}

/** Writes sentences back, one blank line after each. */
export function formatConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const sentence of sentences) {
    for (const comment of sentence.comments) out.push(comment);
    for (const line of sentence.lines) out.push(line.word ? line.word.columns.join('\t') : line.raw);
    out.push('');
  }
  return out.join('\n') + (out.length > 0 ? '\n' : '');
}
