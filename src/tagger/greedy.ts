// Greedy decoding in one reading direction: each token's tag is the best under the
// model given the tags already chosen before it. The backward model reads a reversed
// sentence (./reverse.ts), so "before" means the words that follow.

import { mixHash } from '../linear/hash.js';
import type { LinearModel } from '../linear/model.js';
import { VectorCache } from '../linear/vector-cache.js';
import {
  CACHED_CONTEXT_GROUPS, ContextGroup, contextGroupKey, extractContextGroup, extractWordFeatures,
  MAX_TAGGER_FEATURES, START_TAG, WORD_OFFSETS, type TaggerInput,
} from './features.js';

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
  private readonly wordScores: VectorCache;
  private readonly contextScores: VectorCache[];

  constructor(model: LinearModel, dictionary: ReadonlyMap<number, number>) {
    this.model = model;
    this.dictionary = dictionary;
    this.scratch = new Float32Array(model.classes);
    this.wordScores = new VectorCache(model.classes, WORD_CACHE_SIZE);
    this.contextScores = CACHED_CONTEXT_GROUPS.map(() => new VectorCache(model.classes, CONTEXT_CACHE_SIZE));
  }

  /**
   * Tags positions [first, end) of `input`, writing tags at the same indices. A prior
   * (another model's scores, one row of `classes` per position from `first`) is added
   * to the model's scores of each position the tag dictionary does not settle.
   */
  decode(input: TaggerInput, first: number, end: number, tags: Uint8Array, prior: Float32Array | null = null): void {
    const classes = this.model.classes;
    let prev = START_TAG;
    let prev2 = START_TAG;
    for (let i = first; i < end; i++) {
      let tag = this.dictionary.get(input.lexical.form[i]!);
      if (tag === undefined) {
        const row = this.scratch;
        row.fill(0);
        this.scoreToken(input, i, first, end, prev, prev2, row);
        if (prior !== null) for (let cls = 0, at = (i - first) * classes; cls < classes; cls++) row[cls]! += prior[at + cls]!;
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
      let at = this.wordScores.find(key);
      if (at < 0) at = this.store(this.wordScores, key, extractWordFeatures(input, j, offset, isInside, this.features));
      this.wordScores.addTo(at, row);
    }
    for (let g = 0; g < CACHED_CONTEXT_GROUPS.length; g++) {
      const group = CACHED_CONTEXT_GROUPS[g]!;
      const cache = this.contextScores[g]!;
      const key = contextGroupKey(group, input, i, first, end, prev, prev2);
      let at = cache.find(key);
      if (at < 0) at = this.store(cache, key, extractContextGroup(group, input, i, first, end, prev, prev2, this.features));
      cache.addTo(at, row);
    }
    const count = extractContextGroup(ContextGroup.Uncached, input, i, first, end, prev, prev2, this.features);
    this.model.addScores(this.featureView, count, row);
  }

  /** Caches the summed weights of the first `count` features under `key`; returns their offset. */
  private store(cache: VectorCache, key: number, count: number): number {
    const at = cache.claim(key);
    this.model.addScores(this.featureView, count, cache.vectors, at);
    return at;
  }
}
