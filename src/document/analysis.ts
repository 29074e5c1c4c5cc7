// The language layer of an article: tokens, sentences' token ranges, part of speech,
// lemmas, dependency tree and mentions, in compact arrays indexed by token. Later
// stages (resolve, quotes, events) read it. It stays out of the JSON output: the
// contract's layers (sentences, entities, ...) are what tools read, and tokens would
// multiply the size of every stored article.

import type { Span } from './article.js';

export type MentionType =
  | 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'MISC'
  | 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL';

/** A recognised mention: its token range [firstToken, endToken), its characters, its type. */
export interface Mention extends Span {
  readonly firstToken: number;
  readonly endToken: number;
  readonly type: MentionType;
}

export interface SentenceTokens extends Span {
  readonly firstToken: number;
  readonly endToken: number;
}

export class LanguageAnalysis {
  constructor(
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly sentences: readonly SentenceTokens[],
    readonly upos: readonly string[],
    readonly xpos: readonly string[],
    readonly lemmas: readonly string[],
    /** Head token index, -1 for a sentence's root. */
    readonly heads: Int32Array,
    readonly deprels: readonly string[],
    readonly mentions: readonly Mention[],
  ) {}

  /** Again a LanguageAnalysis, from the plain copy another thread received (structured clone keeps the fields, not the class). */
  static revive(copy: LanguageAnalysis): LanguageAnalysis {
    return new LanguageAnalysis(copy.starts, copy.ends, copy.sentences, copy.upos, copy.xpos, copy.lemmas, copy.heads, copy.deprels, copy.mentions);
  }

  get tokenCount(): number {
    return this.starts.length;
  }

  /** Kept out of JSON output (see the file comment). */
  toJSON(): undefined {
    return undefined;
  }
}

/** Per token, the first token of its sentence (`first`) and the token after it (`end`). */
export function sentenceBounds(analysis: LanguageAnalysis): { readonly first: Int32Array; readonly end: Int32Array } {
  const first = new Int32Array(analysis.tokenCount);
  const end = new Int32Array(analysis.tokenCount);
  for (const sentence of analysis.sentences) {
    first.fill(sentence.firstToken, sentence.firstToken, sentence.endToken);
    end.fill(sentence.endToken, sentence.firstToken, sentence.endToken);
  }
  return { first, end };
}

/**
 * The unbroken run of tokens around `token` that descend from it in the parse, within
 * its sentence [from, stop): the phrase it heads, less any part the parse hangs on it
 * from further away.
 */
export function descendantRun(heads: Int32Array, token: number, from: number, stop: number): { readonly first: number; readonly end: number } {
  const isInside = (t: number): boolean => {
    let ancestor = t;
    for (let steps = 0; ancestor !== token && ancestor >= from && ancestor < stop && steps <= stop - from; steps++) ancestor = heads[ancestor]!;
    return ancestor === token;
  };
  let first = token;
  while (first > from && isInside(first - 1)) first--;
  let end = token + 1;
  while (end < stop && isInside(end)) end++;
  return { first, end };
}
