// Summed weights of a group of features, kept under a key of what the group depends
// on (a word at an offset, the previous tag and the word, ...). Adding one cached
// vector replaces looking up each feature of the group, each a likely cache miss.
// When full, a cache starts over: simple, and the frequent keys come back at once.

import type { LinearModel } from '../linear/model.js';

export class ScoreCache {
  private readonly model: LinearModel;
  private readonly classes: number;
  private readonly capacity: number;
  private readonly slotOf = new Map<number, number>();
  private readonly vectors: Float32Array;

  constructor(model: LinearModel, capacity: number) {
    this.model = model;
    this.classes = model.classes;
    this.capacity = capacity;
    this.vectors = new Float32Array(capacity * model.classes);
  }

  /** The slot holding `key`'s vector, or -1. */
  find(key: number): number {
    return this.slotOf.get(key) ?? -1;
  }

  /** Scores `features` into a new slot for `key` and returns the slot. */
  store(key: number, features: Int32Array, count: number): number {
    if (this.slotOf.size >= this.capacity) this.slotOf.clear();
    const slot = this.slotOf.size;
    this.slotOf.set(key, slot);
    const vector = this.vectors.subarray(slot * this.classes, (slot + 1) * this.classes);
    vector.fill(0);
    this.model.addScores(features, count, vector);
    return slot;
  }

  /** Adds the vector in `slot` to `scores`. */
  addTo(slot: number, scores: Float32Array): void {
    const classes = this.classes;
    const base = slot * classes;
    const vectors = this.vectors;
    for (let cls = 0; cls < classes; cls++) scores[cls]! += vectors[base + cls]!;
  }
}
