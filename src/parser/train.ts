// Training: the transition classifier learns from the dynamic oracle with exploration
// (Goldberg & Nivre 2012): after the first epochs it follows its own wrong moves with
// some probability and learns the best move from there. The labeller learns on gold
// trees, reading the labels it has itself given to earlier words. Both are averaged
// perceptrons; a seeded generator makes runs reproducible.

import { encodeLinearModel } from '../linear/codec.js';
import { LinearModel } from '../linear/model.js';
import { PerceptronTrainer } from '../linear/perceptron.js';
import { ArcEagerState, TRANSITIONS } from './arc-eager.js';
import type { LabelDictionary } from './label-dictionary.js';
import { extractLabelFeatures, MAX_LABEL_FEATURES } from './label-features.js';
import { chooseLabel } from './labeller.js';
import { LABELLER_FORMAT, TRANSITION_FORMAT } from './model-meta.js';
import { computeCosts } from './oracle.js';
import { projectivize } from './projectivize.js';
import { mulberry32, shuffleInPlace } from '../linear/random.js';
import { SentenceView } from './sentence-view.js';
import { TRANSITION_FEATURE_COUNT, TransitionFeatures } from './transition-features.js';
import type { TreebankSentence } from './treebank.js';
import { TreeView } from './tree-view.js';

export interface TransitionTrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  /** First epoch (0-based) in which wrong predictions may be followed. */
  readonly exploreFrom: number;
  /** Probability of following a wrong prediction from then on. */
  readonly exploreRate: number;
}

export interface LabellerTrainingOptions {
  readonly epochs: number;
  readonly seed: number;
}

/** Called after each epoch, e.g. to score a snapshot on dev. */
export type EpochCallback = (epoch: number, trainer: PerceptronTrainer) => void;

export function trainTransitions(
  sentences: readonly TreebankSentence[], options: TransitionTrainingOptions, onEpoch?: EpochCallback,
): PerceptronTrainer {
  const trainer = new PerceptronTrainer(TRANSITIONS);
  const random = mulberry32(options.seed);
  const golds = sentences.map((sentence) => projectivize(sentence.heads));
  const order = sentences.map((_, index) => index);
  const scratch = new TransitionScratch();
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    const explore = epoch >= options.exploreFrom ? options.exploreRate : 0;
    for (const index of order) trainSentence(sentences[index]!, golds[index]!, trainer, scratch, () => random() < explore);
    onEpoch?.(epoch, trainer);
  }
  return trainer;
}

class TransitionScratch {
  readonly state = new ArcEagerState();
  readonly view = new SentenceView();
  readonly extractor = new TransitionFeatures();
  readonly features = new Uint32Array(TRANSITION_FEATURE_COUNT);
  readonly scores = new Float32Array(TRANSITIONS);
  readonly costs = new Int32Array(TRANSITIONS);
}

function trainSentence(
  sentence: TreebankSentence, gold: Int32Array, trainer: PerceptronTrainer, scratch: TransitionScratch, shouldExplore: () => boolean,
): void {
  const { state, view, features, scores, costs, extractor } = scratch;
  const n = sentence.heads.length;
  view.load(sentence.lexical, 0, n, sentence.upos, sentence.xpos, sentence.clusters);
  state.reset(n);
  while (!state.isTerminal()) {
    computeCosts(state, gold, costs);
    let allowed = 0;
    let only = -1;
    let minCost = Infinity;
    for (let t = 0; t < TRANSITIONS; t++) {
      if (costs[t]! < 0) continue;
      allowed++;
      only = t;
      minCost = Math.min(minCost, costs[t]!);
    }
    // Inference skips forced moves, so training does too.
    if (allowed === 1) {
      state.apply(only);
      continue;
    }
    const count = extractor.extract(state, view, features);
    scores.fill(0);
    trainer.addScores(features, count, scores);
    const predicted = bestTransition(scores, costs, (cost) => cost >= 0);
    const best = bestTransition(scores, costs, (cost) => cost === minCost);
    const isWrong = costs[predicted]! > minCost;
    if (isWrong) trainer.update(features, count, best, predicted);
    trainer.tick();
    state.apply(isWrong && shouldExplore() ? predicted : best);
  }
}

function bestTransition(scores: Float32Array, costs: Int32Array, isCandidate: (cost: number) => boolean): number {
  let best = -1;
  for (let t = 0; t < TRANSITIONS; t++) {
    if (isCandidate(costs[t]!) && (best < 0 || scores[t]! > scores[best]!)) best = t;
  }
  return best;
}

export function trainLabeller(
  sentences: readonly TreebankSentence[], relations: readonly string[], options: LabellerTrainingOptions, onEpoch?: EpochCallback,
): PerceptronTrainer {
  const trainer = new PerceptronTrainer(relations.length);
  const rootId = relations.indexOf('root');
  if (rootId < 0) throw new Error('parser training: the relations must include root');
  const ids = new Map(relations.map((relation, id) => [relation, id]));
  const golds = sentences.map((sentence) => Uint8Array.from(sentence.relations, (relation) => ids.get(relation) ?? ids.get('dep') ?? 0));
  const random = mulberry32(options.seed);
  const order = sentences.map((_, index) => index);
  const scratch = new LabelScratch(relations.length, rootId);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) trainLabelSentence(sentences[index]!, golds[index]!, trainer, scratch);
    onEpoch?.(epoch, trainer);
  }
  return trainer;
}

class LabelScratch {
  readonly view = new SentenceView();
  readonly tree = new TreeView();
  readonly features = new Uint32Array(MAX_LABEL_FEATURES);
  readonly scores: Float32Array;
  labels = new Uint8Array(64);

  constructor(readonly classes: number, readonly rootId: number) {
    this.scores = new Float32Array(classes);
  }
}

/** Labels the gold tree left to right, as at parse time, learning from each mistake. */
function trainLabelSentence(sentence: TreebankSentence, gold: Uint8Array, trainer: PerceptronTrainer, scratch: LabelScratch): void {
  const { view, tree, features, scores, rootId } = scratch;
  const n = gold.length;
  if (scratch.labels.length < n) scratch.labels = new Uint8Array(n * 2);
  const labels = scratch.labels;
  view.load(sentence.lexical, 0, n, sentence.upos, sentence.xpos, sentence.clusters);
  tree.load(sentence.heads, n);
  for (let d = 0; d < n; d++) {
    if (sentence.heads[d] === n) {
      labels[d] = rootId;
      continue;
    }
    const count = extractLabelFeatures(d, sentence.heads, labels, view, tree, features);
    scores.fill(0);
    trainer.addScores(features, count, scores);
    const predicted = chooseLabel(scores, scratch.classes, rootId, false);
    trainer.update(features, count, gold[d]!, predicted);
    trainer.tick();
    labels[d] = predicted;
  }
}

/** The two model files of data/parser/; settings.beamWidth (default 1) goes into the transition model's metadata. */
export function encodeParser(
  transitions: LinearModel, labeller: LinearModel, relations: readonly string[], settings: Record<string, unknown>, dictionary?: LabelDictionary,
): { transitions: Uint8Array; labeller: Uint8Array } {
  return {
    transitions: encodeLinearModel(transitions, { format: TRANSITION_FORMAT, beamWidth: beamWidthOf(settings), settings }),
    labeller: encodeLinearModel(labeller, { format: LABELLER_FORMAT, relations, settings, ...(dictionary ? { dictionary } : {}) }),
  };
}

/** settings.beamWidth when set, else 1 (greedy). */
function beamWidthOf(settings: Record<string, unknown>): number {
  const width = settings.beamWidth;
  return typeof width === 'number' ? width : 1;
}

/** Drops weights smaller than minWeight in magnitude from a trained model. */
export function pruneModel(model: LinearModel, minWeight: number): LinearModel {
  const { keys, offsets, classIds, weights } = model.parts;
  const keptKeys: number[] = [];
  const keptOffsets: number[] = [0];
  const keptClasses: number[] = [];
  const keptWeights: number[] = [];
  for (let row = 0; row < keys.length; row++) {
    for (let e = offsets[row]!; e < offsets[row + 1]!; e++) {
      if (Math.abs(weights[e]!) < minWeight) continue;
      keptClasses.push(classIds[e]!);
      keptWeights.push(weights[e]!);
    }
    if (keptClasses.length > keptOffsets[keptOffsets.length - 1]!) {
      keptKeys.push(keys[row]!);
      keptOffsets.push(keptClasses.length);
    }
  }
  return new LinearModel({
    classes: model.classes, keys: Uint32Array.from(keptKeys), offsets: Uint32Array.from(keptOffsets),
    classIds: Uint8Array.from(keptClasses), weights: Float32Array.from(keptWeights),
  });
}
