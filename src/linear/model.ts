// A trained linear classifier in its compact, read-only form: for each feature key, a
// sparse row of (class, weight). Scoring adds the rows of the features that fire.
//
// Scoring is bound by memory latency, so the lookup table, built on first use, is laid
// out for it:
//   - a feature's row sits in one packed array next to its neighbours' (a count, then
//     one 32-bit entry per class with a weight: class in the high half, the 16-bit
//     quantised weight of the codec in the low half), so a feature costs its slot and
//     one short run of memory;
//   - a bitmap of the keys' high bits (small enough for the L2 cache) turns away most
//     features the model does not know without touching the table;
//   - lookups run in two passes: the first only reads the home slots of all the
//     features, so that their cache misses overlap instead of waiting for one another.

import { quantiseWeights } from './quantise.js';

export interface LinearModelParts {
  readonly classes: number;
  /** Feature keys, one per row (never 0). */
  readonly keys: Uint32Array;
  /** Row r's entries are [offsets[r], offsets[r + 1]). */
  readonly offsets: Uint32Array;
  readonly classIds: Uint8Array;
  readonly weights: Float32Array;
}

const EMPTY = -1;

interface LookupTable {
  /** Pairs (key, offset of its row in `rows`), open addressing. */
  readonly slots: Int32Array;
  readonly mask: number;
  readonly rows: Int32Array;
  /** What one unit of a quantised weight is worth. */
  readonly scale: number;
  readonly bitmap: Int32Array;
  readonly bitmapShift: number;
}

export class LinearModel {
  readonly classes: number;
  /** The weights as trained (or decoded): what the codec writes and trainers read. */
  readonly parts: LinearModelParts;
  private table: LookupTable | null = null;
  /** Scratch of the lookup: each feature's row offset (or EMPTY), and the key in its home slot. */
  private found = new Int32Array(64);
  private homeKeys = new Int32Array(64);
  /** Keeps the loads that warm the rows from being optimised away. */
  private touched = 0;

  constructor(parts: LinearModelParts) {
    if (parts.classes > 256) throw new Error(`linear model: ${parts.classes} classes, at most 256 are supported`);
    this.classes = parts.classes;
    this.parts = parts;
  }

  /**
   * Adds the weights of `count` features to scores[at .. at + classes), which the
   * caller zeroes or presets. Keys come as int32 (a view of the uint32 keys): values
   * above 2^31 would make V8 fall back to doubles.
   */
  addScores(features: Int32Array, count: number, scores: Float32Array, at = 0): void {
    const { rows, scale } = this.table ?? this.buildTable();
    const found = this.findRows(features, count);
    for (let i = 0; i < count; i++) {
      let row = found[i]!;
      if (row === EMPTY) continue;
      const end = row + 1 + rows[row]!;
      while (++row < end) {
        const entry = rows[row]!;
        scores[at + (entry >>> 16)]! += ((entry << 16) >> 16) * scale;
      }
    }
  }

  /** The best class among those `isAllowed` accepts (all when omitted), or -1 when none is. */
  predict(features: Int32Array, count: number, scores: Float32Array, isAllowed?: (cls: number) => boolean): number {
    scores.fill(0, 0, this.classes);
    this.addScores(features, count, scores);
    return argmax(scores, this.classes, isAllowed);
  }

  /** The row offset of each feature, or EMPTY: home slots first, then the probes of the few that need them. */
  private findRows(features: Int32Array, count: number): Int32Array {
    const { slots, mask, bitmap, bitmapShift, rows } = this.table!;
    if (this.found.length < count) {
      this.found = new Int32Array(count * 2);
      this.homeKeys = new Int32Array(count * 2);
    }
    const { found, homeKeys } = this;
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      const bit = key >>> bitmapShift;
      if ((bitmap[bit >>> 5]! & (1 << (bit & 31))) === 0) {
        found[i] = EMPTY;
        homeKeys[i] = ~key;
        continue;
      }
      const slot = (key & mask) * 2;
      homeKeys[i] = slots[slot]!;
      found[i] = slots[slot + 1]!;
    }
    // Then the rows themselves, all at once, before anything waits on them.
    let touched = 0;
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      if (homeKeys[i] !== key && found[i] !== EMPTY) found[i] = this.probe(key);
      if (found[i] !== EMPTY) touched |= rows[found[i]!]!;
    }
    this.touched = touched;
    return found;
  }

  /** The row of a key whose home slot holds another key, or EMPTY. */
  private probe(key: number): number {
    const { slots, mask } = this.table!;
    let slot = ((key & mask) + 1) & mask;
    for (;;) {
      const row = slots[slot * 2 + 1]!;
      if (row === EMPTY || slots[slot * 2] === key) return row;
      slot = (slot + 1) & mask;
    }
  }

  private buildTable(): LookupTable {
    const { keys, offsets, classIds, weights } = this.parts;
    const { values, scale } = quantiseWeights(weights);
    // A load factor under one half keeps probe sequences short.
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    const mask = size - 1;
    const slots = new Int32Array(size * 2).fill(EMPTY);
    const rows = new Int32Array(keys.length + weights.length);
    // About 16 bits per key: one in sixteen unknown features gets past the bitmap.
    let bitmapBits = 1 << 10;
    while (bitmapBits < keys.length * 16) bitmapBits *= 2;
    const bitmapShift = 32 - Math.log2(bitmapBits);
    const bitmap = new Int32Array(bitmapBits / 32);
    let at = 0;
    for (let row = 0; row < keys.length; row++) {
      const start = offsets[row]!;
      const end = offsets[row + 1]!;
      // A row without weights changes no score: leave it out.
      if (end === start) continue;
      const key = keys[row]!;
      let slot = key & mask;
      while (slots[slot * 2 + 1] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot * 2] = key | 0;
      slots[slot * 2 + 1] = at;
      rows[at++] = end - start;
      for (let k = start; k < end; k++) rows[at++] = (classIds[k]! << 16) | (values[k]! & 0xffff);
      const bit = key >>> bitmapShift;
      bitmap[bit >>> 5]! |= 1 << (bit & 31);
    }
    this.table = { slots, mask, rows, scale, bitmap, bitmapShift };
    return this.table;
  }
}

export function argmax(scores: Float32Array, classes: number, isAllowed?: (cls: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let cls = 0; cls < classes; cls++) {
    if (isAllowed && !isAllowed(cls)) continue;
    const score = scores[cls]!;
    if (score > bestScore) {
      bestScore = score;
      best = cls;
    }
  }
  return best;
}
