// Word clusters learnt from unlabelled news (scripts/train-ner.ts): words that occur
// in the same contexts share a cluster, so a name never seen in the labelled data
// (`Munyambabazi`) can still borrow evidence from its neighbours in the cluster.
// File format: `word<TAB>fine<TAB>coarse<TAB>casing` per line, ids from 1; casing is
// how often the word is capitalised mid-sentence, in five buckets (1 never … 5 always).

import { hashString } from '../linear/hash.js';
import { normaliseForm } from '../language/lexical.js';

export class WordClusters {
  private readonly byLower: Map<number, number>;

  private constructor(byLower: Map<number, number>) {
    this.byLower = byLower;
  }

  static empty(): WordClusters {
    return new WordClusters(new Map());
  }

  static fromTsv(text: string): WordClusters {
    const byLower = new Map<number, number>();
    for (const line of text.split('\n')) {
      const [word, fine, coarse, casing] = line.split('\t');
      if (!word || !fine || !coarse || !casing) continue;
      byLower.set(hashString(normaliseForm(word)), ((Number(casing) << 28) | (Number(coarse) << 16) | Number(fine)) >>> 0);
    }
    return new WordClusters(byLower);
  }

  get size(): number {
    return this.byLower.size;
  }

  /** The packed cluster of a token's lower hash (fine | coarse << 16 | casing << 28), 0 when unknown; casingBucket() reads the casing. */
  clusterOf(lower: number): number {
    return this.byLower.get(lower) ?? 0;
  }
}

/** The casing bucket (1 never capitalised mid-sentence ... 5 always, 0 unknown) of a packed cluster. */
export function casingBucket(packed: number): number {
  return packed >>> 28;
}
