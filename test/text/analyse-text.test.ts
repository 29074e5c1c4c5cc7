// analyseText over blocks: sentences stay inside their block, text between blocks is
// skipped, and malformed block lists are refused.

import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/index.js';
import { tokenStrings } from './expect-tokens.js';

describe('analyseText', () => {
  const text = 'Talks Underscore Threat\n\nREUTERS/Issei Kato\n\nJapan said no. China disagreed.\n\n"We are tired.\n\n"I am here."';
  const blockAt = (part: string): { start: number; end: number } => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
  const blocks = [blockAt('Talks Underscore Threat'), blockAt('Japan said no. China disagreed.'), blockAt('"We are tired.'), blockAt('"I am here."')];

  it('tokenizes only inside blocks and never lets a sentence cross one', () => {
    const analysis = analyseText(text, blocks);
    expect(tokenStrings(text, analysis)).not.toContain('REUTERS');
    expect(analysis.sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual([
      'Talks Underscore Threat',
      'Japan said no.',
      'China disagreed.',
      '"We are tired.',
      '"I am here."',
    ]);
  });

  it('numbers tokens across blocks, so sentence token ranges follow each other', () => {
    const { sentences, tokens } = analyseText(text, blocks);
    expect(sentences.map((sentence) => [sentence.firstToken, sentence.endToken])).toEqual([[0, 3], [3, 7], [7, 10], [10, 15], [15, 21]]);
    expect(tokens.count).toBe(21);
  });

  it('cuts a word at a block edge rather than read past it', () => {
    const analysis = analyseText('Hello world', [{ start: 0, end: 8 }]);
    expect(tokenStrings('Hello world', analysis)).toEqual(['Hello', 'wo']);
  });

  it.each([
    ['outside the text', [{ start: 0, end: 99 }]],
    ['reversed', [{ start: 5, end: 2 }]],
    ['overlapping', [{ start: 0, end: 5 }, { start: 3, end: 8 }]],
    ['unsorted', [{ start: 6, end: 8 }, { start: 0, end: 5 }]],
    ['fractional', [{ start: 0.5, end: 3 }]],
  ])('refuses a block list that is %s', (_name, bad) => {
    expect(() => analyseText('Hello world', bad)).toThrow(RangeError);
  });
});
