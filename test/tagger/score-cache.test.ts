// The tagger's cache of summed feature weights: a key finds the vector stored under it
// (the model's own sum), other keys find nothing, and a full cache starts over.

import { describe, expect, it } from 'vitest';
import { featureKey } from '../../src/linear/hash.js';
import { LinearModel } from '../../src/linear/model.js';
import { ScoreCache } from '../../src/tagger/score-cache.js';

// Three classes; feature 1 votes for class 0, feature 2 for class 2, feature 3 against class 1.
const keys = [featureKey(1, 1), featureKey(2, 2), featureKey(3, 3)];
const model = new LinearModel({
  classes: 3,
  keys: Uint32Array.from(keys),
  offsets: Uint32Array.of(0, 1, 2, 4),
  classIds: Uint8Array.of(0, 2, 1, 2),
  weights: Float32Array.of(2, 1.5, -1, 0.5),
});
const features = (...indices: number[]): Int32Array => new Int32Array(Uint32Array.from(indices, (index) => keys[index]!).buffer);

function cachedScores(cache: ScoreCache, slot: number): number[] {
  const scores = new Float32Array(3);
  cache.addTo(slot, scores);
  return [...scores].map((score) => Number(score.toFixed(3)));
}

describe('ScoreCache', () => {
  it('finds the summed weights stored under a key, and nothing under another', () => {
    const cache = new ScoreCache(model, 4);
    expect(cache.find(42)).toBe(-1);
    const slot = cache.store(42, features(0, 2), 2);
    expect(cache.find(42)).toBe(slot);
    expect(cache.find(43)).toBe(-1);
    expect(cachedScores(cache, slot)).toEqual([2, -1, 0.5]);
    // Negative keys and keys that share their low bits live side by side.
    const other = cache.store(-42, features(1), 1);
    const colliding = cache.store(42 + 1024, features(0, 1), 2);
    expect([cache.find(-42), cache.find(42 + 1024), cache.find(42)]).toEqual([other, colliding, slot]);
    expect(cachedScores(cache, colliding)).toEqual([2, 0, 1.5]);
  });

  it('starts over when full, and scores correctly after', () => {
    const cache = new ScoreCache(model, 2);
    cache.store(1, features(0), 1);
    cache.store(2, features(1), 1);
    const slot = cache.store(3, features(2), 1);
    expect([cache.find(1), cache.find(2), cache.find(3)]).toEqual([-1, -1, slot]);
    expect(cachedScores(cache, slot)).toEqual([0, -1, 0.5]);
    expect(cachedScores(cache, cache.store(1, features(1), 1))).toEqual([0, 0, 1.5]);
  });
});
