// What the language layer asks of a part-of-speech tagger: combined UPOS|XPOS tag ids
// per token, their names, and their hashes (which the parser's features read).

import type { LexicalAttributes } from '../language/lexical.js';
import type { TokenSequence } from '../language/tokens.js';

export interface Tagger {
  /** Combined tags `UPOS|XPOS`; a tag id is an index here. */
  readonly tags: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  /** Tags tokens [first, end) of one sentence, writing tag ids into `out` at the same indices. */
  tag(tokens: TokenSequence, lexical: LexicalAttributes, first: number, end: number, out: Uint8Array): void;
  uposHash(tag: number): number;
  xposHash(tag: number): number;
}
