// The labeller model laid out for fast lookup: an open-addressing table whose slot
// holds the key and the bounds of its row, and rows packed one int32 per entry
// (class in the high half, the codec's int16 weight in the low half). Two memory
// reads per feature instead of LinearModel's five arrays.

import { quantiseWeights } from '../linear/codec.js';
import type { LinearModel } from '../linear/model.js';

const STRIDE = 3;

export class SparseTable {
  readonly classes: number;
  private readonly slots: Int32Array;
  private readonly entries: Int32Array;
  private readonly mask: number;
  /** Scratch: the key in each feature's home slot, and the [start, end) of each row found. */
  private homes = new Int32Array(128);
  private rows = new Int32Array(256);
  /** Keeps the warming loads from being optimised away. */
  private touched = 0;

  constructor(model: LinearModel) {
    const { keys, offsets, classIds, weights } = model.parts;
    this.classes = model.classes;
    const { values } = quantiseWeights(weights);
    this.entries = new Int32Array(weights.length);
    for (let e = 0; e < weights.length; e++) this.entries[e] = (classIds[e]! << 16) | (values[e]! & 0xffff);
    let size = 16;
    while (size * 0.6 < keys.length) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * STRIDE);
    for (let r = 0; r < keys.length; r++) {
      let slot = keys[r]! & this.mask;
      while (this.slots[slot * STRIDE] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * STRIDE] = keys[r]! | 0;
      this.slots[slot * STRIDE + 1] = offsets[r]!;
      this.slots[slot * STRIDE + 2] = offsets[r + 1]!;
    }
  }

  /**
   * Adds the weights of the features to scores (which the caller zeroes). As in
   * WeightTable, independent loads come first (home slots, then each row's first
   * entry) so that their cache misses overlap.
   */
  addScores(features: Uint32Array, count: number, scores: Int32Array): void {
    const { slots, mask, entries } = this;
    if (this.homes.length < count) {
      this.homes = new Int32Array(count * 2);
      this.rows = new Int32Array(count * 4);
    }
    const { homes, rows } = this;
    for (let i = 0; i < count; i++) homes[i] = slots[(features[i]! & mask) * STRIDE]!;
    let found = 0;
    for (let i = 0; i < count; i++) {
      const key = features[i]! | 0;
      let slot = key & mask;
      let home = homes[i]!;
      while (home !== key && home !== 0) {
        slot = (slot + 1) & mask;
        home = slots[slot * STRIDE]!;
      }
      if (home === 0) continue;
      rows[found * 2] = slots[slot * STRIDE + 1]!;
      rows[found * 2 + 1] = slots[slot * STRIDE + 2]!;
      found++;
    }
    let touched = 0;
    for (let r = 0; r < found; r++) touched |= entries[rows[r * 2]!]!;
    this.touched = touched;
    for (let r = 0; r < found; r++) {
      const end = rows[r * 2 + 1]!;
      for (let e = rows[r * 2]!; e < end; e++) {
        const entry = entries[e]!;
        scores[entry >>> 16]! += (entry << 16) >> 16;
      }
    }
  }
}
