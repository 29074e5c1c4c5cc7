// What the neural tagger reads of each token besides its GloVe vector: sparse features
// of the word itself (forms, shape, affixes, clusters, flags), each an embedding row
// that the input sums. Keys are hashes of the token's lexical attributes, so training
// and tagging compute them the same way and allocate nothing.

import { allocateClusterArrays, type ClusterArrays, type WordClusters } from '../language/clusters.js';
import type { LexicalAttributes } from '../language/lexical.js';
import { featureKey } from '../linear/hash.js';
import type { Int8Rows } from '../neural/tensor-file.js';

export const FEATURES_PER_TOKEN = 16;

const LOWER = 1;
const FORM = 2;
const SHAPE = 3;
const SUFFIX = 4; // 4-7
const PREFIX = 8; // 8-10
const CLUSTER = 11; // 11-14
const FLAGS = 15;
const BIAS = 16;

/** Rows that stand for a lower form or a cased form seen too rarely in training to have its own. */
export const UNKNOWN_LOWER = featureKey(LOWER, 0);
export const UNKNOWN_FORM = featureKey(FORM, 0);

/**
 * Writes token `index`'s FEATURES_PER_TOKEN keys into `out` from `at`: the lower and
 * cased forms first (slots 0 and 1, which fall back to the unknown rows).
 */
export function fillFeatureKeys(
  lexical: LexicalAttributes, clusters: ClusterArrays, index: number, sentenceStart: boolean, hasGlove: boolean,
  out: Uint32Array, at: number,
): void {
  out[at] = featureKey(LOWER, lexical.lower[index]!);
  out[at + 1] = featureKey(FORM, lexical.form[index]!);
  out[at + 2] = featureKey(SHAPE, lexical.shape[index]!);
  for (let k = 0; k < 4; k++) out[at + 3 + k] = featureKey(SUFFIX + k, lexical.suffix[k]![index]!);
  for (let k = 0; k < 3; k++) out[at + 7 + k] = featureKey(PREFIX + k, lexical.prefix[k]![index]!);
  for (let k = 0; k < 4; k++) out[at + 10 + k] = featureKey(CLUSTER + k, clusters[k]![index]!);
  out[at + 14] = featureKey(FLAGS, lexical.flags[index]! | (sentenceStart ? 64 : 0) | (hasGlove ? 128 : 0));
  out[at + 15] = featureKey(BIAS, 1);
}

/** Embedding rows of feature keys; a key without one is skipped (-1), except the two forms. */
export class FeatureRows {
  private readonly rows = new Map<number, number>();
  private readonly unknownLower: number;
  private readonly unknownForm: number;

  constructor(readonly keys: readonly number[]) {
    keys.forEach((key, row) => this.rows.set(key, row));
    const lower = this.rows.get(UNKNOWN_LOWER);
    const form = this.rows.get(UNKNOWN_FORM);
    if (lower === undefined || form === undefined) throw new Error('neural tagger: the feature list lacks the unknown-form rows');
    this.unknownLower = lower;
    this.unknownForm = form;
  }

  get size(): number {
    return this.keys.length;
  }

  /** Rows of FEATURES_PER_TOKEN keys at `keys[at..]`, into `out[at..]`. */
  lookup(keys: Uint32Array, at: number, out: Int32Array): void {
    for (let slot = 0; slot < FEATURES_PER_TOKEN; slot++) {
      const row = this.rows.get(keys[at + slot]!);
      out[at + slot] = row ?? (slot === 0 ? this.unknownLower : slot === 1 ? this.unknownForm : -1);
    }
  }
}

/**
 * Feature keys seen at least `minCount` times over the sentences' tokens, sorted, plus
 * the two unknown-form rows: the rows of a network's feature table.
 */
export function featureVocabulary(
  sentences: Iterable<{ readonly lexical: LexicalAttributes; readonly count: number }>, clusters: WordClusters,
  gloveKeys: ReadonlySet<number>, minCount: number, maxLength: number,
): number[] {
  const counts = new Map<number, number>();
  const keys = new Uint32Array(FEATURES_PER_TOKEN);
  const clusterArrays = allocateClusterArrays(maxLength);
  for (const sentence of sentences) {
    clusters.fill(sentence.lexical, 0, sentence.count, clusterArrays);
    for (let t = 0; t < sentence.count; t++) {
      fillFeatureKeys(sentence.lexical, clusterArrays, t, t === 0, gloveKeys.has(sentence.lexical.lower[t]!), keys, 0);
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const featureKeys = [...counts].filter(([, count]) => count >= minCount).map(([key]) => key).sort((a, b) => a - b);
  for (const unknown of [UNKNOWN_LOWER, UNKNOWN_FORM]) if (!featureKeys.includes(unknown)) featureKeys.push(unknown);
  return featureKeys;
}

/**
 * Writes a word's input at heap[row...]: its GloVe vector (`gloveDimensions` floats;
 * zeros for gloveRow -1), then the sum of its feature embeddings (`embedding` floats;
 * FEATURES_PER_TOKEN rows at featureRows[at...], -1 skipped). The tagger's and the
 * parser's networks read words this way.
 */
export function fillWordInput(
  heap: Float32Array, row: number, glove: Int8Rows, gloveRow: number, gloveDimensions: number,
  features: Float32Array, embedding: number, featureRows: Int32Array, at: number,
): void {
  if (gloveRow >= 0) {
    const { codes, scales } = glove;
    const scale = scales[gloveRow]!;
    for (let d = 0, from = gloveRow * gloveDimensions; d < gloveDimensions; d++) heap[row + d] = codes[from + d]! * scale;
  } else {
    heap.fill(0, row, row + gloveDimensions);
  }
  const sum = row + gloveDimensions;
  heap.fill(0, sum, sum + embedding);
  for (let slot = 0; slot < FEATURES_PER_TOKEN; slot++) {
    const feature = featureRows[at + slot]!;
    if (feature < 0) continue;
    const from = feature * embedding;
    for (let d = 0; d < embedding; d++) heap[sum + d]! += features[from + d]!;
  }
}
