// A trained linear classifier in its compact, read-only form: for each feature key, a
// sparse row of (class, weight). Scoring adds the rows of the features that fire.
// Lookup is an open-addressing table over the keys, built once, on first use.

export interface LinearModelParts {
  readonly classes: number;
  /** Feature keys, one per row (never 0). */
  readonly keys: Uint32Array;
  /** Row r's entries are [offsets[r], offsets[r + 1]). */
  readonly offsets: Uint32Array;
  readonly classIds: Uint8Array;
  readonly weights: Float32Array;
}

/**
 * Open-addressing table of [key, (entryStart << 8) | (entryCount - 1)] pairs, and the
 * entries as interleaved [class, weight] pairs. Scoring is bound by memory latency, so a
 * feature costs two cache misses: its slot, then its entries, which sit together.
 */
interface LookupTable {
  readonly slots: Uint32Array;
  readonly entryClasses: Int32Array;
  readonly entryWeights: Float32Array;
  readonly mask: number;
}

export class LinearModel {
  readonly classes: number;
  readonly parts: LinearModelParts;
  /** Built on the first score: models that lay out their own tables (src/parser) read only `parts`. */
  private table: LookupTable | null = null;

  constructor(parts: LinearModelParts) {
    if (parts.classes > 256) throw new Error(`linear model: ${parts.classes} classes, at most 256 are supported`);
    if (parts.classIds.length >= 1 << 24) throw new Error(`linear model: ${parts.classIds.length} weights, at most 2^24 are supported`);
    this.classes = parts.classes;
    this.parts = parts;
  }

  /** Adds the weights of `count` features to `scores` (length >= classes), which the caller zeroes. */
  addScores(features: Uint32Array, count: number, scores: Float32Array): void {
    const { slots, entryClasses, entryWeights, mask } = this.table ?? this.buildTable();
    for (let i = 0; i < count; i++) {
      const key = features[i]!;
      let slot = key & mask;
      for (;;) {
        const found = slots[slot * 2]!;
        if (found === key) {
          const packed = slots[slot * 2 + 1]!;
          const start = (packed >>> 8) * 2;
          const end = start + ((packed & 255) + 1) * 2;
          for (let e = start; e < end; e += 2) scores[entryClasses[e]!]! += entryWeights[e + 1]!;
          break;
        }
        if (found === 0) break;
        slot = (slot + 1) & mask;
      }
    }
  }

  /** The best class among those `isAllowed` accepts (all when omitted), or -1 when none is. */
  predict(features: Uint32Array, count: number, scores: Float32Array, isAllowed?: (cls: number) => boolean): number {
    scores.fill(0, 0, this.classes);
    this.addScores(features, count, scores);
    return argmax(scores, this.classes, isAllowed);
  }

  private buildTable(): LookupTable {
    const { keys, offsets, classIds, weights } = this.parts;
    // A load factor under one half keeps probe sequences short.
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    const mask = size - 1;
    const slots = new Uint32Array(size * 2);
    const buffer = new ArrayBuffer(classIds.length * 8);
    const entryClasses = new Int32Array(buffer);
    const entryWeights = new Float32Array(buffer);
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row]!;
      const start = offsets[row]!;
      const count = offsets[row + 1]! - start;
      for (let k = start; k < start + count; k++) {
        entryClasses[k * 2] = classIds[k]!;
        entryWeights[k * 2 + 1] = weights[k]!;
      }
      // A row without weights changes no score: leave it out.
      if (count === 0) continue;
      let slot = key & mask;
      while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = key;
      slots[slot * 2 + 1] = (start << 8) | (count - 1);
    }
    this.table = { slots, entryClasses, entryWeights, mask };
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

