// Training of the recogniser: an averaged perceptron over the greedy decoder's
// decisions, the previous decisions taken from the gold sequence. Sentences are
// visited in an order drawn from a seeded generator, so a run is reproducible.
// Corpora without MISC (WikiANN) are partial: a MISC guess on a token they leave
// outside any entity is neither rewarded nor punished.

import { mulberry32, shuffleInPlace } from '../linear/random.js';
import { computeLexicalAttributes } from '../language/lexical.js';
import { sequenceFromForms } from '../language/tokens.js';
import { LinearModel } from '../linear/model.js';
import { PerceptronTrainer } from '../linear/perceptron.js';
import { bestAllowed, START_CLASS } from './decode.js';
import { extractNerFeatures, MAX_NER_FEATURES, type SentenceContext } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { CLASS_COUNT, COARSE_TYPES, OUTSIDE, typeOfClass } from './labels.js';
import { SentenceContextBuilder } from './sentence-context.js';
import type { WordClusters } from './word-clusters.js';

export interface NerTrainingSentence {
  readonly forms: readonly string[];
  /** Gold classes (labels.ts), one per form. */
  readonly classes: Uint8Array;
  /** False for corpora that do not annotate MISC. */
  readonly hasMisc: boolean;
}

export interface NerTrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly minWeight: number;
  /** Called after each epoch with a way to get the averaged model so far. */
  readonly onEpoch?: (epoch: number, averaged: () => LinearModel) => void;
}

const MISC = COARSE_TYPES.indexOf('MISC');

export function trainNer(sentences: readonly NerTrainingSentence[], gazetteer: Gazetteer, clusters: WordClusters, options: NerTrainingOptions): LinearModel {
  const contexts = prepareContexts(sentences, gazetteer, clusters);
  const trainer = new PerceptronTrainer(CLASS_COUNT);
  const random = mulberry32(options.seed);
  const order = sentences.map((_, index) => index);
  const features = new Uint32Array(MAX_NER_FEATURES);
  const scores = new Float32Array(CLASS_COUNT);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) trainSentence(trainer, contexts[index]!, sentences[index]!, features, scores);
    options.onEpoch?.(epoch, () => trainer.toModel({ minWeight: options.minWeight }));
  }
  return trainer.toModel({ minWeight: options.minWeight });
}

/**
 * The mean of several models (trained with different seeds): a feature's weight is its
 * summed weight divided by the number of models. Smooths the order effects of one run.
 */
export function averageModels(models: readonly LinearModel[]): LinearModel {
  const classes = models[0]!.classes;
  const sums = new Map<number, Float32Array>();
  for (const model of models) {
    const { keys, offsets, classIds, weights } = model.parts;
    keys.forEach((key, row) => {
      let sum = sums.get(key);
      if (!sum) sums.set(key, (sum = new Float32Array(classes)));
      for (let k = offsets[row]!; k < offsets[row + 1]!; k++) sum[classIds[k]!]! += weights[k]! / models.length;
    });
  }
  const keys = [...sums.keys()].sort((a, b) => a - b);
  const offsets = [0];
  const classIds: number[] = [];
  const weights: number[] = [];
  for (const key of keys) {
    sums.get(key)!.forEach((weight, cls) => {
      if (weight === 0) return;
      classIds.push(cls);
      weights.push(weight);
    });
    offsets.push(classIds.length);
  }
  return new LinearModel({ classes, keys: Uint32Array.from(keys), offsets: Uint32Array.from(offsets), classIds: Uint8Array.from(classIds), weights: Float32Array.from(weights) });
}

function trainSentence(trainer: PerceptronTrainer, ctx: SentenceContext, sentence: NerTrainingSentence, features: Uint32Array, scores: Float32Array): void {
  let prev = START_CLASS;
  let prev2 = START_CLASS;
  for (let i = 0; i < ctx.end; i++) {
    const count = extractNerFeatures(ctx, i, prev, prev2, features);
    scores.fill(0);
    trainer.addScores(features, count, scores);
    const guess = bestAllowed(scores, prev === START_CLASS ? OUTSIDE : prev, i === ctx.end - 1);
    const gold = sentence.classes[i]!;
    const isUnannotated = !sentence.hasMisc && gold === OUTSIDE && guess !== OUTSIDE && typeOfClass(guess) === MISC;
    if (!isUnannotated) trainer.update(features, count, gold, guess);
    trainer.tick();
    prev2 = prev;
    prev = gold;
  }
}

function prepareContexts(sentences: readonly NerTrainingSentence[], gazetteer: Gazetteer, clusters: WordClusters): SentenceContext[] {
  const builder = new SentenceContextBuilder(gazetteer, clusters);
  return sentences.map((sentence) => {
    const lex = computeLexicalAttributes(sequenceFromForms(sentence.forms));
    const ctx = builder.build(lex, 0, sentence.forms.length);
    // The builder reuses its buffers: keep copies for later epochs.
    return { ...ctx, gazetteer: ctx.gazetteer.slice(0, ctx.end) };
  });
}
