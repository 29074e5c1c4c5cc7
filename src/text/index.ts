// Tokens and sentences for news text. Reads `text` and the block spans (headline,
// captions, paragraphs); gives UTF-16 offsets for every token and each block's
// sentences. Tokens follow UD English EWT, which the tagger and parser are trained on
// (rules in scan-word.ts and scan-symbol.ts); sentence conventions are in
// split-sentences.ts. Pure and dependency-free so it also runs in a browser; tagging,
// parsing and any layer built on tokens are left to later stages.

import type { Span } from '../document/article.js';
import { splitSentences } from './split-sentences.js';
import { TokenBuffer } from './token-buffer.js';
import { tokenizeRange } from './tokenize.js';

/** Tokens as parallel typed arrays: token i covers text.slice(starts[i], ends[i]). */
export interface TokenTable {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** A sentence: its character span and its token range [firstToken, endToken). */
export interface SentenceRange extends Span {
  readonly firstToken: number;
  readonly endToken: number;
}

export interface TextAnalysis {
  readonly tokens: TokenTable;
  readonly sentences: readonly SentenceRange[];
}

/** News runs about six UTF-16 units per token; guessing a little under that avoids most regrowth. */
const UNITS_PER_TOKEN_GUESS = 5;

/**
 * Tokenizes `text` inside each block (headline, caption, paragraph; given sorted and
 * non-overlapping) and splits each block into sentences. A sentence never crosses a
 * block; text outside blocks is ignored.
 */
export function analyseText(text: string, blocks: readonly Span[]): TextAnalysis {
  checkBlocks(text, blocks);
  const tokens = new TokenBuffer(Math.ceil(text.length / UNITS_PER_TOKEN_GUESS));
  const sentences: SentenceRange[] = [];
  for (const block of blocks) {
    const first = tokens.count;
    tokenizeRange(text, block.start, block.end, tokens);
    splitSentences(text, tokens, first, tokens.count, sentences);
  }
  return {
    tokens: { count: tokens.count, starts: tokens.starts.slice(0, tokens.count), ends: tokens.ends.slice(0, tokens.count) },
    sentences,
  };
}

/** Convenience: the whole text as one block. */
export function analyseWhole(text: string): TextAnalysis {
  return analyseText(text, [{ start: 0, end: text.length }]);
}

/** Blocks come from `clean`; a bad one is a bug upstream, so say which and stop. */
function checkBlocks(text: string, blocks: readonly Span[]): void {
  let previousEnd = 0;
  for (const [index, block] of blocks.entries()) {
    const { start, end } = block;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < previousEnd || end < start || end > text.length) {
      throw new RangeError(
        `analyseText: block ${index} [${start}, ${end}) is reversed, outside the text (length ${text.length}) or overlaps the block before`,
      );
    }
    previousEnd = end;
  }
}
