import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArcEagerState, TRANSITIONS } from '../../src/parser/arc-eager.js';
import { DependencyParser } from '../../src/parser/index.js';
import { readSample, trainSmallParser, treeProblem , checkTreesOfRandomSentences } from './fixture.js';


/** Runs the transition system with moves picked by `choices` among the allowed ones. */
function runRandomly(n: number, choices: readonly number[]): Int32Array {
  const state = new ArcEagerState(4);
  state.reset(n);
  for (let step = 0; !state.isTerminal(); step++) {
    const allowed = [];
    for (let t = 0; t < TRANSITIONS; t++) if (state.isAllowed(t)) allowed.push(t);
    expect(allowed.length).toBeGreaterThan(0);
    state.apply(allowed[(choices[step % Math.max(choices.length, 1)] ?? 0) % allowed.length]!);
  }
  return Int32Array.from(state.heads.subarray(0, n), (head) => (head === n ? -1 : head));
}

describe('arc-eager transition system', () => {
  it('ends every transition sequence in a single-rooted tree without cycles', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.array(fc.nat(7), { minLength: 1, maxLength: 200 }), (n, choices) => {
        expect(treeProblem(runRandomly(n, choices), 0, n)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('parses a one-word sentence as its root', () => {
    expect(Array.from(runRandomly(1, [0]))).toEqual([-1]);
  });
});

describe('DependencyParser output', () => {
  const parser = DependencyParser.fromBytes(trainSmallParser(readSample()));

  it('is a single-rooted tree labelled root at the root, for random sentences of random tags', () => {
    checkTreesOfRandomSentences(parser);
  });
});
