// Trains the neural parser: cross-entropy of each word's gold head among all heads,
// plus cross-entropy of its gold relation under the gold head; Adam (src/neural/adam.ts)
// with dropout on the inputs and on both layers' states, and a running average of
// the weights. GloVe vectors stay fixed. Seeded, so a run is reproducible; the epoch
// whose average weights parse the dev sentences best (UAS + LAS) wins.

import type { WordClusters } from '../language/clusters.js';
import { mulberry32, shuffleInPlace } from '../linear/random.js';
import { Adam } from '../neural/adam.js';
import { trainEpoch } from '../neural/epoch.js';
import { glorotUniform } from '../neural/initialise.js';
import { softmaxGradient } from '../neural/softmax.js';
import { FEATURES_PER_TOKEN, featureVocabulary } from '../tagger/neural-features.js';
import type { NeuralTrainingOptions } from '../tagger/neural-train.js';
import { scoreParser } from './attachment-scores.js';
import type { DenseLayer } from './neural-network.js';
import { gloveChecksum, NeuralParser, UNKNOWN_TAG, type NeuralParserMeta, type SharedGlove } from './neural-parser.js';
import type { TreebankSentence } from './treebank.js';

/** The tagger's training options (src/tagger/neural-train.ts), plus the parser's layer widths and Adam's beta2. */
export interface NeuralParserOptions extends NeuralTrainingOptions {
  /** Width of each tag embedding. */
  readonly tagEmbedding: number;
  /** Width of the arc layers and of the label layer. */
  readonly arc: number;
  readonly label: number;
  readonly beta2: number;
  /** Share of training words whose two tags are read as unknown, so that the parser leans less on them (0 when absent). */
  readonly tagDropout?: number;
}

export interface ParserEpochReport {
  readonly epoch: number;
  readonly loss: number;
  readonly uas: number;
  readonly las: number;
  readonly seconds: number;
}

/** Tag and relation names, in the order the model's rows and label ids take. */
export interface ParserVocabulary {
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  readonly relations: readonly string[];
}

const CLIP_NORM = 5;

export function trainNeuralParser(
  train: readonly TreebankSentence[], dev: readonly TreebankSentence[], vocabulary: ParserVocabulary,
  glove: SharedGlove, clusters: WordClusters, options: NeuralParserOptions,
  onEpoch: (report: ParserEpochReport) => void = () => {},
): { parser: NeuralParser; best: ParserEpochReport } {
  const usable = train.filter((sentence) => sentence.heads.length > 0 && sentence.heads.length <= options.maxLength);
  const parser = newTrainingParser(usable, vocabulary, glove, clusters, options);
  const trainer = new ParserTrainer(parser, options);
  const relationIds = new Map(vocabulary.relations.map((relation, id) => [relation, id]));
  const labelled = usable.map((sentence) => ({ sentence, labels: Int32Array.from(sentence.relations, (relation) => relationIds.get(relation) ?? -1) }));

  let best: ParserEpochReport = { epoch: 0, loss: Infinity, uas: -1, las: -1, seconds: 0 };
  let bestBytes: Uint8Array | null = null;
  const order = labelled.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = performance.now();
    trainer.shuffle(order);
    const loss = trainEpoch(order, options.batch, (item) => trainer.trainSentence(labelled[item]!.sentence, labelled[item]!.labels),
      (item) => labelled[item]!.labels.length, () => trainer.adam.step());
    trainer.adam.learningRate *= options.decay;
    trainer.adam.swapAverage();
    const { uas, las } = scoreParser(parser, dev);
    const report = { epoch, loss, uas, las, seconds: (performance.now() - started) / 1000 };
    onEpoch(report);
    if (uas + las > best.uas + best.las) {
      best = report;
      bestBytes = parser.toBytes();
    }
    trainer.adam.swapAverage();
  }
  if (bestBytes === null) throw new Error('neural parser training: no epoch could be scored (no epochs, or no dev sentences)');
  return { parser: NeuralParser.fromBytes(bestBytes, clusters, glove, 'trained neural parser'), best };
}

/**
 * An untrained parser with gradients, its features and shape taken from the training
 * sentences and options. `glove` is the neural tagger's table, which the shipped parser reads.
 */
export function newTrainingParser(
  train: readonly TreebankSentence[], vocabulary: ParserVocabulary, glove: SharedGlove, clusters: WordClusters, options: NeuralParserOptions,
): NeuralParser {
  const counted = train.map((sentence) => ({ lexical: sentence.lexical, count: sentence.heads.length }));
  const featureKeys = featureVocabulary(counted, clusters, new Set(glove.keys), options.minFeatureCount, options.maxLength);
  const gloveDimensions = glove.table.codes.length / glove.keys.length;
  const meta: NeuralParserMeta = {
    kind: 'neural-parser',
    shape: {
      featureRows: featureKeys.length, embedding: options.embedding, gloveRows: glove.keys.length, gloveDimensions,
      tagEmbedding: options.tagEmbedding, upos: vocabulary.upos.length, xpos: vocabulary.xpos.length,
      hidden: options.hidden, arc: options.arc, label: options.label, relations: vocabulary.relations.length, maxLength: options.maxLength,
    },
    upos: vocabulary.upos, xpos: vocabulary.xpos, relations: vocabulary.relations, featureKeys, gloveChecksum: gloveChecksum(glove),
    training: { ...options },
  };
  return new NeuralParser(meta, clusters, glove, true);
}

export class ParserTrainer {
  readonly adam: Adam;
  private readonly random: () => number;
  private readonly featureGradient: Float32Array;
  private readonly tagGradient: Float32Array;
  private readonly rows: Int32Array;
  private readonly tagRows: Int32Array;
  private readonly inputMask: Float32Array;
  private readonly middleMask: Float32Array;
  private readonly topMask: Float32Array;
  // Gradient buffers on the heap.
  private readonly arcGradient: number;
  private readonly queryGradient: number;
  private readonly dependentGradient: number;
  private readonly headGradient: number;
  private readonly labelDependentGradient: number;
  private readonly labelHeadGradient: number;
  private readonly hiddenGradient: number;
  private readonly scoreGradient: number;
  private readonly topGradient: number;
  private readonly stateGradient: number;
  private readonly middleGradient: number;
  private readonly inputGradient: number;

  constructor(private readonly parser: NeuralParser, private readonly options: NeuralParserOptions) {
    const { network } = parser;
    const { shape } = network;
    const { maxLength } = options;
    const S = network.stateSize;
    this.random = mulberry32(options.seed);
    this.initialise();
    this.featureGradient = new Float32Array(network.features.length);
    this.tagGradient = new Float32Array(network.tags.length);
    this.adam = new Adam(() => network.kernels.heap, network.parameters(), [
      { values: network.features, gradient: this.featureGradient, width: shape.embedding },
      { values: network.tags, gradient: this.tagGradient, width: shape.tagEmbedding },
    ], { learningRate: options.learningRate, beta1: 0.9, beta2: options.beta2, clipNorm: CLIP_NORM, averageRate: options.averageRate });
    this.rows = new Int32Array(maxLength * FEATURES_PER_TOKEN);
    this.tagRows = new Int32Array(maxLength * 2);
    this.inputMask = new Float32Array(maxLength * network.inputSize);
    this.middleMask = new Float32Array(maxLength * S);
    this.topMask = new Float32Array(maxLength * S);
    const k = network.kernels;
    this.arcGradient = k.allocate(maxLength + 1);
    this.queryGradient = k.allocate(shape.arc);
    this.dependentGradient = k.allocate(maxLength * shape.arc);
    this.headGradient = k.allocate((maxLength + 1) * shape.arc);
    this.labelDependentGradient = k.allocate(maxLength * shape.label);
    this.labelHeadGradient = k.allocate((maxLength + 1) * shape.label);
    this.hiddenGradient = k.allocate(shape.label);
    this.scoreGradient = k.allocate(shape.relations);
    this.topGradient = k.allocate((maxLength + 1) * S);
    this.stateGradient = k.allocate(maxLength * S);
    this.middleGradient = k.allocate(maxLength * S);
    this.inputGradient = k.allocate(maxLength * network.inputSize);
  }

  private initialise(): void {
    const { network } = this.parser;
    const heap = network.kernels.heap;
    for (const directions of network.layers) for (const direction of directions) direction.initialise(this.random);
    glorotUniform(heap, network.root, 1, network.stateSize, this.random);
    // The biaffine matrix starts at zero (Dozat and Manning): heads are first told apart by the linear term alone.
    for (const layer of network.denseLayers()) if (layer !== network.biaffine) glorotUniform(heap, layer.weights, layer.rows, layer.cols, this.random);
    for (let i = 0; i < network.features.length; i++) network.features[i] = (this.random() - 0.5) * 0.2;
    for (let i = 0; i < network.tags.length; i++) network.tags[i] = (this.random() - 0.5) * 0.2;
  }

  shuffle(order: number[]): void {
    shuffleInPlace(order, this.random);
  }

  private dropout(from: number, to: number, mask: Float32Array, length: number, rate: number): void {
    const heap = this.parser.network.kernels.heap;
    const keep = 1 / (1 - rate);
    for (let i = 0; i < length; i++) {
      const m = this.random() < rate ? 0 : keep;
      mask[i] = m;
      heap[to + i] = heap[from + i]! * m;
    }
  }

  /** Forward and backward over one sentence, adding gradients; returns its loss. */
  trainSentence(sentence: TreebankSentence, labels: Int32Array): number {
    const { parser, options } = this;
    const { network } = parser;
    const k = network.kernels;
    const n = sentence.heads.length;
    const D = network.inputSize;
    const S = network.stateSize;
    const { arc: A, label: L, relations: R, hidden: H } = network.shape;
    const stride = network.shape.maxLength + 1;
    for (let t = 0; t < n; t++) {
      const dropTags = (options.tagDropout ?? 0) > 0 && this.random() < options.tagDropout!;
      const upos = dropTags ? UNKNOWN_TAG : sentence.upos[t]!;
      const xpos = dropTags ? UNKNOWN_TAG : sentence.xpos[t]!;
      const rows = parser.fillInput(sentence.lexical, t, t, upos, xpos);
      this.rows.set(rows, t * FEATURES_PER_TOKEN);
      this.tagRows[2 * t] = parser.uposRow(upos);
      this.tagRows[2 * t + 1] = parser.xposRow(xpos);
    }
    this.dropout(network.inputs, network.inputs, this.inputMask, n * D, options.inputDropout);
    network.runLayer(0, network.inputs, n);
    this.dropout(network.layerStates[0]!, network.middle, this.middleMask, n * S, options.stateDropout);
    network.runLayer(1, network.middle, n);
    let heap = k.heap;
    heap.copyWithin(network.top, network.root, network.root + S);
    this.dropout(network.layerStates[1]!, network.top + S, this.topMask, n * S, options.stateDropout);
    network.project(n);
    network.scoreArcs(n);
    heap = k.heap;

    heap.fill(0, this.dependentGradient, this.dependentGradient + n * A);
    heap.fill(0, this.headGradient, this.headGradient + (n + 1) * A);
    heap.fill(0, this.labelDependentGradient, this.labelDependentGradient + n * L);
    heap.fill(0, this.labelHeadGradient, this.labelHeadGradient + (n + 1) * L);
    let loss = 0;
    const biaffine = network.biaffine;
    for (let i = 0; i < n; i++) {
      const gold = sentence.heads[i] === n ? 0 : sentence.heads[i]! + 1;
      const row = network.arcScores + i * stride;
      loss += softmaxGradient(heap, row, this.arcGradient, n + 1, gold, i + 1);
      // The query U^T d_i + u again (scoreArcs kept only the last one), then its gradients.
      heap.copyWithin(network.query, biaffine.bias, biaffine.bias + A);
      k.mattvecAdd(biaffine.weights, network.dependents + i * A, network.query, A, A);
      k.outerAdd(this.headGradient, this.arcGradient, network.query, n + 1, A);
      heap.fill(0, this.queryGradient, this.queryGradient + A);
      k.mattvecAdd(network.heads, this.arcGradient, this.queryGradient, n + 1, A);
      for (let a = 0; a < A; a++) heap[biaffine.biasGradient + a]! += heap[this.queryGradient + a]!;
      k.outerAdd(biaffine.weightGradient, network.dependents + i * A, this.queryGradient, A, A);
      k.matvecAdd(biaffine.weights, this.queryGradient, this.dependentGradient + i * A, A, A);

      const label = labels[i]!;
      if (label < 0) continue;
      network.scoreLabels(i, gold);
      loss += softmaxGradient(heap, network.labelScores, this.scoreGradient, R, label, -1);
      const out = network.labelOutput;
      for (let r = 0; r < R; r++) heap[out.biasGradient + r]! += heap[this.scoreGradient + r]!;
      k.outerAdd(out.weightGradient, this.scoreGradient, network.labelHidden, R, L);
      heap.fill(0, this.hiddenGradient, this.hiddenGradient + L);
      k.mattvecAdd(out.weights, this.scoreGradient, this.hiddenGradient, R, L);
      for (let d = 0; d < L; d++) {
        if (heap[network.labelHidden + d]! <= 0) continue;
        const g = heap[this.hiddenGradient + d]!;
        heap[this.labelDependentGradient + i * L + d]! += g;
        heap[this.labelHeadGradient + gold * L + d]! += g;
      }
    }
    reluGradient(heap, network.dependents, this.dependentGradient, n * A);
    reluGradient(heap, network.heads, this.headGradient, (n + 1) * A);

    heap.fill(0, this.topGradient, this.topGradient + (n + 1) * S);
    const topTokens = network.top + S;
    const topTokenGradient = this.topGradient + S;
    this.denseBackward(network.arcDependent, topTokens, this.dependentGradient, topTokenGradient, n);
    this.denseBackward(network.arcHead, network.top, this.headGradient, this.topGradient, n + 1);
    this.denseBackward(network.labelDependent, topTokens, this.labelDependentGradient, topTokenGradient, n);
    this.denseBackward(network.labelHead, network.top, this.labelHeadGradient, this.topGradient, n + 1);
    for (let s = 0; s < S; s++) heap[network.rootGradient + s]! += heap[this.topGradient + s]!;
    for (let i = 0; i < n * S; i++) heap[this.stateGradient + i] = heap[topTokenGradient + i]! * this.topMask[i]!;

    heap.fill(0, this.middleGradient, this.middleGradient + n * S);
    const [forward2, backward2] = network.layers[1]!;
    forward2.backward(network.middle, n, network.layerStates[1]!, this.stateGradient, this.middleGradient);
    backward2.backward(network.middle, n, network.layerStates[1]! + H, this.stateGradient + H, this.middleGradient);
    for (let i = 0; i < n * S; i++) heap[this.stateGradient + i] = heap[this.middleGradient + i]! * this.middleMask[i]!;
    heap.fill(0, this.inputGradient, this.inputGradient + n * D);
    const [forward1, backward1] = network.layers[0]!;
    forward1.backward(network.inputs, n, network.layerStates[0]!, this.stateGradient, this.inputGradient);
    backward1.backward(network.inputs, n, network.layerStates[0]! + H, this.stateGradient + H, this.inputGradient);

    const { gloveDimensions: G, embedding: E, tagEmbedding: T } = network.shape;
    for (let t = 0; t < n; t++) {
      const gradient = this.inputGradient + t * D;
      const mask = t * D;
      for (let slot = 0; slot < FEATURES_PER_TOKEN; slot++) {
        const row = this.rows[t * FEATURES_PER_TOKEN + slot]!;
        if (row < 0) continue;
        this.adam.touch(0, row);
        for (let d = 0; d < E; d++) this.featureGradient[row * E + d]! += heap[gradient + G + d]! * this.inputMask[mask + G + d]!;
      }
      for (let which = 0; which < 2; which++) {
        const row = this.tagRows[2 * t + which]!;
        this.adam.touch(1, row);
        const from = G + E + which * T;
        for (let d = 0; d < T; d++) this.tagGradient[row * T + d]! += heap[gradient + from + d]! * this.inputMask[mask + from + d]!;
      }
    }
    return loss;
  }

  /** Gradients of y = W x + b for `count` rows: adds W's and b's, and W^T dy into the input gradient rows. */
  private denseBackward(layer: DenseLayer, inputs: number, outputGradient: number, inputGradient: number, count: number): void {
    const k = this.parser.network.kernels;
    const heap = k.heap;
    for (let r = 0; r < count; r++) {
      const dy = outputGradient + r * layer.rows;
      k.outerAdd(layer.weightGradient, dy, inputs + r * layer.cols, layer.rows, layer.cols);
      for (let i = 0; i < layer.rows; i++) heap[layer.biasGradient + i]! += heap[dy + i]!;
      k.mattvecAdd(layer.weights, dy, inputGradient + r * layer.cols, layer.rows, layer.cols);
    }
  }
}

/** Zeroes the gradient where the ReLU's output was zero. */
function reluGradient(heap: Float32Array, outputs: number, gradient: number, length: number): void {
  for (let i = 0; i < length; i++) if (heap[outputs + i]! <= 0) heap[gradient + i] = 0;
}
