// Greedy decoding in one reading direction: each token's tag is the best under the
// model given the tags already chosen before it. The backward model reads a reversed
// sentence (./reverse.ts), so "before" means the words that follow.

import type { LinearModel } from '../linear/model.js';
import { extractContextFeatures, MAX_TAGGER_FEATURES, START_TAG, WORD_OFFSETS, type TaggerInput } from './features.js';
import { WordScoreCache } from './word-score-cache.js';

export class GreedyTagger {
  readonly model: LinearModel;
  private readonly dictionary: ReadonlyMap<number, number>;
  private readonly features = new Uint32Array(MAX_TAGGER_FEATURES);
  private readonly scratch: Float32Array;
  private readonly wordScores: WordScoreCache;

  constructor(model: LinearModel, dictionary: ReadonlyMap<number, number>) {
    this.model = model;
    this.dictionary = dictionary;
    this.scratch = new Float32Array(model.classes);
    this.wordScores = new WordScoreCache(model);
  }

  /**
   * Tags positions [first, end) of `input`, writing tags at the same indices. With
   * `scores`, also writes each model-tagged position's class scores at row (i - first)
   * (for comparing models); rows of dictionary words are left as they were.
   */
  decode(input: TaggerInput, first: number, end: number, tags: Uint8Array, scores: Float32Array | null): void {
    const classes = this.model.classes;
    let prev = START_TAG;
    let prev2 = START_TAG;
    for (let i = first; i < end; i++) {
      let tag = this.dictionary.get(input.lexical.form[i]!);
      if (tag === undefined) {
        const row = scores ? scores.subarray((i - first) * classes, (i - first + 1) * classes) : this.scratch;
        row.fill(0);
        for (const offset of WORD_OFFSETS) {
          const j = i + offset;
          this.wordScores.add(input, j, offset, j >= first && j < end, row);
        }
        const count = extractContextFeatures(input, i, first, end, prev, prev2, this.features);
        this.model.addScores(this.features, count, row);
        tag = 0;
        for (let cls = 1; cls < classes; cls++) if (row[cls]! > row[tag]!) tag = cls;
      }
      tags[i] = tag;
      prev2 = prev;
      prev = tag;
    }
  }
}
