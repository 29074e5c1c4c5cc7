// Shared by the parser tests: the EWT sample, a small trained parser, and a check
// that heads form a single-rooted tree.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { parseConllu } from '../../src/corpus/conllu.js';
import { ClusterTable, encodeClusterTable } from '../../src/parser/cluster-table.js';
import { DependencyParser, type ParserFiles } from '../../src/parser/index.js';
import { trainTransitionsWithBeam } from '../../src/parser/beam-train.js';
import { encodeParser, trainLabeller, trainTransitions } from '../../src/parser/train.js';
import { treebankSentence, type TreebankSentence } from '../../src/parser/treebank.js';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import { hashString } from '../../src/linear/hash.js';

/** A small cluster table: the tests do not depend on data/clusters. */
export const testClusters = encodeClusterTable(['the', 'a', 'dog', 'cat', 'said', 'told'], [[1, 1, 1], [1, 1, 2], [2, 3, 4], [2, 3, 5], [3, 6, 7], [3, 6, 8]]);

export function readSample(): TreebankSentence[] {
  const text = readFileSync(new URL('../fixtures/parser/ewt-train-sample.conllu', import.meta.url), 'utf8');
  const clusters = new ClusterTable(testClusters);
  return parseConllu(text, 'ewt-train-sample.conllu').map((sentence) => treebankSentence(sentence, clusters));
}

export function relationsOf(sentences: readonly TreebankSentence[]): string[] {
  return [...new Set(sentences.flatMap((sentence) => sentence.relations))].sort();
}

export function trainSmallParser(sentences: readonly TreebankSentence[]): ParserFiles {
  const relations = relationsOf(sentences);
  const transitions = trainTransitions(sentences, { epochs: 6, seed: 3, exploreFrom: 1, exploreRate: 0.9 });
  const labeller = trainLabeller(sentences, relations, { epochs: 4, seed: 5 });
  const models = encodeParser(transitions.toModel({ minWeight: 0 }), labeller.toModel({ minWeight: 0 }), relations, { test: true });
  return { ...models, clusters: testClusters };
}

/** A small parser whose transitions are trained globally for a beam of `beamWidth`. */
export function trainSmallBeamParser(sentences: readonly TreebankSentence[], beamWidth: number): ParserFiles {
  const relations = relationsOf(sentences);
  const transitions = trainTransitionsWithBeam(sentences, { epochs: 4, seed: 3, beamWidth });
  const labeller = trainLabeller(sentences, relations, { epochs: 4, seed: 5 });
  const models = encodeParser(transitions.toModel({ minWeight: 0 }), labeller.toModel({ minWeight: 0 }), relations, { test: true, beamWidth });
  return { ...models, clusters: testClusters };
}

export function parseSentence(parser: DependencyParser, sentence: TreebankSentence): { heads: Int32Array; labels: Uint8Array } {
  const n = sentence.heads.length;
  const heads = new Int32Array(n);
  const labels = new Uint8Array(n);
  parser.parse(sentence.tokens, sentence.lexical, 0, n, sentence.upos, sentence.xpos, heads, labels);
  return { heads, labels };
}

/** Why heads[first, end) is not a single-rooted tree, or null when it is one. */
export function treeProblem(heads: Int32Array, first: number, end: number): string | null {
  const roots = [];
  for (let i = first; i < end; i++) {
    const head = heads[i]!;
    if (head === -1) roots.push(i);
    else if (head < first || head >= end || head === i) return `token ${i} has head ${head}`;
  }
  if (roots.length !== 1) return `${roots.length} roots`;
  for (let i = first; i < end; i++) {
    let current = i;
    for (let steps = 0; current !== -1; steps++) {
      if (steps > end - first) return `token ${i} is on a cycle`;
      current = heads[current]!;
    }
  }
  return null;
}

const WORDS = ['the', 'dog', 'saw', 'a', 'cat', ',', 'and', 'it', 'ran', 'to', 'Paris', '.', '"', 'said', '2024'];
const TAGS: ReadonlyArray<readonly [string, string]> = [
  ['DET', 'DT'], ['NOUN', 'NN'], ['VERB', 'VBD'], ['PUNCT', ','], ['CCONJ', 'CC'], ['PRON', 'PRP'],
  ['ADP', 'IN'], ['PROPN', 'NNP'], ['PUNCT', '.'], ['NUM', 'CD'], ['X', 'GW'],
];

/**
 * Parses random sentences of random words and tags, padded with tokens before and after
 * (indices must be global), and checks each output is a single-rooted tree without
 * cycles, labelled root exactly at its root, with the padding untouched.
 */
export function checkTreesOfRandomSentences(parser: DependencyParser): void {
  const rootId = parser.relations.indexOf('root');
  const word = fc.record({ form: fc.constantFrom(...WORDS), tags: fc.constantFrom(...TAGS) });
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 70 }), fc.nat(5), (words, padding) => {
      const forms = [...Array<string>(padding).fill('x'), ...words.map((w) => w.form), 'y'];
      const tokens = sequenceFromForms(forms);
      const upos = new Uint32Array(forms.length);
      const xpos = new Uint32Array(forms.length);
      words.forEach((w, i) => {
        upos[padding + i] = hashString(w.tags[0]);
        xpos[padding + i] = hashString(w.tags[1]);
      });
      const heads = new Int32Array(forms.length).fill(-7);
      const labels = new Uint8Array(forms.length).fill(255);
      const end = padding + words.length;
      parser.parse(tokens, computeLexicalAttributes(tokens), padding, end, upos, xpos, heads, labels);
      expect(treeProblem(heads, padding, end)).toBeNull();
      for (let i = padding; i < end; i++) expect(labels[i] === rootId).toBe(heads[i] === -1);
      expect(heads[end]).toBe(-7);
      if (padding > 0) expect(heads[padding - 1]).toBe(-7);
    }),
    { numRuns: 300 },
  );
}
