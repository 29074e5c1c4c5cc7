// Summed weights of a word's features at one offset, kept per (word, offset). News
// repeats its words, and scoring is bound by memory latency (one cache miss per
// feature looked up), so adding one cached vector instead of looking up each of a
// word's features makes tagging several times faster. When full, the cache starts
// over: simple, and the frequent words come back at once.

import { mixHash } from '../linear/hash.js';
import type { LinearModel } from '../linear/model.js';
import { extractWordFeatures, type TaggerInput } from './features.js';

const BOUNDARY_WORD = 0x6b0d;

export class WordScoreCache {
  private readonly model: LinearModel;
  private readonly classes: number;
  private readonly capacity: number;
  private readonly slotOf = new Map<number, number>();
  private readonly vectors: Float32Array;
  private readonly features = new Uint32Array(32);

  constructor(model: LinearModel, capacity = 65536) {
    this.model = model;
    this.classes = model.classes;
    this.capacity = capacity;
    this.vectors = new Float32Array(capacity * model.classes);
  }

  /** Adds the word features of token j seen from `offset` to `scores`. */
  add(input: TaggerInput, j: number, offset: number, isInside: boolean, scores: Float32Array): void {
    // The normalised cased form determines every word attribute (shape, affixes, clusters).
    const key = mixHash(isInside ? input.lexical.form[j]! : BOUNDARY_WORD, offset + 8);
    let slot = this.slotOf.get(key);
    if (slot === undefined) slot = this.fill(key, input, j, offset, isInside);
    const classes = this.classes;
    const base = slot * classes;
    const vectors = this.vectors;
    for (let cls = 0; cls < classes; cls++) scores[cls]! += vectors[base + cls]!;
  }

  private fill(key: number, input: TaggerInput, j: number, offset: number, isInside: boolean): number {
    if (this.slotOf.size >= this.capacity) this.slotOf.clear();
    const slot = this.slotOf.size;
    this.slotOf.set(key, slot);
    const vector = this.vectors.subarray(slot * this.classes, (slot + 1) * this.classes);
    vector.fill(0);
    const count = extractWordFeatures(input, j, offset, isInside, this.features);
    this.model.addScores(this.features, count, vector);
    return slot;
  }
}
