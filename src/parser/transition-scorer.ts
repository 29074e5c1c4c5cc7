// Scores the four transitions of a configuration at parse time. The templates that
// read a single word (s0's form, n1's tag, s0's head's form...) give the same sum
// whenever the same word is in that position, and a word stays in a position for
// several moves, so these sums are cached per sentence by (position, word): about
// two fifths of the table lookups are saved. The result equals the uncached sum. Beam
// items of one sentence share the cache, and so does beam training, whose weights only
// change between sentences.

import type { ArcEagerState } from './arc-eager.js';
import type { SentenceView } from './sentence-view.js';
import { MAX_GROUP_KEYS, POSITION_COUNT, type TransitionFeatures } from './transition-features.js';

/** Summed weights of the four transitions: the shipped WeightTable, or a trainer's current weights during beam training. */
export interface TransitionWeights {
  addScores(features: Uint32Array, count: number, scores: Int32Array, at: number): void;
}

export class TransitionScorer {
  private readonly keys = new Uint32Array(MAX_GROUP_KEYS);
  /** Four sums per (position, word); valid when its stamp is the sentence's. */
  private sums = new Int32Array(0);
  private stamps = new Int32Array(0);
  private stamp = 0;
  /** Words per position in the cache: the sentence's words, the root and "none". */
  private stride = 0;

  constructor(
    private readonly table: TransitionWeights,
    private readonly features: TransitionFeatures,
  ) {}

  beginSentence(n: number): void {
    this.stride = n + 2;
    if (this.stamps.length < POSITION_COUNT * this.stride) {
      const size = POSITION_COUNT * Math.max(this.stride, 64) * 2;
      this.stamps = new Int32Array(size);
      this.sums = new Int32Array(size * 4);
      this.stamp = 0;
    }
    this.stamp++;
  }

  /** Sets scores[0..3] for the configuration. */
  score(state: ArcEagerState, view: SentenceView, scores: Int32Array): void {
    const { features, table, keys, sums, stamps, stamp, stride } = this;
    scores.fill(0);
    features.gather(state, view);
    table.addScores(keys, features.otherKeys(keys), scores, 0);
    const positions = features.positions;
    for (let p = 0; p < POSITION_COUNT; p++) {
      const slot = p * stride + positions[p]!;
      const at = slot * 4;
      if (stamps[slot] !== stamp) {
        sums.fill(0, at, at + 4);
        table.addScores(keys, features.unigramKeys(p, keys), sums, at);
        stamps[slot] = stamp;
      }
      scores[0]! += sums[at]!;
      scores[1]! += sums[at + 1]!;
      scores[2]! += sums[at + 2]!;
      scores[3]! += sums[at + 3]!;
    }
  }
}
