// The tokens of one text as the models read them: offsets into `text`, no copies.
// src/text produces them from article text; CoNLL files give them as forms, joined
// here into a text of their own.

export interface TokenSequence {
  readonly text: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** Joins gold-tokenised forms with single spaces, so models read them like article tokens. */
export function sequenceFromForms(forms: readonly string[]): TokenSequence {
  const starts = new Int32Array(forms.length);
  const ends = new Int32Array(forms.length);
  let offset = 0;
  forms.forEach((form, index) => {
    starts[index] = offset;
    ends[index] = offset + form.length;
    offset += form.length + 1;
  });
  return { text: forms.join(' '), count: forms.length, starts, ends };
}

export function tokenForm(tokens: TokenSequence, index: number): string {
  return tokens.text.slice(tokens.starts[index]!, tokens.ends[index]!);
}
