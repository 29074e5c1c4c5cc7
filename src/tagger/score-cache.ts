// Summed weights of a group of features, kept under a key of what the group depends
// on (a word at an offset, the previous tag and the word, ...). Adding one cached
// vector replaces looking up each feature of the group, each a likely cache miss.
// When full, a cache starts over: simple, and the frequent keys come back at once.
// Keys are found through an open-addressing table of typed arrays rather than a Map,
// whose lookups cost as much as a feature's; a generation number empties it at once.

import type { LinearModel } from '../linear/model.js';

export class ScoreCache {
  private readonly model: LinearModel;
  private readonly classes: number;
  private readonly capacity: number;
  private readonly vectors: Float32Array;
  /** The table: key, vector slot and generation of each entry; an entry of an older generation is free. */
  private readonly keys: Int32Array;
  private readonly slots: Int32Array;
  private readonly generations: Uint32Array;
  private readonly mask: number;
  private generation = 1;
  private size = 0;

  constructor(model: LinearModel, capacity: number) {
    this.model = model;
    this.classes = model.classes;
    this.capacity = capacity;
    this.vectors = new Float32Array(capacity * model.classes);
    // At most half full, so probe runs stay short.
    let tableSize = 16;
    while (tableSize < capacity * 2) tableSize *= 2;
    this.mask = tableSize - 1;
    this.keys = new Int32Array(tableSize);
    this.slots = new Int32Array(tableSize);
    this.generations = new Uint32Array(tableSize);
  }

  /** The slot holding `key`'s vector, or -1. Keys are hashes already: their low bits index the table. */
  find(key: number): number {
    const { keys, generations, generation, mask } = this;
    const wanted = key | 0;
    for (let at = wanted & mask; generations[at] === generation; at = (at + 1) & mask) {
      if (keys[at] === wanted) return this.slots[at]!;
    }
    return -1;
  }

  /** Scores `features` into a new slot for `key` (not in the cache) and returns the slot. */
  store(key: number, features: Int32Array, count: number): number {
    if (this.size >= this.capacity) {
      this.generation++;
      this.size = 0;
    }
    const { keys, generations, generation, mask } = this;
    const wanted = key | 0;
    let at = wanted & mask;
    while (generations[at] === generation) at = (at + 1) & mask;
    const slot = this.size++;
    keys[at] = wanted;
    this.slots[at] = slot;
    generations[at] = generation;
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
