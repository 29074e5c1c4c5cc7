// Greedy decoding in one reading direction: each token's tag is the best under the
// model given the tags already chosen before it. The backward model reads a reversed
// sentence (./reverse.ts), so "before" means the words that follow.

import { mixHash } from '../linear/hash.js';
import type { LinearModel } from '../linear/model.js';
import {
  CACHED_CONTEXT_GROUPS, ContextGroup, contextGroupKey, extractContextGroup, extractWordFeatures,
  MAX_TAGGER_FEATURES, START_TAG, WORD_OFFSETS, type TaggerInput,
} from './features.js';
import { ScoreCache } from './score-cache.js';

const BOUNDARY_WORD = 0x6b0d;
/** Vectors kept per cache: words at an offset, and the pairs of each context group. */
const WORD_CACHE_SIZE = 32768;
const CONTEXT_CACHE_SIZE = 16384;

export class GreedyTagger {
  readonly model: LinearModel;
  private readonly dictionary: ReadonlyMap<number, number>;
  private readonly features = new Uint32Array(MAX_TAGGER_FEATURES);
  /** The keys as int32, which the model reads. */
  private readonly featureView = new Int32Array(this.features.buffer);
  private readonly scratch: Float32Array;
  private readonly wordScores: ScoreCache;
  private readonly contextScores: ScoreCache[];

  constructor(model: LinearModel, dictionary: ReadonlyMap<number, number>) {
    this.model = model;
    this.dictionary = dictionary;
    this.scratch = new Float32Array(model.classes);
    this.wordScores = new ScoreCache(model, WORD_CACHE_SIZE);
    this.contextScores = CACHED_CONTEXT_GROUPS.map(() => new ScoreCache(model, CONTEXT_CACHE_SIZE));
  }

  /** Tags positions [first, end) of `input`, writing tags at the same indices. */
  decode(input: TaggerInput, first: number, end: number, tags: Uint8Array): void {
    const classes = this.model.classes;
    let prev = START_TAG;
    let prev2 = START_TAG;
    for (let i = first; i < end; i++) {
      let tag = this.dictionary.get(input.lexical.form[i]!);
      if (tag === undefined) {
        const row = this.scratch;
        row.fill(0);
        this.scoreToken(input, i, first, end, prev, prev2, row);
        tag = 0;
        for (let cls = 1; cls < classes; cls++) if (row[cls]! > row[tag]!) tag = cls;
      }
      tags[i] = tag;
      prev2 = prev;
      prev = tag;
    }
  }

  private scoreToken(input: TaggerInput, i: number, first: number, end: number, prev: number, prev2: number, row: Float32Array): void {
    for (const offset of WORD_OFFSETS) {
      const j = i + offset;
      const isInside = j >= first && j < end;
      const key = mixHash(isInside ? input.lexical.form[j]! : BOUNDARY_WORD, offset + 8);
      let slot = this.wordScores.find(key);
      if (slot < 0) slot = this.wordScores.store(key, this.featureView, extractWordFeatures(input, j, offset, isInside, this.features));
      this.wordScores.addTo(slot, row);
    }
    for (let g = 0; g < CACHED_CONTEXT_GROUPS.length; g++) {
      const group = CACHED_CONTEXT_GROUPS[g]!;
      const cache = this.contextScores[g]!;
      const key = contextGroupKey(group, input, i, first, end, prev, prev2);
      let slot = cache.find(key);
      if (slot < 0) slot = cache.store(key, this.featureView, extractContextGroup(group, input, i, first, end, prev, prev2, this.features));
      cache.addTo(slot, row);
    }
    const count = extractContextGroup(ContextGroup.Uncached, input, i, first, end, prev, prev2, this.features);
    this.model.addScores(this.featureView, count, row);
  }
}
