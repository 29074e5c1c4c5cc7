// The transition model laid out for fast lookup: an open-addressing table whose slot
// holds the key and the four int16 weights together (12 bytes), so one feature costs
// one cache miss instead of the three of LinearModel's separate arrays. The weights
// are the codec's int16 values, recovered exactly, and summed as integers.

import { quantiseWeights } from '../linear/quantise.js';
import type { LinearModel } from '../linear/model.js';

const STRIDE = 3;

export class WeightTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Scratch: the key found in each feature's home slot. */
  private homes = new Int32Array(128);

  constructor(model: LinearModel) {
    if (model.classes !== 4) throw new Error(`parser: the transition model has ${model.classes} classes, expected 4`);
    const { keys, offsets, classIds, weights } = model.parts;
    const { values } = quantiseWeights(weights);
    // Linear probing stays short below a load of about 0.6.
    let size = 16;
    while (size * 0.6 < keys.length) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * STRIDE);
    const row = new Int32Array(4);
    for (let r = 0; r < keys.length; r++) {
      row.fill(0);
      for (let e = offsets[r]!; e < offsets[r + 1]!; e++) row[classIds[e]!] = values[e]!;
      this.insert(keys[r]!, row);
    }
  }

  private insert(key: number, row: Int32Array): void {
    let slot = key & this.mask;
    while (this.slots[slot * STRIDE] !== 0) slot = (slot + 1) & this.mask;
    const at = slot * STRIDE;
    this.slots[at] = key | 0;
    this.slots[at + 1] = (row[0]! & 0xffff) | (row[1]! << 16);
    this.slots[at + 2] = (row[2]! & 0xffff) | (row[3]! << 16);
  }

  /**
   * Adds the summed weights of the features to scores[at..at + 3]. The first pass only
   * loads each feature's home slot: the loads are independent, so the processor keeps
   * many cache misses in flight at once; the second pass finds them in cache.
   */
  addScores(features: Uint32Array, count: number, scores: Int32Array, at: number): void {
    const { slots, mask } = this;
    if (this.homes.length < count) this.homes = new Int32Array(count * 2);
    const homes = this.homes;
    for (let i = 0; i < count; i++) homes[i] = slots[(features[i]! & mask) * STRIDE]!;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < count; i++) {
      const key = features[i]! | 0;
      let slot = key & mask;
      let found = homes[i]!;
      while (found !== key && found !== 0) {
        slot = (slot + 1) & mask;
        found = slots[slot * STRIDE]!;
      }
      if (found === 0) continue;
      const a = slots[slot * STRIDE + 1]!;
      const b = slots[slot * STRIDE + 2]!;
      s0 += (a << 16) >> 16;
      s1 += a >> 16;
      s2 += (b << 16) >> 16;
      s3 += b >> 16;
    }
    scores[at]! += s0;
    scores[at + 1]! += s1;
    scores[at + 2]! += s2;
    scores[at + 3]! += s3;
  }
}
