import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../src/linear/hash.js';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import { ArcEagerState, TRANSITIONS } from '../../src/parser/arc-eager.js';
import { DependencyParser } from '../../src/parser/index.js';
import { readSample, trainSmallParser, treeProblem } from './fixture.js';

const WORDS = ['the', 'dog', 'saw', 'a', 'cat', ',', 'and', 'it', 'ran', 'to', 'Paris', '.', '"', 'said', '2024'];
const TAGS: ReadonlyArray<readonly [string, string]> = [
  ['DET', 'DT'], ['NOUN', 'NN'], ['VERB', 'VBD'], ['PUNCT', ','], ['CCONJ', 'CC'], ['PRON', 'PRP'],
  ['ADP', 'IN'], ['PROPN', 'NNP'], ['PUNCT', '.'], ['NUM', 'CD'], ['X', 'GW'],
];

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
  const rootId = parser.relations.indexOf('root');

  it('is a single-rooted tree labelled root at the root, for random sentences of random tags', () => {
    const word = fc.record({ form: fc.constantFrom(...WORDS), tags: fc.constantFrom(...TAGS) });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 70 }), fc.nat(5), (words, padding) => {
        // Padding tokens before and after check that indices are global.
        const forms = [...Array<string>(padding).fill('x'), ...words.map((w) => w.form), 'y'];
        const tokens = sequenceFromForms(forms);
        const lexical = computeLexicalAttributes(tokens);
        const upos = new Uint32Array(forms.length);
        const xpos = new Uint32Array(forms.length);
        words.forEach((w, i) => {
          upos[padding + i] = hashString(w.tags[0]);
          xpos[padding + i] = hashString(w.tags[1]);
        });
        const heads = new Int32Array(forms.length).fill(-7);
        const labels = new Uint8Array(forms.length).fill(255);
        const end = padding + words.length;
        parser.parse(tokens, lexical, padding, end, upos, xpos, heads, labels);
        expect(treeProblem(heads, padding, end)).toBeNull();
        for (let i = padding; i < end; i++) expect(labels[i] === rootId).toBe(heads[i] === -1);
        expect(heads[end]).toBe(-7);
        if (padding > 0) expect(heads[padding - 1]).toBe(-7);
      }),
      { numRuns: 300 },
    );
  });
});
