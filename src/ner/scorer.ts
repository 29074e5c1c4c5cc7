// The recogniser's view of its LinearModel, laid out for speed. Scoring is bound by
// memory latency (a lookup per feature in a table of megabytes), so:
//   - each slot holds a feature's key and its row together (one cache line, not two);
//   - each row holds a 16-bit weight for every class, contiguous (one line per row);
//   - a bitmap of the keys' high bits (small enough for the L2 cache) turns away most
//     features the model does not know without touching the table;
//   - lookups run in two passes: the first only reads the slots of all the token's
//     features, so their cache misses overlap instead of waiting for one another.

import type { LinearModel } from '../linear/model.js';

const EMPTY = -1;

export class DenseScorer {
  readonly classes: number;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly weights: Int16Array;
  private readonly scale: number;
  private readonly bitmap: Int32Array;
  private readonly bitmapShift: number;
  private readonly foundKeys = new Int32Array(64);
  private readonly foundRows = new Int32Array(64);

  constructor(model: LinearModel) {
    const { keys, offsets, classIds, weights } = model.parts;
    this.classes = model.classes;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2).fill(EMPTY);
    // About 16 bits per key: one in sixteen unknown features gets past the bitmap.
    let bitmapBits = 1 << 10;
    while (bitmapBits < keys.length * 16) bitmapBits *= 2;
    this.bitmapShift = 32 - Math.log2(bitmapBits);
    this.bitmap = new Int32Array(bitmapBits / 32);
    for (const key of keys) {
      const bit = key >>> this.bitmapShift;
      this.bitmap[bit >>> 5]! |= 1 << (bit & 31);
    }
    let largest = 0;
    for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
    this.scale = largest > 0 ? largest / 32767 : 1;
    this.weights = new Int16Array(keys.length * this.classes);
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row]!;
      let slot = key & this.mask;
      while (this.slots[slot * 2 + 1] !== EMPTY) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key | 0;
      this.slots[slot * 2 + 1] = row * this.classes;
      for (let k = offsets[row]!; k < offsets[row + 1]!; k++) this.weights[row * this.classes + classIds[k]!] = Math.round(weights[k]! / this.scale);
    }
  }

  /**
   * Adds the weights of `count` (at most 64) features to `scores`, which the caller
   * zeroes or presets. Keys come as int32 (a view of the uint32 keys): values above 2^31
   * would make V8 fall back to doubles.
   */
  addScores(features: Int32Array, count: number, scores: Float32Array): void {
    const { slots, mask, weights, classes, foundKeys, foundRows, bitmap, bitmapShift } = this;
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      const bit = key >>> bitmapShift;
      if ((bitmap[bit >>> 5]! & (1 << (bit & 31))) === 0) {
        foundKeys[i] = ~key;
        foundRows[i] = EMPTY;
        continue;
      }
      const slot = (key & mask) * 2;
      foundKeys[i] = slots[slot]!;
      foundRows[i] = slots[slot + 1]!;
    }
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      let base = foundKeys[i] === key ? foundRows[i]! : foundRows[i] === EMPTY ? EMPTY : this.probe(key);
      if (base === EMPTY) continue;
      for (let cls = 0; cls < classes; cls++) scores[cls]! += weights[base++]! * this.scale;
    }
  }

  /** The row of a key whose home slot holds another key, or EMPTY. */
  private probe(key: number): number {
    const { slots, mask } = this;
    let slot = ((key & mask) + 1) & mask;
    for (;;) {
      const row = slots[slot * 2 + 1]!;
      if (row === EMPTY || slots[slot * 2] === key) return row;
      slot = (slot + 1) & mask;
    }
  }
}
