import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArcEagerState, TRANSITIONS } from '../../src/parser/arc-eager.js';
import { computeCosts } from '../../src/parser/oracle.js';
import { isProjective, projectivize } from '../../src/parser/projectivize.js';
import { readSample } from './fixture.js';

/** Follows the first zero-cost transition from the start; returns the heads built. */
function followOracle(gold: Int32Array): Int32Array {
  const n = gold.length;
  const state = new ArcEagerState(4);
  const costs = new Int32Array(TRANSITIONS);
  state.reset(n);
  while (!state.isTerminal()) {
    computeCosts(state, gold, costs);
    const next = costs.findIndex((cost) => cost === 0);
    expect(next).toBeGreaterThanOrEqual(0);
    state.apply(next);
  }
  return state.heads.slice(0, n);
}

/** A random projective tree over n words: each span picks a head, then splits around it. */
function projectiveTree(n: number, picks: readonly number[]): Int32Array {
  const heads = new Int32Array(n);
  let pick = 0;
  const build = (from: number, to: number, head: number): void => {
    let start = from;
    while (start < to) {
      const end = start + 1 + ((picks[pick++ % picks.length] ?? 0) % (to - start));
      const root = start + ((picks[pick++ % picks.length] ?? 0) % (end - start));
      heads[root] = head;
      build(start, root, root);
      build(root + 1, end, root);
      start = end;
    }
  };
  // One word under the root, the rest below it.
  const root = (picks[0] ?? 0) % n;
  heads[root] = n;
  build(0, root, root);
  build(root + 1, n, root);
  return heads;
}

describe('dynamic oracle', () => {
  it('reproduces every projectivized EWT sample tree exactly', () => {
    for (const sentence of readSample()) {
      const gold = projectivize(sentence.heads);
      expect(Array.from(followOracle(gold))).toEqual(Array.from(gold));
    }
  });

  it('reproduces random projective trees exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(fc.nat(1000), { minLength: 1, maxLength: 50 }), (n, picks) => {
        const gold = projectiveTree(n, picks);
        expect(isProjective(gold)).toBe(true);
        expect(Array.from(followOracle(gold))).toEqual(Array.from(gold));
      }),
      { numRuns: 300 },
    );
  });

  it('charges a move that detaches a word from its gold head', () => {
    // "dogs bark": gold bark -> dogs; with dogs on the stack, RIGHT would make dogs the head.
    const gold = Int32Array.from([1, 2]);
    const state = new ArcEagerState(4);
    const costs = new Int32Array(TRANSITIONS);
    state.reset(2);
    state.apply(0);
    computeCosts(state, gold, costs);
    expect(costs[2]).toBe(0); // LEFT: bark -> dogs
    expect(costs[3]).toBe(2); // RIGHT: loses dogs' head and bark's root attachment
  });
});

describe('projectivize', () => {
  it('lifts crossing arcs, shortest first, to the head of their head', () => {
    // Arcs 2->0, 3->1, root->2, 0->3: 3->1 crosses 2, then 0->3 does.
    const heads = Int32Array.from([2, 3, 4, 0]);
    expect(isProjective(heads)).toBe(false);
    const lifted = projectivize(heads);
    expect(isProjective(lifted)).toBe(true);
    expect(Array.from(lifted)).toEqual([2, 0, 4, 2]);
  });
});
