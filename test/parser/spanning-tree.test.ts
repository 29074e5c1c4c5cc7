import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestTree } from '../../src/parser/spanning-tree.js';

/** heads (0 the root, j word j) of words 1..n as a single-rooted tree, or why not. */
function isSingleRootedTree(heads: Int32Array, n: number): boolean {
  let roots = 0;
  for (let d = 1; d <= n; d++) {
    const head = heads[d - 1]!;
    if (head === d || head < 0 || head > n) return false;
    if (head === 0) roots++;
  }
  if (roots !== 1) return false;
  for (let d = 1; d <= n; d++) {
    let node = d;
    for (let steps = 0; node !== 0; steps++) {
      if (steps > n) return false;
      node = heads[node - 1]!;
    }
  }
  return true;
}

function treeScore(scores: Float64Array, stride: number, heads: Int32Array, n: number): number {
  let sum = 0;
  for (let d = 1; d <= n; d++) sum += scores[(d - 1) * stride + heads[d - 1]!]!;
  return sum;
}

/** The best single-rooted tree by trying every head assignment (small n only). */
function bruteForceBest(scores: Float64Array, stride: number, n: number): number {
  const heads = new Int32Array(n);
  let best = -Infinity;
  const visit = (d: number): void => {
    if (d > n) {
      if (isSingleRootedTree(heads, n)) best = Math.max(best, treeScore(scores, stride, heads, n));
      return;
    }
    for (let h = 0; h <= n; h++) {
      if (h === d) continue;
      heads[d - 1] = h;
      visit(d + 1);
    }
  };
  visit(1);
  return best;
}

describe('best single-rooted tree (Chu-Liu-Edmonds)', () => {
  it('finds a tree exactly as good as the best of all trees, for any scores on up to six words', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.integer({ min: -50, max: 0 }), { minLength: n * (n + 1), maxLength: n * (n + 1) }))),
      ([n, values]) => {
        const stride = n + 1;
        const scores = Float64Array.from(values, (value) => value / 7);
        const heads = new Int32Array(n);
        bestTree(scores, stride, n, heads);
        expect(isSingleRootedTree(heads, n)).toBe(true);
        expect(treeScore(scores, stride, heads, n)).toBeCloseTo(bruteForceBest(scores, stride, n), 9);
      },
    ), { numRuns: 300 });
  });

  it('breaks a cycle of best heads and keeps one root when several words prefer it', () => {
    // Words 1 and 2 prefer each other; words 2 and 3 both prefer the root.
    const stride = 4;
    const scores = Float64Array.from([
      /* word 1 */ -9, -9, -1, -5,
      /* word 2 */ -0.5, -1, -9, -6,
      /* word 3 */ -0.4, -8, -3, -9,
    ]);
    const heads = new Int32Array(3);
    bestTree(scores, stride, 3, heads);
    expect(isSingleRootedTree(heads, 3)).toBe(true);
    expect(treeScore(scores, stride, heads, 3)).toBeCloseTo(bruteForceBest(scores, stride, 3), 9);
    expect(Array.from(heads)).toEqual([2, 0, 2]);
  });

  it('keeps the best heads when they already form a tree', () => {
    const scores = Float64Array.from([-5, -9, -1, -0.1, -9, -2, -7, -0.2, -9]);
    const heads = new Int32Array(2);
    bestTree(scores.subarray(0, 6), 3, 2, heads);
    expect(Array.from(heads)).toEqual([2, 0]);
  });
});
