// Global training of the transition model for beam search: a structured perceptron
// with max-violation updates (Huang, Fayong & Guo 2012). Each sentence is decoded with
// the beam while the gold move sequence (a static oracle over the projectivized tree)
// is scored alongside; at the step where the best item outscores the gold prefix by the
// most, the gold prefix's features gain +1 on its moves and the best item's lose 1 on
// its moves. Shared leading moves cancel out, so replay starts where they part. Weights
// change only between sentences, so the scorer's per-word cache stays valid.

import { PerceptronTrainer } from '../linear/perceptron.js';
import { ArcEagerState, LEFT, REDUCE, RIGHT, SHIFT, TRANSITIONS } from './arc-eager.js';
import { BeamSearch } from './beam-search.js';
import { computeCosts } from './oracle.js';
import { projectivize } from './projectivize.js';
import { mulberry32, shuffleInPlace } from '../linear/random.js';
import { SentenceView } from './sentence-view.js';
import { TRANSITION_FEATURE_COUNT, TransitionFeatures } from './transition-features.js';
import { TransitionScorer, type TransitionWeights } from './transition-scorer.js';
import type { TreebankSentence } from './treebank.js';
import type { EpochCallback } from './train.js';

export interface BeamTrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly beamWidth: number;
}

// Attach as early as possible, reduce before shifting: one canonical gold sequence.
const ORACLE_PREFERENCE = [LEFT, RIGHT, REDUCE, SHIFT];

/** The gold move sequence (2n moves) of a projective tree. */
export function goldMoves(gold: Int32Array, state = new ArcEagerState()): Int32Array {
  const n = gold.length;
  const moves = new Int32Array(2 * n);
  const costs = new Int32Array(TRANSITIONS);
  state.reset(n);
  for (let step = 0; !state.isTerminal(); step++) {
    computeCosts(state, gold, costs);
    let move = -1;
    for (const t of ORACLE_PREFERENCE) if (costs[t] === 0 && move < 0) move = t;
    if (move < 0) throw new Error('parser training: no zero-cost move for a projectivized tree');
    moves[step] = move;
    state.apply(move);
  }
  return moves;
}

/** The trainer's current weights as the scorer reads them (perceptron weights are whole numbers, so summing as integers is exact). */
class TrainerWeights implements TransitionWeights {
  private readonly sums = new Float32Array(TRANSITIONS);
  constructor(private readonly trainer: PerceptronTrainer) {}

  addScores(features: Uint32Array, count: number, scores: Int32Array, at: number): void {
    this.sums.fill(0);
    this.trainer.addScores(features, count, this.sums);
    for (let t = 0; t < TRANSITIONS; t++) scores[at + t]! += this.sums[t]!;
  }
}

class BeamScratch {
  readonly view = new SentenceView();
  readonly extractor = new TransitionFeatures();
  readonly features = new Uint32Array(TRANSITION_FEATURE_COUNT);
  readonly moveScores = new Int32Array(TRANSITIONS);
  readonly gold = new ArcEagerState();
  readonly predicted = new ArcEagerState();
  readonly beam: BeamSearch;
  readonly scorer: TransitionScorer;
  /** Whether each beam item is still on the gold sequence, for this step and the next. */
  isGold: Uint8Array;
  nextIsGold: Uint8Array;
  bestMoves = new Int32Array(256);

  constructor(readonly trainer: PerceptronTrainer, width: number) {
    this.beam = new BeamSearch(width);
    this.scorer = new TransitionScorer(new TrainerWeights(trainer), new TransitionFeatures());
    this.isGold = new Uint8Array(width);
    this.nextIsGold = new Uint8Array(width);
  }
}

export function trainTransitionsWithBeam(
  sentences: readonly TreebankSentence[], options: BeamTrainingOptions, onEpoch?: EpochCallback,
): PerceptronTrainer {
  const trainer = new PerceptronTrainer(TRANSITIONS);
  const random = mulberry32(options.seed);
  const scratch = new BeamScratch(trainer, options.beamWidth);
  const golds = sentences.map((sentence) => goldMoves(projectivize(sentence.heads), scratch.gold));
  const order = sentences.map((_, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) {
      trainBeamSentence(sentences[index]!, golds[index]!, scratch);
      trainer.tick();
    }
    onEpoch?.(epoch, trainer);
  }
  return trainer;
}

/** Decodes one sentence with the beam and makes the max-violation update, if any. */
function trainBeamSentence(sentence: TreebankSentence, moves: Int32Array, scratch: BeamScratch): void {
  const { view, beam, scorer, gold, moveScores } = scratch;
  const n = sentence.heads.length;
  view.load(sentence.lexical, 0, n, sentence.upos, sentence.xpos, sentence.clusters);
  beam.begin(n);
  scorer.beginSentence(n);
  gold.reset(n);
  scratch.isGold[0] = 1;
  let goldScore = 0;
  let worstStep = -1;
  let worstViolation = -1;
  for (let step = 0; step < moves.length; step++) {
    const move = moves[step]!;
    if (countAllowed(gold) > 1) {
      scorer.score(gold, view, moveScores);
      goldScore += moveScores[move]!;
    }
    gold.apply(move);
    beam.advance(scorer, view);
    followGold(scratch, step, move);
    const violation = beam.scores[0]! - goldScore;
    if (!scratch.isGold[0] && violation > worstViolation) {
      worstViolation = violation;
      worstStep = step;
    }
  }
  if (worstStep >= 0) updatePrefixes(scratch, moves, worstStep);
}

/** Marks which items of the new beam extend a gold item by the gold move. */
function followGold(scratch: BeamScratch, step: number, move: number): void {
  const { beam } = scratch;
  for (let k = 0; k < beam.size; k++) {
    scratch.nextIsGold[k] = scratch.isGold[beam.parentAt(step, k)]! && beam.moveAt(step, k) === move ? 1 : 0;
  }
  const isGold = scratch.isGold;
  scratch.isGold = scratch.nextIsGold;
  scratch.nextIsGold = isGold;
}

function countAllowed(state: ArcEagerState): number {
  let allowed = 0;
  for (let t = 0; t < TRANSITIONS; t++) if (state.isAllowed(t)) allowed++;
  return allowed;
}

/** +1 on the gold prefix's moves, -1 on the best item's, over steps 0..last after they part. */
function updatePrefixes(scratch: BeamScratch, moves: Int32Array, last: number): void {
  const { beam, gold, predicted } = scratch;
  if (scratch.bestMoves.length <= last) scratch.bestMoves = new Int32Array(2 * (last + 1));
  const best = scratch.bestMoves;
  for (let step = last, k = 0; step >= 0; step--) {
    best[step] = beam.moveAt(step, k);
    k = beam.parentAt(step, k);
  }
  let parted = 0;
  gold.reset(scratch.view.n);
  while (parted <= last && best[parted] === moves[parted]) gold.apply(moves[parted++]!);
  predicted.copyFrom(gold);
  replay(scratch, gold, moves, parted, last, 1);
  replay(scratch, predicted, best, parted, last, -1);
}

function replay(scratch: BeamScratch, state: ArcEagerState, moves: Int32Array, from: number, last: number, amount: number): void {
  const { extractor, view, features, trainer } = scratch;
  for (let step = from; step <= last; step++) {
    const move = moves[step]!;
    if (countAllowed(state) > 1) trainer.update(features, extractor.extract(state, view, features), move, -1, amount);
    state.apply(move);
  }
}
