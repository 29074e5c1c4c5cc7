// Trains the neural tagger: cross-entropy on UPOS and XPOS, Adam (src/neural/adam.ts) on
// the dense weights and lazily (the rows a batch touched) on the feature embeddings,
// dropout on the inputs and the BiLSTM states, gradient norm clipped. GloVe vectors stay fixed.
// Seeded, so a run is reproducible; the epoch that tags the dev sentences best wins.

import type { WordClusters } from '../language/clusters.js';
import { computeLexicalAttributes, type LexicalAttributes } from '../language/lexical.js';
import { sequenceFromForms } from '../language/tokens.js';
import { mulberry32, shuffleInPlace } from '../linear/random.js';
import { Adam } from '../neural/adam.js';
import { trainEpoch } from '../neural/epoch.js';
import { glorotUniform } from '../neural/initialise.js';
import { softmaxGradient } from '../neural/softmax.js';
import { quantiseRows } from '../neural/tensor-file.js';
import { FEATURES_PER_TOKEN, featureVocabulary } from './neural-features.js';
import { NeuralTagger, type NeuralTaggerMeta } from './neural-tagger.js';

export interface TaggedForms {
  readonly forms: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
}

export interface GloveTable {
  /** Normalised lower form hashes, one per row. */
  readonly keys: readonly number[];
  readonly vectors: Float32Array;
  readonly dimensions: number;
}

export interface NeuralTrainingOptions {
  readonly epochs: number;
  readonly hidden: number;
  readonly embedding: number;
  readonly learningRate: number;
  /** Multiplies the learning rate after each epoch. */
  readonly decay: number;
  readonly batch: number;
  readonly inputDropout: number;
  readonly stateDropout: number;
  /** A feature needs this many training tokens for a row of its own. */
  readonly minFeatureCount: number;
  readonly seed: number;
  readonly maxLength: number;
  /**
   * Each step moves a running average of the weights this share of the way to the
   * current ones (1 keeps the current weights); the average is what is scored and kept.
   */
  readonly averageRate: number;
}

export interface EpochReport {
  readonly epoch: number;
  readonly loss: number;
  readonly upos: number;
  readonly xpos: number;
  readonly seconds: number;
}

interface PreparedSentence {
  readonly lexical: LexicalAttributes;
  readonly count: number;
  readonly upos: Uint8Array;
  readonly xpos: Uint8Array;
}

const CLIP_NORM = 5;

export function trainNeuralTagger(
  train: readonly TaggedForms[], dev: readonly TaggedForms[], glove: GloveTable, clusters: WordClusters,
  options: NeuralTrainingOptions, onEpoch: (report: EpochReport) => void = () => {},
): { tagger: NeuralTagger; best: EpochReport } {
  const usable = train.filter((sentence) => sentence.forms.length > 0 && sentence.forms.length <= options.maxLength);
  const uposTags = [...new Set(usable.flatMap((s) => s.upos))].sort();
  const xposTags = [...new Set(usable.flatMap((s) => s.xpos))].sort();
  const combined = [...new Set(usable.flatMap((s) => s.upos.map((u, i) => `${u}|${s.xpos[i]}`)))].sort();
  if (combined.length > 255) throw new Error(`neural tagger: ${combined.length} combined tags, at most 255 fit a tag id`);
  const uposIndex = new Map(uposTags.map((tag, i) => [tag, i]));
  const xposIndex = new Map(xposTags.map((tag, i) => [tag, i]));
  const prepare = (sentence: TaggedForms): PreparedSentence => ({
    lexical: computeLexicalAttributes(sequenceFromForms(sentence.forms)),
    count: sentence.forms.length,
    upos: Uint8Array.from(sentence.upos, (tag) => uposIndex.get(tag) ?? 255),
    xpos: Uint8Array.from(sentence.xpos, (tag) => xposIndex.get(tag) ?? 255),
  });
  const trainSet = usable.map(prepare);
  const devSet = dev.filter((s) => s.forms.length > 0).map(prepare);

  const featureKeys = featureVocabulary(trainSet, clusters, new Set(glove.keys), options.minFeatureCount, options.maxLength);

  const meta: NeuralTaggerMeta = {
    kind: 'neural-tagger',
    shape: {
      featureRows: featureKeys.length, embedding: options.embedding, gloveRows: glove.keys.length, gloveDimensions: glove.dimensions,
      hidden: options.hidden, upos: uposTags.length, xpos: xposTags.length, maxLength: options.maxLength,
    },
    upos: uposTags, xpos: xposTags, tags: combined, featureKeys, gloveKeys: [...glove.keys],
    training: { ...options },
  };
  // Quantised now, as the file will store them, so that training reads what tagging will.
  const gloveRows = quantiseRows(glove.vectors, glove.keys.length, glove.dimensions);
  const tagger = new NeuralTagger(meta, clusters, gloveRows, true);
  const trainer = new Trainer(tagger, options);
  trainer.initialise();

  let best: EpochReport = { epoch: 0, loss: Infinity, upos: -1, xpos: -1, seconds: 0 };
  let bestBytes: Uint8Array | null = null;
  const order = trainSet.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = performance.now();
    trainer.shuffle(order);
    const loss = trainEpoch(order, options.batch, (item) => trainer.trainSentence(trainSet[item]!), (item) => trainSet[item]!.count, () => trainer.adam.step());
    trainer.adam.learningRate *= options.decay;
    // Scored, and kept, with the running average of the weights in place.
    trainer.adam.swapAverage();
    const { upos, xpos } = scoreNeuralTagger(tagger, devSet);
    const report = { epoch, loss, upos, xpos, seconds: (performance.now() - started) / 1000 };
    onEpoch(report);
    if (upos > best.upos) {
      best = report;
      bestBytes = tagger.toBytes();
    }
    trainer.adam.swapAverage();
  }
  return { tagger: NeuralTagger.fromBytes(bestBytes!, clusters, 'trained neural tagger'), best };
}

/** UPOS and XPOS accuracy (%) of sentences, tagged as `tag` would. */
function scoreNeuralTagger(tagger: NeuralTagger, sentences: readonly PreparedSentence[]): { upos: number; xpos: number } {
  const uposIds = new Map(tagger.meta.upos.map((tag, i) => [tag, i]));
  const xposIds = new Map(tagger.meta.xpos.map((tag, i) => [tag, i]));
  let upos = 0;
  let xpos = 0;
  let total = 0;
  let out = new Uint8Array(0);
  tagger.forgetProjections();
  for (const sentence of sentences) {
    if (out.length < sentence.count) out = new Uint8Array(sentence.count * 2);
    tagger.tag(sequenceFromForms([]), sentence.lexical, 0, sentence.count, out);
    for (let t = 0; t < sentence.count; t++) {
      if (uposIds.get(tagger.upos[out[t]!]!) === sentence.upos[t]) upos++;
      if (xposIds.get(tagger.xpos[out[t]!]!) === sentence.xpos[t]) xpos++;
      total++;
    }
  }
  return { upos: (100 * upos) / total, xpos: (100 * xpos) / total };
}

class Trainer {
  /** Set by `initialise`, once the weights it averages have their first values. */
  adam!: Adam;
  private readonly random: () => number;
  private readonly featureGradient: Float32Array;
  /** Feature rows of the sentence's tokens, FEATURES_PER_TOKEN each. */
  private readonly rows: Int32Array;
  private readonly inputMask: Float32Array;
  private readonly stateMask: Float32Array;
  private readonly dropped: number;
  private readonly droppedGradient: number;
  private readonly stateGradient: number;
  private readonly inputGradient: number;
  private readonly scoreGradient: number;

  constructor(private readonly tagger: NeuralTagger, private readonly options: NeuralTrainingOptions) {
    const { network } = tagger;
    const { maxLength } = options;
    this.random = mulberry32(options.seed);
    this.featureGradient = new Float32Array(network.features.length);
    this.rows = new Int32Array(maxLength * FEATURES_PER_TOKEN);
    this.inputMask = new Float32Array(maxLength * network.inputSize);
    this.stateMask = new Float32Array(maxLength * network.stateSize);
    const k = network.kernels;
    this.dropped = k.allocate(maxLength * network.stateSize);
    this.droppedGradient = k.allocate(maxLength * network.stateSize);
    this.stateGradient = k.allocate(maxLength * network.stateSize);
    this.inputGradient = k.allocate(maxLength * network.inputSize);
    this.scoreGradient = k.allocate(Math.max(network.shape.upos, network.shape.xpos));
  }

  initialise(): void {
    const { network } = this.tagger;
    for (const direction of [network.forward, network.backward]) direction.initialise(this.random);
    for (const layer of [network.upos, network.xpos]) glorotUniform(network.kernels.heap, layer.weights, layer.classes, network.stateSize, this.random);
    for (let i = 0; i < network.features.length; i++) network.features[i] = (this.random() - 0.5) * 0.2;
    const dense = network.parameters().map(([weights, gradient, length]) => ({ weights, gradient, length }));
    this.adam = new Adam(() => network.kernels.heap, dense, [{ values: network.features, gradient: this.featureGradient, width: network.shape.embedding }], {
      learningRate: this.options.learningRate, beta1: 0.9, beta2: 0.999, clipNorm: CLIP_NORM, averageRate: this.options.averageRate,
    });
  }

  shuffle(order: number[]): void {
    shuffleInPlace(order, this.random);
  }

  /** Forward and backward over one sentence, adding gradients; returns its loss. */
  trainSentence(sentence: PreparedSentence): number {
    const { tagger, options } = this;
    const { network } = tagger;
    const k = network.kernels;
    const n = sentence.count;
    const D = network.inputSize;
    const S = network.stateSize;
    const H = network.shape.hidden;
    const keepInput = 1 - options.inputDropout;
    const keepState = 1 - options.stateDropout;
    for (let t = 0; t < n; t++) {
      const rows = tagger.fillInput(sentence.lexical, t, t, t === 0);
      this.rows.set(rows, t * FEATURES_PER_TOKEN);
      const heap = k.heap;
      const row = network.inputs + t * D;
      for (let d = 0; d < D; d++) {
        const mask = this.random() < options.inputDropout ? 0 : 1 / keepInput;
        this.inputMask[t * D + d] = mask;
        heap[row + d]! *= mask;
      }
      tagger.projectToken(t);
    }
    network.recur(n);
    const heap = k.heap;
    for (let i = 0; i < n * S; i++) {
      const mask = this.random() < options.stateDropout ? 0 : 1 / keepState;
      this.stateMask[i] = mask;
      heap[this.dropped + i] = heap[network.states + i]! * mask;
    }
    heap.fill(0, this.droppedGradient, this.droppedGradient + n * S);
    let loss = 0;
    for (let t = 0; t < n; t++) {
      const state = this.dropped + t * S;
      for (const [layer, gold] of [[network.upos, sentence.upos[t]!], [network.xpos, sentence.xpos[t]!]] as const) {
        if (gold === 255) continue;
        network.scoreRow(layer, state);
        loss += softmaxGradient(heap, network.scores, this.scoreGradient, layer.classes, gold, -1);
        for (let c = 0; c < layer.classes; c++) heap[layer.biasGradient + c]! += heap[this.scoreGradient + c]!;
        k.outerAdd(layer.weightGradient, this.scoreGradient, state, layer.classes, S);
        k.mattvecAdd(layer.weights, this.scoreGradient, this.droppedGradient + t * S, layer.classes, S);
      }
    }
    for (let i = 0; i < n * S; i++) heap[this.stateGradient + i] = heap[this.droppedGradient + i]! * this.stateMask[i]!;
    heap.fill(0, this.inputGradient, this.inputGradient + n * D);
    network.forward.backward(network.inputs, n, network.states, this.stateGradient, this.inputGradient);
    network.backward.backward(network.inputs, n, network.states + H, this.stateGradient + H, this.inputGradient);
    const E = network.shape.embedding;
    const G = network.shape.gloveDimensions;
    for (let t = 0; t < n; t++) {
      for (let slot = 0; slot < FEATURES_PER_TOKEN; slot++) {
        const row = this.rows[t * FEATURES_PER_TOKEN + slot]!;
        if (row < 0) continue;
        this.adam.touch(0, row);
        for (let d = 0; d < E; d++) this.featureGradient[row * E + d]! += heap[this.inputGradient + t * D + G + d]! * this.inputMask[t * D + G + d]!;
      }
    }
    return loss;
  }
}
