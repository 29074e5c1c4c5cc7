// A trained linear classifier in its compact, read-only form: for each feature key, a
// sparse row of (class, weight). Scoring adds the rows of the features that fire.
// Lookup is an open-addressing table over the keys, built once when the model loads.

export interface LinearModelParts {
  readonly classes: number;
  /** Feature keys, one per row (never 0). */
  readonly keys: Uint32Array;
  /** Row r's entries are [offsets[r], offsets[r + 1]). */
  readonly offsets: Uint32Array;
  readonly classIds: Uint8Array;
  readonly weights: Float32Array;
}

export class LinearModel {
  readonly classes: number;
  readonly parts: LinearModelParts;
  private readonly slotKeys: Uint32Array;
  private readonly slotRows: Int32Array;
  private readonly mask: number;

  constructor(parts: LinearModelParts) {
    if (parts.classes > 256) throw new Error(`linear model: ${parts.classes} classes, at most 256 are supported`);
    this.classes = parts.classes;
    this.parts = parts;
    // A load factor under one half keeps probe sequences short.
    let size = 16;
    while (size < parts.keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slotKeys = new Uint32Array(size);
    this.slotRows = new Int32Array(size);
    for (let row = 0; row < parts.keys.length; row++) {
      const key = parts.keys[row]!;
      let slot = key & this.mask;
      while (this.slotKeys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotKeys[slot] = key;
      this.slotRows[slot] = row;
    }
  }

  /** The row of a feature key, or -1 when the model has no weights for it. */
  rowOf(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const found = this.slotKeys[slot]!;
      if (found === key) return this.slotRows[slot]!;
      if (found === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds the weights of `count` features to `scores` (length >= classes), which the caller zeroes. */
  addScores(features: Uint32Array, count: number, scores: Float32Array): void {
    const { offsets, classIds, weights } = this.parts;
    for (let i = 0; i < count; i++) {
      const row = this.rowOf(features[i]!);
      if (row < 0) continue;
      const end = offsets[row + 1]!;
      for (let k = offsets[row]!; k < end; k++) scores[classIds[k]!]! += weights[k]!;
    }
  }

  /** The best class among those `isAllowed` accepts (all when omitted), or -1 when none is. */
  predict(features: Uint32Array, count: number, scores: Float32Array, isAllowed?: (cls: number) => boolean): number {
    scores.fill(0, 0, this.classes);
    this.addScores(features, count, scores);
    return argmax(scores, this.classes, isAllowed);
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
