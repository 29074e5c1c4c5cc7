// What the language layer asks of a dependency parser: a tree per sentence, labelled
// with full UD relations. Tags come in as hashString of their names, so a parser does
// not depend on the tagger's ids.

import type { LexicalAttributes } from '../language/lexical.js';
import type { TokenSequence } from '../language/tokens.js';

export interface Parser {
  /** Relation names; index = label id. */
  readonly relations: readonly string[];
  /**
   * Parses tokens [first, end) of one sentence. Writes heads[i] (global index, -1 for
   * the root) and labels[i] (relation id) for each token i in [first, end).
   */
  parse(
    tokens: TokenSequence, lexical: LexicalAttributes, first: number, end: number,
    upos: Uint32Array, xpos: Uint32Array, heads: Int32Array, labels: Uint8Array,
  ): void;
}
