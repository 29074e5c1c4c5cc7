// Helpers for text tests: read tokens and sentences back as strings and derive the
// offsets each expected token must have, so every table case checks text and offsets.

import { expect } from 'vitest';
import { analyseWhole, type TextAnalysis } from '../../src/text/index.js';

export function tokenStrings(text: string, analysis: TextAnalysis): string[] {
  const out: string[] = [];
  for (let i = 0; i < analysis.tokens.count; i += 1) out.push(text.slice(analysis.tokens.starts[i], analysis.tokens.ends[i]));
  return out;
}

export function tokenSpans(analysis: TextAnalysis): Array<[number, number]> {
  return Array.from(analysis.tokens.starts, (start, i) => [start, analysis.tokens.ends[i]!]);
}

/** Offsets the expected tokens must have: each one right after the previous, past whitespace only. */
export function spansOfExpected(text: string, tokens: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let cursor = 0;
  for (const token of tokens) {
    while (cursor < text.length && /\s/.test(text[cursor]!)) cursor += 1;
    if (!text.startsWith(token, cursor)) throw new Error(`expected token ${JSON.stringify(token)} at ${cursor} in ${JSON.stringify(text)}`);
    spans.push([cursor, cursor + token.length]);
    cursor += token.length;
  }
  return spans;
}

/** Asserts that `text` tokenizes into exactly `expected`, at the offsets where they stand. */
export function expectTokens(text: string, expected: readonly string[]): void {
  const analysis = analyseWhole(text);
  expect(tokenStrings(text, analysis)).toEqual(expected);
  expect(tokenSpans(analysis)).toEqual(spansOfExpected(text, expected));
}

/** Asserts the sentences of `text` as strings, and that each span and token range agree. */
export function expectSentences(text: string, expected: readonly string[]): void {
  const analysis = analyseWhole(text);
  const { starts, ends } = analysis.tokens;
  expect(analysis.sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(expected);
  for (const sentence of analysis.sentences) {
    expect(sentence.start).toBe(starts[sentence.firstToken]);
    expect(sentence.end).toBe(ends[sentence.endToken - 1]);
  }
}
