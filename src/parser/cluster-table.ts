// The parser's copy of the word clusters (data/clusters, first three granularities),
// shipped in data/parser/clusters.bin so that rebuilding data/clusters cannot change
// the features a trained model reads. Format: "NGPC", version, word count, the words'
// normalised lower-form hashes (u32), then three u16 cluster ids per word.

import { hashString, mixHash } from '../linear/hash.js';
import type { LexicalAttributes } from '../language/lexical.js';

const MAGIC = 0x4350474e; // "NGPC"
const VERSION = 1;
const LEVELS = 3;

/** Cluster feature values of tokens, one array per level (coarse to fine), indexed like the tokens. */
export type ClusterValues = readonly [Uint32Array, Uint32Array, Uint32Array];

export function allocateClusterValues(count: number): ClusterValues {
  return [new Uint32Array(count), new Uint32Array(count), new Uint32Array(count)];
}

/** Encodes words (normalised lower forms) with their three cluster ids. */
export function encodeClusterTable(words: readonly string[], ids: readonly (readonly number[])[]): Uint8Array {
  const bytes = new Uint8Array(12 + words.length * 4 + ((words.length * LEVELS * 2 + 3) & ~3));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, words.length, true);
  words.forEach((word, index) => view.setUint32(12 + index * 4, hashString(word), true));
  const base = 12 + words.length * 4;
  ids.forEach((levels, index) => {
    for (let level = 0; level < LEVELS; level++) view.setUint16(base + (index * LEVELS + level) * 2, levels[level]!, true);
  });
  return bytes;
}

export class ClusterTable {
  readonly size: number;
  private readonly slotKeys: Uint32Array;
  /** Per slot, the three feature values. */
  private readonly slotValues: Uint32Array;
  private readonly mask: number;

  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 12 || view.getUint32(0, true) !== MAGIC) throw new Error('parser clusters: not a cluster table (bad magic number)');
    if (view.getUint32(4, true) !== VERSION) throw new Error(`parser clusters: format ${view.getUint32(4, true)}, expected ${VERSION}`);
    const count = view.getUint32(8, true);
    const base = 12 + count * 4;
    if (bytes.length !== base + ((count * LEVELS * 2 + 3) & ~3)) throw new Error('parser clusters: file size does not match its word count');
    this.size = count;
    let size = 16;
    while (size < count * 2) size *= 2;
    this.mask = size - 1;
    this.slotKeys = new Uint32Array(size);
    this.slotValues = new Uint32Array(size * LEVELS);
    for (let index = 0; index < count; index++) {
      const key = view.getUint32(12 + index * 4, true);
      let slot = key & this.mask;
      while (this.slotKeys[slot] !== 0 && this.slotKeys[slot] !== key) slot = (slot + 1) & this.mask;
      this.slotKeys[slot] = key;
      for (let level = 0; level < LEVELS; level++) {
        this.slotValues[slot * LEVELS + level] = mixHash(level + 1, view.getUint16(base + (index * LEVELS + level) * 2, true) + 1);
      }
    }
  }

  /** Writes the cluster values of tokens [first, end) into `out` at the same indices (0: unknown word). */
  fill(lexical: LexicalAttributes, first: number, end: number, out: ClusterValues): void {
    const { slotKeys, slotValues, mask } = this;
    for (let i = first; i < end; i++) {
      const key = lexical.lower[i]!;
      let slot = key & mask;
      while (slotKeys[slot] !== key && slotKeys[slot] !== 0) slot = (slot + 1) & mask;
      const isKnown = slotKeys[slot] === key && key !== 0;
      for (let level = 0; level < LEVELS; level++) out[level]![i] = isKnown ? slotValues[slot * LEVELS + level]! : 0;
    }
  }
}
