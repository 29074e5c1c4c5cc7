// Greedy left-to-right decoding: each token takes the best class that may follow the
// previous one (BILOU constraints), so the output is always a valid sequence.
// Scoring is the hot path. Most features depend on one word only (the token itself or
// a neighbour: extractRoleFeatures), so their summed weights are cached per word form;
// only the features that join words or read the previous decisions are looked up for
// every token.

import type { LinearModel } from '../linear/model.js';
import { extractPairFeatures, extractRoleFeatures, extractTagFeatures, MAX_NER_FEATURES, Role, ROLE_COUNT, wordCacheKey, type SentenceContext } from './features.js';
import { canEndOn, CLASS_COUNT, isAllowedAfter, OUTSIDE } from './labels.js';

export const START_CLASS = 0xff;

// Bounded, and emptied when full, so memory stays flat over a long stream of news.
const WORD_CACHE_LIMIT = 50_000;
const ROLE_OFFSETS = [0, -1, 1, -2, 2] as const;

interface CachedWord {
  readonly lower: number;
  /** Summed weights of the word's features in each role: ROLE_COUNT × CLASS_COUNT. */
  readonly roleScores: Float32Array;
}

export class GreedyDecoder {
  private readonly features = new Uint32Array(MAX_NER_FEATURES);
  private readonly featureView = new Int32Array(this.features.buffer);
  private readonly scores = new Float32Array(CLASS_COUNT);
  private readonly scorer: LinearModel;
  private readonly wordCache = new Map<number, CachedWord>();
  /** Role scores of the sentence edge, in running text and in headlines. */
  private readonly edgeScores: [Float32Array | null, Float32Array | null] = [null, null];
  private sentenceScores: Float32Array[] = [];
  private readonly outsideForms: ReadonlySet<number>;

  /** `outsideForms`: words that are O when no entity is open (./outside-words.ts), left unscored. */
  constructor(model: LinearModel, outsideForms: Iterable<number> = []) {
    this.scorer = model;
    this.outsideForms = new Set(outsideForms);
  }

  /** Writes the class of each token of the sentence into out[0 .. end - first). */
  decode(ctx: SentenceContext, out: Uint8Array): void {
    const { first, end } = ctx;
    const words = this.sentenceScores;
    for (let k = first; k < end; k++) words[k - first] = this.wordScores(ctx, k);
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
        const source = k >= first && k < end ? words[k - first]! : edge;
        const base = role * CLASS_COUNT;
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

  private wordScores(ctx: SentenceContext, k: number): Float32Array {
    const key = wordCacheKey(ctx, k);
    const cached = this.wordCache.get(key);
    // The lower form guards against two forms sharing a key.
    if (cached && cached.lower === ctx.lex.lower[k]) return cached.roleScores;
    const roleScores = this.roleScores(ctx, k);
    if (this.wordCache.size >= WORD_CACHE_LIMIT) this.wordCache.clear();
    this.wordCache.set(key, { lower: ctx.lex.lower[k]!, roleScores });
    return roleScores;
  }

  private edgeRoleScores(ctx: SentenceContext): Float32Array {
    const caps = ctx.isHeadline ? 1 : 0;
    return (this.edgeScores[caps] ??= this.roleScores(ctx, ctx.first - 3));
  }

  /** Role scores of token k (any k outside the sentence gives the edge's). */
  private roleScores(ctx: SentenceContext, k: number): Float32Array {
    const roleScores = new Float32Array(ROLE_COUNT * CLASS_COUNT);
    for (let role = Role.Previous; role < ROLE_COUNT; role++) {
      const count = extractRoleFeatures(ctx, k, role, this.features, 0);
      this.scorer.addScores(this.featureView, count, roleScores.subarray(role * CLASS_COUNT, (role + 1) * CLASS_COUNT));
    }
    if (k >= ctx.first && k < ctx.end) {
      const count = extractRoleFeatures(ctx, k, Role.Own, this.features, 0);
      this.scorer.addScores(this.featureView, count, roleScores.subarray(0, CLASS_COUNT));
    }
    return roleScores;
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
