// Checks every tagger passes, whatever its model.

import { expect } from 'vitest';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import type { Tagger } from '../../src/tagger/tagger.js';

/** The combined tags of a gold-tokenised sentence. */
export function tagAll(tagger: Tagger, forms: readonly string[]): string[] {
  const tokens = sequenceFromForms(forms);
  const out = new Uint8Array(tokens.count);
  tagger.tag(tokens, computeLexicalAttributes(tokens), 0, tokens.count, out);
  return Array.from(out, (tag) => tagger.tags[tag]!);
}

/** Tagging a sentence inside a longer token sequence leaves the tokens outside it alone. */
export function expectTagsOnlyInside(tagger: Tagger): void {
  const tokens = sequenceFromForms(['Hello', '.', 'The', 'dog', 'barked', '.', 'Bye']);
  const out = new Uint8Array(tokens.count).fill(255);
  tagger.tag(tokens, computeLexicalAttributes(tokens), 2, 6, out);
  expect(out[0]).toBe(255);
  expect(out[6]).toBe(255);
  expect(tagger.upos[out[2]!]).toBe('DET');
  expect(tagger.upos[out[5]!]).toBe('PUNCT');
}
