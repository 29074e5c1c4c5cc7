// Features of a parser configuration, after Zhang & Nivre (2011) without the label
// templates (transitions are unlabelled; arcs are labelled once the tree is built).
// s0 is the stack top, s1 below it, n0..n2 the buffer front; h, h2 are s0's head and
// grandhead; l/l2 and r/r2 the outermost children on each side. Each template is a
// list of operands: a word (w), XPOS (p), UPOS (u), word+XPOS (wp) or word cluster
// (c0 coarse to c2 fine) of a position, or a small number (distance, valency). The
// values of a configuration are gathered once into one array, then every key is a
// mix of up to three of them. Word clusters gained 0.3 UAS with predicted tags.

import type { ArcEagerState } from './arc-eager.js';
import { mixKey, templateSeed } from './feature-hash.js';
import type { SentenceView } from './sentence-view.js';

const Pos = { S0: 0, S1: 1, N0: 2, N1: 3, N2: 4, S0H: 5, S0H2: 6, S0L: 7, S0L2: 8, S0R: 9, S0R2: 10, N0L: 11, N0L2: 12, Count: 13 } as const;
const W = 0;
const P = Pos.Count;
const U = 2 * Pos.Count;
const WP = 3 * Pos.Count;
const C0 = 4 * Pos.Count;
const C1 = 5 * Pos.Count;
const C2 = 6 * Pos.Count;
const ZERO = 7 * Pos.Count;
const DIST = ZERO + 1;
const S0VL = ZERO + 2;
const S0VR = ZERO + 3;
const N0VL = ZERO + 4;
const HEADLESS = ZERO + 5;
const S0_HAS_HEAD = ZERO + 6;
const VALUE_COUNT = ZERO + 7;

const TEMPLATES: ReadonlyArray<readonly number[]> = [
  [],
  // single words
  [WP + Pos.S0], [W + Pos.S0], [P + Pos.S0], [WP + Pos.N0], [W + Pos.N0], [P + Pos.N0],
  [WP + Pos.N1], [W + Pos.N1], [P + Pos.N1], [WP + Pos.N2], [W + Pos.N2], [P + Pos.N2],
  // word pairs
  [WP + Pos.S0, WP + Pos.N0], [WP + Pos.S0, W + Pos.N0], [W + Pos.S0, WP + Pos.N0], [WP + Pos.S0, P + Pos.N0],
  [P + Pos.S0, WP + Pos.N0], [W + Pos.S0, W + Pos.N0], [P + Pos.S0, P + Pos.N0], [P + Pos.N0, P + Pos.N1],
  // three words
  [P + Pos.N0, P + Pos.N1, P + Pos.N2], [P + Pos.S0, P + Pos.N0, P + Pos.N1], [P + Pos.S0H, P + Pos.S0, P + Pos.N0],
  [P + Pos.S0, P + Pos.S0L, P + Pos.N0], [P + Pos.S0, P + Pos.S0R, P + Pos.N0], [P + Pos.S0, P + Pos.N0, P + Pos.N0L],
  [P + Pos.S1, P + Pos.S0, P + Pos.N0], [U + Pos.S1, U + Pos.S0, U + Pos.N0],
  // distance
  [W + Pos.S0, DIST], [P + Pos.S0, DIST], [W + Pos.N0, DIST], [P + Pos.N0, DIST],
  [W + Pos.S0, W + Pos.N0, DIST], [P + Pos.S0, P + Pos.N0, DIST],
  // valency
  [W + Pos.S0, S0VR], [P + Pos.S0, S0VR], [W + Pos.S0, S0VL], [P + Pos.S0, S0VL], [W + Pos.N0, N0VL], [P + Pos.N0, N0VL],
  // second order
  [W + Pos.S0H], [P + Pos.S0H], [W + Pos.S0L], [P + Pos.S0L], [W + Pos.S0R], [P + Pos.S0R], [W + Pos.N0L], [P + Pos.N0L],
  // third order
  [W + Pos.S0H2], [P + Pos.S0H2], [W + Pos.S0L2], [P + Pos.S0L2], [W + Pos.S0R2], [P + Pos.S0R2], [W + Pos.N0L2], [P + Pos.N0L2],
  [P + Pos.S0, P + Pos.S0L, P + Pos.S0L2], [P + Pos.S0, P + Pos.S0R, P + Pos.S0R2],
  [P + Pos.S0, P + Pos.S0H, P + Pos.S0H2], [P + Pos.N0, P + Pos.N0L, P + Pos.N0L2],
  // s1, and whether s0 still needs a head
  [WP + Pos.S1, P + Pos.S0], [P + Pos.S1, P + Pos.N0, S0_HAS_HEAD], [WP + Pos.S0, HEADLESS],
  // word clusters (Koo et al. 2008): a fallback when a word is rare or its tag is wrong
  [C1 + Pos.S0], [C1 + Pos.N0], [C2 + Pos.S0], [C2 + Pos.N0], [C1 + Pos.N1, P + Pos.N0],
  [C1 + Pos.S0, C1 + Pos.N0], [C2 + Pos.S0, P + Pos.N0], [P + Pos.S0, C2 + Pos.N0],
  [C0 + Pos.S0, C0 + Pos.N0, DIST], [C1 + Pos.S0H, P + Pos.S0, P + Pos.N0], [P + Pos.S0, C1 + Pos.S0R, P + Pos.N0],
];

export const TRANSITION_FEATURE_COUNT = TEMPLATES.length;

/** Position of a template's operands when they all read one word (a unigram), else -1. */
function unigramPosition(operands: readonly number[]): number {
  const positions = new Set(operands.map((operand) => (operand < ZERO ? operand % Pos.Count : -1)));
  const [position] = [...positions];
  return positions.size === 1 && position !== undefined ? position : -1;
}

/** Templates grouped by the one word they read (unigrams, cached per word at parse time), then the rest. */
const UNIGRAMS = Array.from({ length: Pos.Count }, (_, position) =>
  TEMPLATES.map((_, template) => template).filter((template) => unigramPosition(TEMPLATES[template]!) === position));
const OTHERS = TEMPLATES.map((_, template) => template).filter((template) => unigramPosition(TEMPLATES[template]!) < 0);
export const POSITION_COUNT = Pos.Count;
/** The most keys one group gives. */
export const MAX_GROUP_KEYS = Math.max(OTHERS.length, ...UNIGRAMS.map((group) => group.length));

/** Operands as a flat array, three per template (ZERO for unused ones). */
const OPERANDS = Int32Array.from(TEMPLATES.flatMap((operands) => [0, 1, 2].map((i) => operands[i] ?? ZERO)));
const SEEDS = Uint32Array.from(TEMPLATES, (_, template) => templateSeed(template));
const UNIGRAM_TEMPLATES = UNIGRAMS.map((group) => Int32Array.from(group));
const OTHER_TEMPLATES = Int32Array.from(OTHERS);

/** Distance between s0 and n0, bucketed: 1-4 exact, then 5-6, 7-9, 10+. */
function distanceBucket(distance: number): number {
  if (distance <= 4) return distance;
  if (distance <= 6) return 5;
  return distance <= 9 ? 6 : 7;
}

export class TransitionFeatures {
  private readonly values = new Uint32Array(VALUE_COUNT);
  /** Sentence-local word at each position of the last configuration gathered. */
  readonly positions = new Int32Array(Pos.Count);

  /** Writes the keys of all templates into out (length >= TRANSITION_FEATURE_COUNT). */
  extract(state: ArcEagerState, view: SentenceView, out: Uint32Array): number {
    this.gather(state, view);
    let count = 0;
    for (let p = 0; p < Pos.Count; p++) count += this.keysOf(UNIGRAM_TEMPLATES[p]!, out, count);
    return count + this.keysOf(OTHER_TEMPLATES, out, count);
  }

  /** Reads the configuration; then unigramKeys and otherKeys give its keys. */
  gather(state: ArcEagerState, view: SentenceView): void {
    this.gatherValues(state, view);
  }

  /** Keys of the templates that read only the word at `position`. */
  unigramKeys(position: number, out: Uint32Array): number {
    return this.keysOf(UNIGRAM_TEMPLATES[position]!, out, 0);
  }

  otherKeys(out: Uint32Array): number {
    return this.keysOf(OTHER_TEMPLATES, out, 0);
  }

  private keysOf(templates: Int32Array, out: Uint32Array, at: number): number {
    const values = this.values;
    for (let i = 0; i < templates.length; i++) {
      const t = templates[i]!;
      const o = t * 3;
      out[at + i] = mixKey(SEEDS[t]!, values[OPERANDS[o]!]!, values[OPERANDS[o + 1]!]!, values[OPERANDS[o + 2]!]!);
    }
    return templates.length;
  }

  private gatherValues(state: ArcEagerState, view: SentenceView): void {
    const none = view.none;
    const { n, depth, stack, front, heads } = state;
    const at = this.positions;
    const s0 = depth > 0 ? stack[depth - 1]! : none;
    const hasS0 = s0 !== none;
    at[Pos.S0] = s0;
    at[Pos.S1] = depth > 1 ? stack[depth - 2]! : none;
    at[Pos.N0] = front;
    at[Pos.N1] = front + 1 <= n ? front + 1 : none;
    at[Pos.N2] = front + 2 <= n ? front + 2 : none;
    const s0h = hasS0 && heads[s0]! >= 0 ? heads[s0]! : none;
    at[Pos.S0H] = s0h;
    at[Pos.S0H2] = s0h !== none && s0h !== n && heads[s0h]! >= 0 ? heads[s0h]! : none;
    at[Pos.S0L] = hasS0 && state.leftmost[s0]! >= 0 ? state.leftmost[s0]! : none;
    at[Pos.S0L2] = hasS0 && state.leftmost2[s0]! >= 0 ? state.leftmost2[s0]! : none;
    at[Pos.S0R] = hasS0 && state.rightmost[s0]! >= 0 ? state.rightmost[s0]! : none;
    at[Pos.S0R2] = hasS0 && state.rightmost2[s0]! >= 0 ? state.rightmost2[s0]! : none;
    at[Pos.N0L] = state.leftmost[front]! >= 0 ? state.leftmost[front]! : none;
    at[Pos.N0L2] = state.leftmost2[front]! >= 0 ? state.leftmost2[front]! : none;
    const values = this.values;
    const { word, xpos, upos, wordXpos, cluster0, cluster1, cluster2 } = view;
    for (let p = 0; p < Pos.Count; p++) {
      const token = at[p]!;
      values[W + p] = word[token]!;
      values[P + p] = xpos[token]!;
      values[U + p] = upos[token]!;
      values[WP + p] = wordXpos[token]!;
      values[C0 + p] = cluster0[token]!;
      values[C1 + p] = cluster1[token]!;
      values[C2 + p] = cluster2[token]!;
    }
    values[ZERO] = 0;
    values[DIST] = hasS0 ? (front === n ? 15 : distanceBucket(front - s0)) : 0;
    values[S0VL] = hasS0 ? Math.min(state.leftCount[s0]!, 4) : 9;
    values[S0VR] = hasS0 ? Math.min(state.rightCount[s0]!, 4) : 9;
    values[N0VL] = Math.min(state.leftCount[front]!, 4);
    values[HEADLESS] = Math.min(state.headless, 4);
    values[S0_HAS_HEAD] = hasS0 ? (heads[s0]! >= 0 ? 1 : 2) : 3;
  }
}
