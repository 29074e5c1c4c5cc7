// Invariants of analyseText on random text and random blocks: tokens are sorted,
// non-overlapping, non-empty and free of whitespace; inside each block they cover every
// non-whitespace character exactly once; sentences partition the tokens block by block.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/document/article.js';
import { analyseText, type TextAnalysis } from '../../src/text/index.js';

const chars = [...'aZé19.,;:!?…-–—/\\&@#%$+()[]{}\'"`´‘’“”«» \t\n\u00a0\u2003'];
const fragments = ['U.S.', 'Gen.', "don't", 'Kyiv’s', 'anti-ship', '50,000', '7.2%', 'http://x.io/a?b=c', 'a@b.co', '...', "''", '``', 'J.', 'cannot', '10am', '713-853-3989', '😀'];
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...chars) },
  { weight: 3, arbitrary: fc.constantFrom(...fragments) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const text = fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(''));

/** Text with sorted, non-overlapping blocks cut at random points. */
const textWithBlocks = text.chain((value) =>
  fc.uniqueArray(fc.integer({ min: 0, max: value.length }), { maxLength: 8 }).map((cuts): [string, Span[]] => {
    const points = [...cuts].sort((a, b) => a - b);
    const blocks: Span[] = [];
    for (let i = 0; i + 1 < points.length; i += 2) blocks.push({ start: points[i]!, end: points[i + 1]! });
    return [value, blocks];
  }),
);

function checkTokens(value: string, blocks: readonly Span[], analysis: TextAnalysis): void {
  const { count, starts, ends } = analysis.tokens;
  let token = 0;
  let previousEnd = 0;
  for (const block of blocks) {
    let joined = '';
    while (token < count && starts[token]! < block.end) {
      const start = starts[token]!;
      const end = ends[token]!;
      expect(start).toBeGreaterThanOrEqual(Math.max(block.start, previousEnd));
      expect(end).toBeGreaterThan(start);
      expect(end).toBeLessThanOrEqual(block.end);
      expect(value.slice(start, end)).not.toMatch(/\s/);
      joined += value.slice(start, end);
      previousEnd = end;
      token += 1;
    }
    expect(joined).toBe(value.slice(block.start, block.end).replace(/\s/g, ''));
  }
  expect(token).toBe(count);
}

function checkSentences(blocks: readonly Span[], analysis: TextAnalysis): void {
  const { starts, ends } = analysis.tokens;
  let nextToken = 0;
  for (const sentence of analysis.sentences) {
    expect(sentence.firstToken).toBe(nextToken);
    expect(sentence.endToken).toBeGreaterThan(sentence.firstToken);
    expect(sentence.start).toBe(starts[sentence.firstToken]);
    expect(sentence.end).toBe(ends[sentence.endToken - 1]);
    expect(blocks.some((block) => block.start <= sentence.start && sentence.end <= block.end)).toBe(true);
    nextToken = sentence.endToken;
  }
  expect(nextToken).toBe(analysis.tokens.count);
}

describe('text properties', () => {
  it('keeps tokens sorted, whitespace-free and covering each block exactly', () => {
    fc.assert(
      fc.property(textWithBlocks, ([value, blocks]) => checkTokens(value, blocks, analyseText(value, blocks))),
      { numRuns: 1500 },
    );
  });

  it('partitions the tokens into sentences that stay inside their block', () => {
    fc.assert(
      fc.property(textWithBlocks, ([value, blocks]) => checkSentences(blocks, analyseText(value, blocks))),
      { numRuns: 1500 },
    );
  });

  it('tokenizes a block the same whether it stands alone or among others', () => {
    fc.assert(
      fc.property(textWithBlocks, ([value, blocks]) => {
        const together = analyseText(value, blocks);
        const apart = blocks.flatMap((block) => {
          const { tokens } = analyseText(value, [block]);
          return Array.from(tokens.starts, (start, i) => [start, tokens.ends[i]]);
        });
        expect(Array.from(together.tokens.starts, (start, i) => [start, together.tokens.ends[i]])).toEqual(apart);
      }),
      { numRuns: 500 },
    );
  });
});
