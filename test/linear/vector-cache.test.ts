// The cache of summed feature weights that the tagger and the recogniser share: a key
// finds the vector stored under it, other keys (or the same key with another check
// value) find nothing, and a full cache starts over.

import { describe, expect, it } from 'vitest';
import { featureKey } from '../../src/linear/hash.js';
import { LinearModel } from '../../src/linear/model.js';
import { VectorCache } from '../../src/linear/vector-cache.js';

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

/** Claims a vector under key and fills it with the model's scores of the features, as the tagger does. */
function store(cache: VectorCache, key: number, indices: number[], check = 0): number {
  const at = cache.claim(key, check);
  model.addScores(features(...indices), indices.length, cache.vectors, at);
  return at;
}

function cachedScores(cache: VectorCache, at: number): number[] {
  const scores = new Float32Array(3);
  cache.addTo(at, scores);
  return [...scores].map((score) => Number(score.toFixed(3)));
}

describe('VectorCache', () => {
  it('finds the summed weights stored under a key, and nothing under another', () => {
    const cache = new VectorCache(3, 4);
    expect(cache.find(42)).toBe(-1);
    const at = store(cache, 42, [0, 2]);
    expect(cache.find(42)).toBe(at);
    expect(cache.find(43)).toBe(-1);
    expect(cachedScores(cache, at)).toEqual([2, -1, 0.5]);
    // Negative keys and keys that share their low bits live side by side.
    const other = store(cache, -42, [1]);
    const colliding = store(cache, 42 + 1024, [0, 1]);
    expect([cache.find(-42), cache.find(42 + 1024), cache.find(42)]).toEqual([other, colliding, at]);
    expect(cachedScores(cache, colliding)).toEqual([2, 0, 1.5]);
  });

  it('tells apart equal keys by their check value', () => {
    const cache = new VectorCache(3, 4);
    const first = store(cache, 7, [0], 100);
    expect(cache.find(7, 101)).toBe(-1);
    const second = store(cache, 7, [1], 101);
    expect([cache.find(7, 100), cache.find(7, 101)]).toEqual([first, second]);
    expect(cachedScores(cache, second)).toEqual([0, 0, 1.5]);
  });

  it('starts over when full, and scores correctly after', () => {
    const cache = new VectorCache(3, 2);
    store(cache, 1, [0]);
    store(cache, 2, [1]);
    const at = store(cache, 3, [2]);
    expect([cache.find(1), cache.find(2), cache.find(3)]).toEqual([-1, -1, at]);
    expect(cachedScores(cache, at)).toEqual([0, -1, 0.5]);
    expect(cachedScores(cache, store(cache, 1, [1]))).toEqual([0, 0, 1.5]);
  });

  it('makes room for a run of claims up front, so that none overwrites another', () => {
    const cache = new VectorCache(3, 4);
    store(cache, 1, [0]);
    store(cache, 2, [0]);
    store(cache, 3, [0]);
    cache.makeRoom(2);
    expect(cache.find(1)).toBe(-1);
    const a = store(cache, 4, [1]);
    const b = store(cache, 5, [2]);
    expect(a).not.toBe(b);
    expect([cachedScores(cache, a), cachedScores(cache, b)]).toEqual([[0, 0, 1.5], [0, -1, 0.5]]);
    expect(() => cache.makeRoom(5)).toThrow(/5 vectors/);
  });
});
