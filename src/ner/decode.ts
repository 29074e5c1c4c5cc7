// Greedy left-to-right decoding: each token takes the best class that may follow the
// previous one (BILOU constraints), so the output is always a valid sequence.
// Scoring is the hot path. Most features depend on one word only (the token itself or
// a neighbour: extractRoleFeatures), so their summed weights are cached per word form;
// only the features that join words or read the previous decisions are looked up for
// every token.

import type { LinearModel } from '../linear/model.js';
import { VectorCache } from '../linear/vector-cache.js';
import { extractPairFeatures, extractRoleFeatures, extractTagFeatures, MAX_NER_FEATURES, Role, ROLE_COUNT, wordCacheKey, type SentenceContext } from './features.js';
import { canEndOn, CLASS_COUNT, isAllowedAfter, OUTSIDE } from './labels.js';

export const START_CLASS = 0xff;

// Words whose role scores are kept: bounded, and emptied when full, so memory stays
// flat over a long stream of news.
const WORD_CACHE_SIZE = 16384;
const ROLE_OFFSETS = [0, -1, 1, -2, 2] as const;
/** A word's role scores: the summed weights of its features in each role, ROLE_COUNT × CLASS_COUNT. */
const ROLE_SCORES_WIDTH = ROLE_COUNT * CLASS_COUNT;

export class GreedyDecoder {
  private readonly features = new Uint32Array(MAX_NER_FEATURES);
  private readonly featureView = new Int32Array(this.features.buffer);
  private readonly scores = new Float32Array(CLASS_COUNT);
  private readonly scorer: LinearModel;
  private readonly wordCache = new VectorCache(ROLE_SCORES_WIDTH, WORD_CACHE_SIZE);
  /** Role scores of the sentence edge, in running text and in headlines. */
  private readonly edgeScores: [Float32Array | null, Float32Array | null] = [null, null];
  /** Where each word of the sentence has its role scores: an offset into `wordCache.vectors` or, for a sentence longer than the cache holds, into `longSentence`. */
  private wordOffsets = new Int32Array(256);
  private longSentence = new Float32Array(0);
  private readonly outsideForms: ReadonlySet<number>;

  /** `outsideForms`: words that are O when no entity is open (./outside-words.ts), left unscored. */
  constructor(model: LinearModel, outsideForms: Iterable<number> = []) {
    this.scorer = model;
    this.outsideForms = new Set(outsideForms);
  }

  /** Writes the class of each token of the sentence into out[0 .. end - first). */
  decode(ctx: SentenceContext, out: Uint8Array): void {
    const { first, end } = ctx;
    const words = this.sentenceWordScores(ctx);
    const offsets = this.wordOffsets;
    const edge = this.edgeRoleScores(ctx);
    const scores = this.scores;
    let prev = START_CLASS;
    let prev2 = START_CLASS;
    const forms = ctx.lex.form;
    for (let i = first; i < end; i++) {
      if ((prev === START_CLASS || canEndOn(prev)) && this.outsideForms.has(forms[i]!)) {
        out[i - first] = OUTSIDE;
        prev2 = prev;
        prev = OUTSIDE;
        continue;
      }
      scores.fill(0);
      for (let role = 0; role < ROLE_COUNT; role++) {
        const k = i + ROLE_OFFSETS[role]!;
        const isInside = k >= first && k < end;
        const source = isInside ? words : edge;
        const base = (isInside ? offsets[k - first]! : 0) + role * CLASS_COUNT;
        for (let cls = 0; cls < CLASS_COUNT; cls++) scores[cls]! += source[base + cls]!;
      }
      let count = extractPairFeatures(ctx, i, this.features, 0);
      count = extractTagFeatures(ctx, i, prev, prev2, this.features, count);
      this.scorer.addScores(this.featureView, count, scores);
      const cls = bestAllowed(scores, prev === START_CLASS ? OUTSIDE : prev, i === end - 1);
      out[i - first] = cls;
      prev2 = prev;
      prev = cls;
    }
  }

  /** Finds or computes the role scores of every word of the sentence; returns the array that wordOffsets index. */
  private sentenceWordScores(ctx: SentenceContext): Float32Array {
    const { first, end } = ctx;
    const n = end - first;
    if (this.wordOffsets.length < n) this.wordOffsets = new Int32Array(n * 2);
    const offsets = this.wordOffsets;
    const cache = this.wordCache;
    if (n > cache.capacity) {
      if (this.longSentence.length < n * ROLE_SCORES_WIDTH) this.longSentence = new Float32Array(n * ROLE_SCORES_WIDTH);
      this.longSentence.fill(0, 0, n * ROLE_SCORES_WIDTH);
      for (let k = first; k < end; k++) this.addRoleScores(ctx, k, this.longSentence, (offsets[k - first] = (k - first) * ROLE_SCORES_WIDTH));
      return this.longSentence;
    }
    // No claim below may start the cache over and reuse a vector of this sentence.
    cache.makeRoom(n);
    const lower = ctx.lex.lower;
    for (let k = first; k < end; k++) {
      const key = wordCacheKey(ctx, k);
      // The lower form guards against two forms sharing a key.
      let at = cache.find(key, lower[k]!);
      if (at < 0) {
        at = cache.claim(key, lower[k]!);
        this.addRoleScores(ctx, k, cache.vectors, at);
      }
      offsets[k - first] = at;
    }
    return cache.vectors;
  }

  private edgeRoleScores(ctx: SentenceContext): Float32Array {
    const caps = ctx.isHeadline ? 1 : 0;
    let edge = this.edgeScores[caps];
    if (!edge) {
      edge = new Float32Array(ROLE_SCORES_WIDTH);
      this.addRoleScores(ctx, ctx.first - 3, edge, 0);
      this.edgeScores[caps] = edge;
    }
    return edge;
  }

  /** Adds the role scores of token k (any k outside the sentence gives the edge's) to vectors[at .. at + ROLE_SCORES_WIDTH). */
  private addRoleScores(ctx: SentenceContext, k: number, vectors: Float32Array, at: number): void {
    for (let role = Role.Previous; role < ROLE_COUNT; role++) {
      const count = extractRoleFeatures(ctx, k, role, this.features, 0);
      this.scorer.addScores(this.featureView, count, vectors, at + role * CLASS_COUNT);
    }
    if (k >= ctx.first && k < ctx.end) {
      const count = extractRoleFeatures(ctx, k, Role.Own, this.features, 0);
      this.scorer.addScores(this.featureView, count, vectors, at);
    }
  }
}

// ALLOWED[previous * CLASS_COUNT + cls]: 1 may follow, 3 may also end the sentence.
const ALLOWED = Uint8Array.from({ length: CLASS_COUNT * CLASS_COUNT }, (_, k) => {
  const previous = Math.floor(k / CLASS_COUNT);
  const cls = k % CLASS_COUNT;
  return isAllowedAfter(previous, cls) ? (canEndOn(cls) ? 3 : 1) : 0;
});

/** The best class allowed after `previous`; at the last token, also one that closes every entity. */
export function bestAllowed(scores: Float32Array, previous: number, isLast: boolean): number {
  let best = OUTSIDE;
  let bestScore = -Infinity;
  const need = isLast ? 3 : 1;
  const row = previous * CLASS_COUNT;
  for (let cls = 0; cls < CLASS_COUNT; cls++) {
    if ((ALLOWED[row + cls]! & need) !== need) continue;
    if (scores[cls]! > bestScore) {
      bestScore = scores[cls]!;
      best = cls;
    }
  }
  return best;
}
