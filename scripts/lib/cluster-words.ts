// Word clusters from unlabelled text, for the recogniser's cluster features. Each
// frequent word gets a context vector (counts of its left and right neighbours among
// the most frequent words, square-rooted), folded into a few dense dimensions by a
// seeded random projection; spherical k-means then groups the words twice, into fine
// and coarse clusters. Cheap, deterministic, and close enough to Brown clusters for
// the "unseen name that looks like a seen one" evidence the tagger needs.

import { normaliseForm } from '../../src/language/lexical.js';
import { mulberry32 } from '../../src/linear/random.js';

export interface ClusterOptions {
  readonly minCount: number;
  readonly contextWords: number;
  readonly dimensions: number;
  readonly fine: number;
  readonly coarse: number;
  readonly iterations: number;
  readonly seed: number;
}

/** Splits raw text roughly the way CoNLL does: words, numbers, and each punctuation mark. */
export function roughTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** Clusters the words of `sentences` (lists of forms); returns `word\tfine\tcoarse\tcasing` lines. */
export function clusterWords(sentences: Iterable<readonly string[]>, options: ClusterOptions): string[] {
  const { ids, words, counts, eligible, capitalised, corpus } = indexWords(sentences);
  const frequent = words.map((_, id) => id).filter((id) => counts[id]! >= options.minCount);
  const byCount = [...frequent].sort((a, b) => counts[b]! - counts[a]! || (words[a]! < words[b]! ? -1 : 1));
  const contextIndex = new Map(byCount.slice(0, options.contextWords).map((id, k) => [id, k]));
  const vectors = projectContexts(corpus, ids.size, frequent, contextIndex, options);
  const fine = sphericalKMeans(vectors, frequent.length, options.dimensions, options.fine, options.iterations, options.seed);
  const centroids = centroidsOf(vectors, fine, frequent.length, options.dimensions, options.fine);
  const coarseOfFine = sphericalKMeans(centroids, options.fine, options.dimensions, options.coarse, options.iterations, options.seed + 1);
  return frequent.map((id, row) => `${words[id]}\t${fine[row]! + 1}\t${coarseOfFine[fine[row]!]! + 1}\t${casingBucket(capitalised[id]!, eligible[id]!)}`).sort();
}

// How often a word is capitalised where capitals are not forced (away from the sentence
// start, in a sentence with lower-case words), in five buckets: `the` never, `bank`
// sometimes, `Japan` always. Buckets from 1; 0 means unknown (seen so fewer than twice).
function casingBucket(capitalised: number, eligible: number): number {
  if (eligible < 2) return 0;
  const ratio = capitalised / eligible;
  return ratio < 0.05 ? 1 : ratio < 0.3 ? 2 : ratio < 0.7 ? 3 : ratio < 0.95 ? 4 : 5;
}

function indexWords(sentences: Iterable<readonly string[]>): { ids: Map<string, number>; words: string[]; counts: number[]; eligible: number[]; capitalised: number[]; corpus: Int32Array[] } {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  // Counted only on sentences in mixed case and not at their start: `eligible` the
  // occurrences there, `capitalised` those with a capital.
  const eligible: number[] = [];
  const capitalised: number[] = [];
  const corpus: Int32Array[] = [];
  for (const sentence of sentences) {
    const encoded = new Int32Array(sentence.length);
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
      encoded[k] = id;
    });
    corpus.push(encoded);
  }
  return { ids, words, counts, eligible, capitalised, corpus };
}

function projectContexts(corpus: readonly Int32Array[], vocabulary: number, frequent: readonly number[], contextIndex: Map<number, number>, options: ClusterOptions): Float32Array {
  const rowOf = new Int32Array(vocabulary).fill(-1);
  frequent.forEach((id, row) => (rowOf[id] = row));
  const contexts = contextIndex.size;
  // Sparse counts per (row, side * contexts + context), then sqrt and projection.
  const pairCounts = new Map<number, number>();
  const slots = 2 * contexts + 2;
  for (const sentence of corpus) {
    for (let k = 0; k < sentence.length; k++) {
      const row = rowOf[sentence[k]!]!;
      if (row < 0) continue;
      const left = k > 0 ? contextIndex.get(sentence[k - 1]!) ?? contexts : contexts;
      const right = k + 1 < sentence.length ? contextIndex.get(sentence[k + 1]!) ?? contexts : contexts;
      for (const slot of [left, contexts + 1 + right]) {
        const key = row * slots + slot;
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
      }
    }
  }
  const random = mulberry32(options.seed);
  const projection = new Float32Array(slots * options.dimensions).map(() => random() * 2 - 1);
  const vectors = new Float32Array(frequent.length * options.dimensions);
  for (const [key, count] of pairCounts) {
    const row = Math.floor(key / slots);
    const slot = key % slots;
    const weight = Math.sqrt(count);
    for (let d = 0; d < options.dimensions; d++) vectors[row * options.dimensions + d]! += weight * projection[slot * options.dimensions + d]!;
  }
  normaliseRows(vectors, frequent.length, options.dimensions);
  return vectors;
}

function normaliseRows(vectors: Float32Array, rows: number, dimensions: number): void {
  for (let row = 0; row < rows; row++) {
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += vectors[row * dimensions + d]! ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dimensions; d++) vectors[row * dimensions + d]! *= scale;
  }
}

function sphericalKMeans(vectors: Float32Array, rows: number, dimensions: number, k: number, iterations: number, seed: number): Int32Array {
  const random = mulberry32(seed);
  const centroids = new Float32Array(k * dimensions);
  for (let c = 0; c < k; c++) {
    const row = Math.floor(random() * rows);
    centroids.set(vectors.subarray(row * dimensions, (row + 1) * dimensions), c * dimensions);
  }
  const assignment = new Int32Array(rows);
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let row = 0; row < rows; row++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < dimensions; d++) dot += vectors[row * dimensions + d]! * centroids[c * dimensions + d]!;
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      assignment[row] = best;
    }
    centroids.set(centroidsOf(vectors, assignment, rows, dimensions, k));
  }
  return assignment;
}

function centroidsOf(vectors: Float32Array, assignment: Int32Array, rows: number, dimensions: number, k: number): Float32Array {
  const centroids = new Float32Array(k * dimensions);
  for (let row = 0; row < rows; row++) {
    const c = assignment[row]!;
    for (let d = 0; d < dimensions; d++) centroids[c * dimensions + d]! += vectors[row * dimensions + d]!;
  }
  normaliseRows(centroids, k, dimensions);
  return centroids;
}
