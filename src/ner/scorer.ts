// The recogniser's view of its LinearModel, laid out for speed. A feature's row is
// stored next to its neighbours' in one packed array (a count, then one 32-bit entry
// per class with a weight: class in the high half, 16-bit weight in the low half), so
// scoring a feature touches its slot and one short run of memory, and adds only the
// two or three weights the row has instead of one per class. Further:
//   - a bitmap of the keys' high bits (small enough for the L2 cache) turns away most
//     features the model does not know without touching the table;
//   - lookups run in two passes: the first only reads the slots of all the token's
//     features, so their cache misses overlap instead of waiting for one another.

import type { LinearModel } from '../linear/model.js';

const EMPTY = -1;

export class PackedScorer {
  readonly classes: number;
  /** Pairs (key, offset of the row in `rows`), open addressing. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly rows: Int32Array;
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
    let largest = 0;
    for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
    this.scale = largest > 0 ? largest / 32767 : 1;
    this.rows = new Int32Array(keys.length + weights.length);
    // About 16 bits per key: one in sixteen unknown features gets past the bitmap.
    let bitmapBits = 1 << 10;
    while (bitmapBits < keys.length * 16) bitmapBits *= 2;
    this.bitmapShift = 32 - Math.log2(bitmapBits);
    this.bitmap = new Int32Array(bitmapBits / 32);
    let at = 0;
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row]!;
      let slot = key & this.mask;
      while (this.slots[slot * 2 + 1] !== EMPTY) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key | 0;
      this.slots[slot * 2 + 1] = at;
      this.rows[at++] = offsets[row + 1]! - offsets[row]!;
      for (let k = offsets[row]!; k < offsets[row + 1]!; k++) this.rows[at++] = (classIds[k]! << 16) | (Math.round(weights[k]! / this.scale) & 0xffff);
      const bit = key >>> this.bitmapShift;
      this.bitmap[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /**
   * Adds the weights of `count` (at most 64) features to `scores`, which the caller
   * zeroes or presets. Keys come as int32 (a view of the uint32 keys): values above 2^31
   * would make V8 fall back to doubles.
   */
  addScores(features: Int32Array, count: number, scores: Float32Array): void {
    const { slots, mask, rows, foundKeys, foundRows, bitmap, bitmapShift, scale } = this;
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
      let at = foundKeys[i] === key ? foundRows[i]! : foundRows[i] === EMPTY ? EMPTY : this.probe(key);
      if (at === EMPTY) continue;
      const end = at + 1 + rows[at]!;
      while (++at < end) {
        const entry = rows[at]!;
        scores[entry >>> 16]! += ((entry << 16) >> 16) * scale;
      }
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
