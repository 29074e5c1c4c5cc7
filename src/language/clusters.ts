// Word clusters of data/clusters (built by scripts/build-clusters.ts): for each known
// word, its cluster at three granularities and how often it is capitalised
// mid-sentence. Models read them as features; an unknown word gets 0 everywhere.

import { hashString, mixHash } from '../linear/hash.js';
import type { LexicalAttributes } from './lexical.js';

const COLUMNS = 4;

/** Coarse, middle and fine cluster, then the casing bucket; indexed like the tokens. */
export type ClusterArrays = readonly [Uint32Array, Uint32Array, Uint32Array, Uint32Array];

export class WordClusters {
  /** Normalised lower form hash → its feature values, one per column. */
  private readonly byWord = new Map<number, readonly number[]>();

  constructor(tsv: string) {
    for (const line of tsv.split('\n')) {
      if (line === '') continue;
      const [word, ...levels] = line.split('\t');
      if (word === undefined || levels.length !== COLUMNS) throw new Error(`data/clusters/clusters.tsv: malformed line "${line}"`);
      this.byWord.set(hashString(word), levels.map((level, column) => mixHash(column + 1, Number(level) + 1)));
    }
  }

  static fromBytes(bytes: Uint8Array): WordClusters {
    return new WordClusters(new TextDecoder().decode(bytes));
  }

  get size(): number {
    return this.byWord.size;
  }

  /** Writes the clusters of tokens [first, end) into `out` at the same indices. */
  fill(lexical: LexicalAttributes, first: number, end: number, out: ClusterArrays): void {
    for (let i = first; i < end; i++) {
      const ids = this.byWord.get(lexical.lower[i]!);
      for (let column = 0; column < COLUMNS; column++) out[column]![i] = ids ? ids[column]! : 0;
    }
  }
}

/** Cluster arrays for `count` tokens. */
export function allocateClusterArrays(count: number): ClusterArrays {
  return [new Uint32Array(count), new Uint32Array(count), new Uint32Array(count), new Uint32Array(count)];
}
