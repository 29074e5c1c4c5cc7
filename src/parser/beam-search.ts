// Beam search over arc-eager transitions (Zhang & Clark 2008): each step extends every
// item of the beam by its allowed moves and keeps the `width` best by summed score.
// Every word is pushed once and popped once, so all items end together after 2n
// moves. The beam stays sorted, best first; ties keep the earlier item and move, so
// decoding is deterministic. The moves and parents of every step are kept for beam
// training, which rebuilds an item's move sequence from them.
//
// Allocation-free once grown: item states live in two preallocated arrays (this step's
// and the next), and a kept item is copied into the next array.

import { ArcEagerState, TRANSITIONS } from './arc-eager.js';
import type { SentenceView } from './sentence-view.js';
import type { TransitionScorer } from './transition-scorer.js';

export class BeamSearch {
  readonly width: number;
  /** Items after the last step, best first; `size` of them are in use. */
  items: ArcEagerState[];
  scores: Float64Array;
  size = 0;
  /** Moves taken so far. */
  steps = 0;
  private spare: ArcEagerState[];
  private spareScores: Float64Array;
  /** Candidates of one step, kept sorted best first: parent item, move, score. */
  private readonly candidateItems: Int32Array;
  private readonly candidateMoves: Int32Array;
  private readonly candidateScores: Float64Array;
  private candidates = 0;
  private readonly moveScores = new Int32Array(TRANSITIONS);
  /** parents[step * width + k] and moves[...]: how item k of that step was made. */
  private parents = new Int32Array(0);
  private moves = new Int32Array(0);

  constructor(width: number) {
    if (!Number.isInteger(width) || width < 1 || width > 64) throw new Error(`parser: beam width ${width} is not an integer in 1..64`);
    this.width = width;
    this.items = Array.from({ length: width }, () => new ArcEagerState());
    this.spare = Array.from({ length: width }, () => new ArcEagerState());
    this.scores = new Float64Array(width);
    this.spareScores = new Float64Array(width);
    this.candidateItems = new Int32Array(width);
    this.candidateMoves = new Int32Array(width);
    this.candidateScores = new Float64Array(width);
  }

  /** Starts a sentence of n words with one item, the initial configuration. */
  begin(n: number): void {
    for (let k = 0; k < this.width; k++) {
      this.items[k]!.reset(n);
      this.spare[k]!.reset(n);
    }
    this.scores[0] = 0;
    this.size = 1;
    this.steps = 0;
    if (this.moves.length < 2 * n * this.width) {
      this.moves = new Int32Array(4 * Math.max(n, 32) * this.width);
      this.parents = new Int32Array(this.moves.length);
    }
  }

  isDone(): boolean {
    return this.items[0]!.isTerminal();
  }

  /** Runs every step to the end; the best tree is then items[0].heads. */
  decode(scorer: TransitionScorer, view: SentenceView): void {
    this.begin(view.n);
    scorer.beginSentence(view.n);
    while (!this.isDone()) this.advance(scorer, view);
  }

  /** Extends the beam by one move. */
  advance(scorer: TransitionScorer, view: SentenceView): void {
    const { moveScores } = this;
    this.candidates = 0;
    for (let k = 0; k < this.size; k++) {
      const state = this.items[k]!;
      const base = this.scores[k]!;
      let allowed = 0;
      for (let t = 0; t < TRANSITIONS; t++) if (state.isAllowed(t)) allowed++;
      // A forced move needs no scoring, as in greedy parsing.
      if (allowed > 1) scorer.score(state, view, moveScores);
      for (let t = 0; t < TRANSITIONS; t++) {
        if (state.isAllowed(t)) this.offer(k, t, allowed > 1 ? base + moveScores[t]! : base);
      }
    }
    this.keepCandidates();
  }

  /** Item k's move at `step`, and the item of the step before it came from. */
  moveAt(step: number, k: number): number {
    return this.moves[step * this.width + k]!;
  }

  parentAt(step: number, k: number): number {
    return this.parents[step * this.width + k]!;
  }

  /** Inserts a candidate into the sorted top `width`, after any of equal score. */
  private offer(item: number, move: number, score: number): void {
    const { width, candidateItems, candidateMoves, candidateScores } = this;
    if (this.candidates === width && !(score > candidateScores[width - 1]!)) return;
    let at = Math.min(this.candidates, width - 1);
    while (at > 0 && score > candidateScores[at - 1]!) {
      candidateItems[at] = candidateItems[at - 1]!;
      candidateMoves[at] = candidateMoves[at - 1]!;
      candidateScores[at] = candidateScores[at - 1]!;
      at--;
    }
    candidateItems[at] = item;
    candidateMoves[at] = move;
    candidateScores[at] = score;
    if (this.candidates < width) this.candidates++;
  }

  private keepCandidates(): void {
    const { width, spare, spareScores } = this;
    const row = this.steps * width;
    for (let k = 0; k < this.candidates; k++) {
      const parent = this.candidateItems[k]!;
      const move = this.candidateMoves[k]!;
      spare[k]!.copyFrom(this.items[parent]!);
      spare[k]!.apply(move);
      spareScores[k] = this.candidateScores[k]!;
      this.parents[row + k] = parent;
      this.moves[row + k] = move;
    }
    this.spare = this.items;
    this.spareScores = this.scores;
    this.items = spare;
    this.scores = spareScores;
    this.size = this.candidates;
    this.steps++;
  }
}
