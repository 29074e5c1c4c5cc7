// Word clusters for the recogniser's cluster features. The clusters come from GloVe
// vectors (./glove.ts), learnt from 6 billion words of Wikipedia and newswire: nested
// spherical k-means groups words used alike (`Tokyo`, `Osaka`; `Biden`, `Obama`) into
// coarse clusters and their fine parts, so a name never seen in the labelled data
// borrows evidence from seen ones. On CoNLL-2003 dev they gained 0.8 F1 over clusters
// learnt from the 2.4M words of ../shared/data. How often each word is capitalised
// comes from that unlabelled text, which is cased (GloVe is not).

import { normaliseForm } from '../../src/language/lexical.js';
import { mulberry32 } from '../../src/linear/random.js';
import type { GloveVectors } from './glove.js';
import { nestedSphericalKmeans } from './spherical-kmeans.js';

export interface ClusterOptions {
  /** Words of the unlabelled text kept, with no GloVe cluster, when seen this often. */
  readonly minCount: number;
  /** Coarse clusters, and how many fine clusters each splits into. */
  readonly coarse: number;
  readonly finePerCoarse: number;
  /** Centroids are fitted on this many of the most frequent GloVe words. */
  readonly fitWords: number;
  readonly iterations: number;
  readonly seed: number;
}

/** Splits raw text roughly the way CoNLL does: words, numbers, and each punctuation mark. */
export function roughTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu) ?? [];
}

/**
 * `word\tfine\tcoarse\tcasing` lines for the GloVe words and the words of `sentences`
 * seen minCount times; ids from 1, and a word without a vector gets the ids one past
 * the last cluster (its casing is still worth having).
 */
export function clusterWords(sentences: Iterable<readonly string[]>, glove: GloveVectors, options: ClusterOptions): string[] {
  const { ids, words, counts, eligible, capitalised } = indexWords(sentences);
  const [coarse, fine] = nestedSphericalKmeans(glove.vectors, glove.dimensions, [options.coarse, options.finePerCoarse], options.iterations, options.fitWords, mulberry32(options.seed));
  const clusterOf = new Map<string, readonly [number, number]>();
  glove.words.forEach((word, row) => {
    const normal = normaliseForm(word);
    // Digits all read as 0: the most frequent word of a normal form speaks for it.
    if (!clusterOf.has(normal)) clusterOf.set(normal, [fine![row]! + 1, coarse![row]! + 1]);
  });
  const noVector = [options.coarse * options.finePerCoarse + 1, options.coarse + 1] as const;
  const vocabulary = new Set([...clusterOf.keys(), ...words.filter((_, id) => counts[id]! >= options.minCount)]);
  return [...vocabulary].map((word) => {
    const id = ids.get(word);
    const [fineId, coarseId] = clusterOf.get(word) ?? noVector;
    return `${word}\t${fineId}\t${coarseId}\t${id === undefined ? 0 : casingBucket(capitalised[id]!, eligible[id]!)}`;
  }).sort();
}

// How often a word is capitalised where capitals are not forced (away from the sentence
// start, in a sentence with lower-case words), in five buckets: `the` never, `bank`
// sometimes, `Japan` always. Buckets from 1; 0 means unknown (seen so fewer than twice).
function casingBucket(capitalised: number, eligible: number): number {
  if (eligible < 2) return 0;
  const ratio = capitalised / eligible;
  return ratio < 0.05 ? 1 : ratio < 0.3 ? 2 : ratio < 0.7 ? 3 : ratio < 0.95 ? 4 : 5;
}

function indexWords(sentences: Iterable<readonly string[]>): { ids: Map<string, number>; words: string[]; counts: number[]; eligible: number[]; capitalised: number[] } {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  // Counted only on sentences in mixed case and not at their start: `eligible` the
  // occurrences there, `capitalised` those with a capital.
  const eligible: number[] = [];
  const capitalised: number[] = [];
  for (const sentence of sentences) {
    const isMixedCase = sentence.some((form) => /^\p{Ll}/u.test(form));
    sentence.forEach((form, k) => {
      const word = normaliseForm(form);
      let id = ids.get(word);
      if (id === undefined) {
        id = words.length;
        ids.set(word, id);
        words.push(word);
        counts.push(0);
        eligible.push(0);
        capitalised.push(0);
      }
      counts[id]!++;
      if (k > 0 && isMixedCase) {
        eligible[id]!++;
        if (/^\p{Lu}/u.test(form)) capitalised[id]!++;
      }
    });
  }
  return { ids, words, counts, eligible, capitalised };
}
