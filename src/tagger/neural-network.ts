// The neural tagger's network: each token's input is its GloVe vector and the sum of
// its sparse feature embeddings (neural-features.ts); a one-layer BiLSTM reads the
// sentence; two softmax layers score UPOS and Penn XPOS from both directions' states.
// The same object serves training (with gradients) and tagging.

import { Kernels } from '../neural/kernels.js';
import { kernelModule } from '../neural/kernels-binary.js';
import { LstmDirection } from '../neural/lstm.js';
import { QuantisedMatrix } from '../neural/quantised.js';
import type { Int8Rows } from '../neural/tensor-file.js';
import { fillWordInput } from './neural-features.js';

export interface NetworkShape {
  readonly featureRows: number;
  readonly embedding: number;
  readonly gloveRows: number;
  readonly gloveDimensions: number;
  readonly hidden: number;
  readonly upos: number;
  readonly xpos: number;
  /** Longest sentence run at once; longer ones are cut into pieces this long. */
  readonly maxLength: number;
}

export interface SoftmaxLayer {
  readonly weights: number;
  readonly bias: number;
  readonly weightGradient: number;
  readonly biasGradient: number;
  readonly classes: number;
  /** 16-bit weights, once the network is quantised. */
  quantised: QuantisedMatrix | null;
}

export class TaggerNetwork {
  readonly kernels: Kernels;
  readonly inputSize: number;
  readonly stateSize: number;
  /** Feature embeddings (rows x embedding), outside the heap: they are read a row at a time. */
  readonly features: Float32Array;
  /** GloVe vectors (rows x dimensions) as int8 rows, as the file stores them: fixed, so never float. */
  readonly glove: Int8Rows;
  readonly forward: LstmDirection;
  readonly backward: LstmDirection;
  readonly upos: SoftmaxLayer;
  readonly xpos: SoftmaxLayer;
  /** Per token: the input (maxLength x inputSize) and both directions' states (maxLength x 2H). */
  readonly inputs: number;
  readonly states: number;
  readonly scores: number;
  /** The states as 16-bit values (an int16 index), once `quantise` has run; else -1. */
  statesQuantised = -1;

  constructor(readonly shape: NetworkShape, glove: Int8Rows, training: boolean) {
    this.kernels = new Kernels(kernelModule());
    this.inputSize = shape.gloveDimensions + shape.embedding;
    this.stateSize = 2 * shape.hidden;
    if (this.inputSize % 4 !== 0 || shape.hidden % 4 !== 0) throw new Error('neural tagger: the input and hidden sizes must be multiples of 4');
    this.features = new Float32Array(shape.featureRows * shape.embedding);
    if (glove.codes.length !== shape.gloveRows * shape.gloveDimensions || glove.scales.length !== shape.gloveRows) {
      throw new Error(`neural tagger: a GloVe table of ${glove.scales.length} rows for a network of ${shape.gloveRows}`);
    }
    this.glove = glove;
    const k = this.kernels;
    this.forward = new LstmDirection(k, this.inputSize, shape.hidden, false, shape.maxLength, this.stateSize, training);
    this.backward = new LstmDirection(k, this.inputSize, shape.hidden, true, shape.maxLength, this.stateSize, training);
    const layer = (classes: number): SoftmaxLayer => ({
      weights: k.allocate(classes * this.stateSize),
      bias: k.allocate(classes),
      weightGradient: training ? k.allocate(classes * this.stateSize) : -1,
      biasGradient: training ? k.allocate(classes) : -1,
      classes,
      quantised: null,
    });
    this.upos = layer(shape.upos);
    this.xpos = layer(shape.xpos);
    this.inputs = k.allocate(shape.maxLength * this.inputSize);
    this.states = k.allocate(shape.maxLength * this.stateSize);
    this.scores = k.allocate(Math.max(shape.upos, shape.xpos));
  }

  /**
   * Takes 16-bit copies of the recurrent and output weights for tagging: the
   * recurrence and the scores then run on integer dot products (src/neural/quantised.ts).
   * Call once the weights are final.
   */
  quantise(): void {
    this.forward.quantise();
    this.backward.quantise();
    for (const layer of [this.upos, this.xpos]) layer.quantised = new QuantisedMatrix(this.kernels, layer.weights, layer.classes, this.stateSize);
    this.statesQuantised = this.kernels.allocate(Math.ceil((this.shape.maxLength * this.stateSize) / 2)) * 2;
  }

  /** Runs both directions over `count` tokens whose gate inputs are set. */
  recur(count: number): void {
    const quantised = this.statesQuantised;
    this.forward.recur(count, this.states, quantised);
    this.backward.recur(count, this.states + this.shape.hidden, quantised < 0 ? -1 : quantised + this.shape.hidden);
  }

  /** Dense weight blocks as [address, gradient address, length]. */
  parameters(): Array<[number, number, number]> {
    const blocks = [...this.forward.parameters(), ...this.backward.parameters()];
    for (const layer of [this.upos, this.xpos]) {
      blocks.push([layer.weights, layer.weightGradient, layer.classes * this.stateSize], [layer.bias, layer.biasGradient, layer.classes]);
    }
    return blocks;
  }

  /** Writes token t's input row: its GloVe vector (or zeros, for row -1) and the sum of its feature rows. */
  fillInput(t: number, featureRows: Int32Array, at: number, gloveRow: number): void {
    const { gloveDimensions, embedding } = this.shape;
    fillWordInput(this.kernels.heap, this.inputs + t * this.inputSize, this.glove, gloveRow, gloveDimensions, this.features, embedding, featureRows, at);
  }

  /** Scores of token t's state under `layer`, into `this.scores`: from the 16-bit states once quantised. */
  score(layer: SoftmaxLayer, t: number): void {
    if (layer.quantised === null) return this.scoreRow(layer, this.states + t * this.stateSize);
    this.kernels.heap.copyWithin(this.scores, layer.bias, layer.bias + layer.classes);
    layer.quantised.multiplyAdd(this.statesQuantised + t * this.stateSize, this.scores);
  }

  /** Scores of the float state row at `state` under `layer` (training reads its dropped-out copy). */
  scoreRow(layer: SoftmaxLayer, state: number): void {
    const k = this.kernels;
    k.heap.copyWithin(this.scores, layer.bias, layer.bias + layer.classes);
    k.matvecAdd(layer.weights, state, this.scores, layer.classes, this.stateSize);
  }
}
