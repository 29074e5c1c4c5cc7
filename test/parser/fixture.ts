// Shared by the parser tests: the EWT sample, and checks that heads form a
// single-rooted tree.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { parseConllu } from '../../src/corpus/conllu.js';
import type { Parser } from '../../src/parser/parser.js';
import { treebankSentence, type TreebankSentence } from '../../src/parser/treebank.js';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import { hashString } from '../../src/linear/hash.js';

export function readSample(): TreebankSentence[] {
  const text = readFileSync(new URL('../fixtures/parser/ewt-train-sample.conllu', import.meta.url), 'utf8');
  return parseConllu(text, 'ewt-train-sample.conllu').map((sentence) => treebankSentence(sentence));
}

export function relationsOf(sentences: readonly TreebankSentence[]): string[] {
  return [...new Set(sentences.flatMap((sentence) => sentence.relations))].sort();
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
export function checkTreesOfRandomSentences(parser: Parser): void {
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
