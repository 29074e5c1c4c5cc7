import { describe, expect, it } from 'vitest';
import { allocateClusterArrays } from '../../src/language/clusters.js';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import { CACHED_CONTEXT_GROUPS, ContextGroup, extractContextGroup, extractTaggerFeatures, extractWordFeatures, MAX_TAGGER_FEATURES, WORD_OFFSETS, type TaggerInput } from '../../src/tagger/features.js';

function inputOf(forms: string[]): TaggerInput {
  const tokens = sequenceFromForms(forms);
  const clusters = allocateClusterArrays(tokens.count);
  clusters[1].fill(7);
  return { lexical: computeLexicalAttributes(tokens), ambiguity: new Uint32Array(tokens.count).fill(3), clusters };
}

describe('tagger features', () => {
  const input = inputOf(['Austin', 'said', 'China', 'is', 'engaging', '.']);

  it('splits into cached word and context groups without losing or adding a feature', () => {
    for (let i = 0; i < 6; i++) {
      const all = new Uint32Array(MAX_TAGGER_FEATURES);
      const count = extractTaggerFeatures(input, i, 0, 6, 4, 9, all);
      const parts: number[] = [];
      const buffer = new Uint32Array(MAX_TAGGER_FEATURES);
      for (const offset of WORD_OFFSETS) {
        const j = i + offset;
        const n = extractWordFeatures(input, j, offset, j >= 0 && j < 6, buffer);
        parts.push(...buffer.subarray(0, n));
      }
      for (const group of [...CACHED_CONTEXT_GROUPS, ContextGroup.Uncached]) {
        const n = extractContextGroup(group, input, i, 0, 6, 4, 9, buffer);
        parts.push(...buffer.subarray(0, n));
      }
      expect(parts.sort()).toEqual([...all.subarray(0, count)].sort());
      expect(new Set(parts).size).toBe(parts.length);
    }
  });

  it('reads positions outside the sentence as a boundary, not as the neighbouring sentence', () => {
    const whole = inputOf(['Hello', '.', 'Austin', 'said', 'it', '.']);
    const alone = inputOf(['Austin', 'said', 'it', '.']);
    const a = new Uint32Array(MAX_TAGGER_FEATURES);
    const b = new Uint32Array(MAX_TAGGER_FEATURES);
    const countA = extractTaggerFeatures(whole, 2, 2, 6, 0, 0, a);
    const countB = extractTaggerFeatures(alone, 0, 0, 4, 0, 0, b);
    expect([...a.subarray(0, countA)].sort()).toEqual([...b.subarray(0, countB)].sort());
  });
});
