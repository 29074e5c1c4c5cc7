// The neural parser's network (a graph-based parser after Dozat and Manning, 2017).
// Each word's input is its GloVe vector, the sum of its sparse feature embeddings
// (the tagger's, src/tagger/neural-features.ts) and embeddings of its predicted UPOS
// and XPOS. Two BiLSTM layers read the sentence. A biaffine product of two small ReLU
// layers over the top states scores every (dependent, head) pair, the root being a
// learned state of its own; a ReLU layer over the sum of a dependent's and its head's
// projections, then a softmax, scores the relation. The same object serves training
// (with gradients and dropout buffers) and parsing.

import { Kernels } from '../neural/kernels.js';
import { kernelModule } from '../neural/kernels-binary.js';
import { LstmDirection } from '../neural/lstm.js';
import type { DenseBlock } from '../neural/adam.js';
import type { Int8Rows } from '../neural/tensor-file.js';
import { fillWordInput } from '../tagger/neural-features.js';

export interface ParserShape {
  readonly featureRows: number;
  /** Width of the feature embeddings. */
  readonly embedding: number;
  readonly gloveRows: number;
  readonly gloveDimensions: number;
  /** Width of each tag embedding; rows: UPOS tags, then XPOS tags, then one for an unknown tag of each. */
  readonly tagEmbedding: number;
  readonly upos: number;
  readonly xpos: number;
  /** Units per direction of each BiLSTM layer. */
  readonly hidden: number;
  /** Width of the arc (biaffine) and label layers. */
  readonly arc: number;
  readonly label: number;
  readonly relations: number;
  /** Longest sentence parsed; longer ones are refused by the caller. */
  readonly maxLength: number;
}

/** A dense layer y = W x + b on the heap, with its gradients when training. */
export interface DenseLayer {
  readonly weights: number;
  readonly bias: number;
  readonly weightGradient: number;
  readonly biasGradient: number;
  readonly rows: number;
  readonly cols: number;
}

export class ParserNetwork {
  readonly kernels: Kernels;
  readonly inputSize: number;
  readonly stateSize: number;
  /** Feature embeddings (featureRows x embedding), outside the heap: read a row at a time. */
  readonly features: Float32Array;
  /** Tag embeddings: UPOS rows, XPOS rows, then the unknown UPOS and unknown XPOS rows. */
  readonly tags: Float32Array;
  /** The neural tagger's GloVe table, shared. */
  readonly glove: Int8Rows;
  readonly layers: ReadonlyArray<readonly [LstmDirection, LstmDirection]>;
  /** The root's state, standing as head row 0. */
  readonly root: number;
  readonly rootGradient: number;
  readonly arcDependent: DenseLayer;
  readonly arcHead: DenseLayer;
  /** The biaffine matrix (arc x arc) and the head's own score vector (arc). */
  readonly biaffine: DenseLayer;
  readonly labelDependent: DenseLayer;
  readonly labelHead: DenseLayer;
  readonly labelOutput: DenseLayer;
  /** Per token: the input (maxLength x inputSize), each layer's states, and the states the MLPs read. */
  readonly inputs: number;
  readonly layerStates: readonly number[];
  /** Layer 2's input in training: layer 1's states after dropout (parsing reads the states themselves). */
  readonly middle: number;
  /** Head rows: the root, then each token's top state (after dropout when training); (maxLength + 1) x stateSize. */
  readonly top: number;
  readonly dependents: number; // maxLength x arc
  readonly heads: number; // (maxLength + 1) x arc
  readonly labelDependents: number; // maxLength x label
  readonly labelHeads: number; // (maxLength + 1) x label
  readonly query: number; // arc
  /** Arc scores: row i (dependent i), column j (head j, 0 the root), maxLength x (maxLength + 1). */
  readonly arcScores: number;
  readonly labelHidden: number; // label
  readonly labelScores: number; // relations

  constructor(readonly shape: ParserShape, glove: Int8Rows, training: boolean) {
    this.kernels = new Kernels(kernelModule());
    const k = this.kernels;
    const { hidden: H, maxLength } = shape;
    this.inputSize = shape.gloveDimensions + shape.embedding + 2 * shape.tagEmbedding;
    this.stateSize = 2 * H;
    if (this.inputSize % 4 !== 0 || H % 4 !== 0 || shape.arc % 4 !== 0 || shape.label % 4 !== 0) {
      throw new Error('neural parser: the input, hidden, arc and label sizes must be multiples of 4');
    }
    this.features = new Float32Array(shape.featureRows * shape.embedding);
    this.tags = new Float32Array((shape.upos + shape.xpos + 2) * shape.tagEmbedding);
    this.glove = glove;
    const S = this.stateSize;
    this.layers = [this.inputSize, S].map((inputSize) => [
      new LstmDirection(k, inputSize, H, false, maxLength, S, training),
      new LstmDirection(k, inputSize, H, true, maxLength, S, training),
    ] as const);
    this.root = k.allocate(S);
    this.rootGradient = training ? k.allocate(S) : -1;
    const dense = (rows: number, cols: number): DenseLayer => ({
      weights: k.allocate(rows * cols),
      bias: k.allocate(rows),
      weightGradient: training ? k.allocate(rows * cols) : -1,
      biasGradient: training ? k.allocate(rows) : -1,
      rows,
      cols,
    });
    this.arcDependent = dense(shape.arc, S);
    this.arcHead = dense(shape.arc, S);
    this.biaffine = dense(shape.arc, shape.arc);
    this.labelDependent = dense(shape.label, S);
    this.labelHead = dense(shape.label, S);
    this.labelOutput = dense(shape.relations, shape.label);
    this.inputs = k.allocate(maxLength * this.inputSize);
    this.layerStates = [k.allocate(maxLength * S), k.allocate(maxLength * S)];
    this.middle = k.allocate(maxLength * S);
    this.top = k.allocate((maxLength + 1) * S);
    this.dependents = k.allocate(maxLength * shape.arc);
    this.heads = k.allocate((maxLength + 1) * shape.arc);
    this.labelDependents = k.allocate(maxLength * shape.label);
    this.labelHeads = k.allocate((maxLength + 1) * shape.label);
    this.query = k.allocate(shape.arc);
    this.arcScores = k.allocate(maxLength * (maxLength + 1));
    this.labelHidden = k.allocate(shape.label);
    this.labelScores = k.allocate(shape.relations);
  }

  /** Dense weight blocks with their gradients, for the optimiser. */
  parameters(): DenseBlock[] {
    const blocks: DenseBlock[] = [];
    for (const directions of this.layers) {
      for (const direction of directions) for (const [weights, gradient, length] of direction.parameters()) blocks.push({ weights, gradient, length });
    }
    blocks.push({ weights: this.root, gradient: this.rootGradient, length: this.stateSize });
    for (const layer of this.denseLayers()) {
      blocks.push({ weights: layer.weights, gradient: layer.weightGradient, length: layer.rows * layer.cols });
      blocks.push({ weights: layer.bias, gradient: layer.biasGradient, length: layer.rows });
    }
    return blocks;
  }

  denseLayers(): DenseLayer[] {
    return [this.arcDependent, this.arcHead, this.biaffine, this.labelDependent, this.labelHead, this.labelOutput];
  }

  /**
   * Writes token t's input row: its GloVe vector (zeros for row -1), the sum of its
   * feature rows (FEATURES_PER_TOKEN at `featureRows[at..]`, -1 skipped) and its two tag rows.
   */
  fillInput(t: number, featureRows: Int32Array, at: number, gloveRow: number, uposRow: number, xposRow: number): void {
    const heap = this.kernels.heap;
    const { gloveDimensions: G, embedding: E, tagEmbedding: T } = this.shape;
    const row = this.inputs + t * this.inputSize;
    fillWordInput(heap, row, this.glove, gloveRow, G, this.features, E, featureRows, at);
    const tags = row + G + E;
    for (let d = 0; d < T; d++) heap[tags + d] = this.tags[uposRow * T + d]!;
    for (let d = 0; d < T; d++) heap[tags + T + d] = this.tags[xposRow * T + d]!;
  }

  /** Runs layer `layer`'s two directions over `count` rows of `input`, into its states. */
  runLayer(layer: number, input: number, count: number): void {
    const [forward, backward] = this.layers[layer]!;
    const states = this.layerStates[layer]!;
    forward.forward(input, count, states);
    backward.forward(input, count, states + this.shape.hidden);
  }

  /** Copies the top layer's states under the root's row, as parsing reads them (training applies dropout instead). */
  setTop(count: number): void {
    const S = this.stateSize;
    const heap = this.kernels.heap;
    heap.copyWithin(this.top, this.root, this.root + S);
    heap.copyWithin(this.top + S, this.layerStates[1]!, this.layerStates[1]! + count * S);
  }

  /** y = relu(W x + b) for each of `count` rows of `from`, into rows of `to`; `relu: false` leaves it linear. */
  applyDense(layer: DenseLayer, from: number, to: number, count: number, relu: boolean): void {
    const k = this.kernels;
    const heap = k.heap;
    for (let r = 0; r < count; r++) {
      const out = to + r * layer.rows;
      heap.copyWithin(out, layer.bias, layer.bias + layer.rows);
      k.matvecAdd(layer.weights, from + r * layer.cols, out, layer.rows, layer.cols);
      if (relu) for (let i = out; i < out + layer.rows; i++) if (heap[i]! < 0) heap[i] = 0;
    }
  }

  /**
   * The arc and label layers' projections of the `top` rows: ReLU arc representations
   * of every head row (the root's included) and dependent, and the label layers' linear
   * projections (the parser's 16-bit path computes the same in ./neural-encoder.ts).
   */
  project(count: number): void {
    const S = this.stateSize;
    this.applyDense(this.arcHead, this.top, this.heads, count + 1, true);
    this.applyDense(this.arcDependent, this.top + S, this.dependents, count, true);
    this.applyDense(this.labelDependent, this.top + S, this.labelDependents, count, false);
    this.applyDense(this.labelHead, this.top, this.labelHeads, count + 1, false);
  }

  /** Arc scores of `count` tokens: row i of `arcScores` holds, for each head j in 0..count (0 the root), d_i . (U h_j) + u . h_j. */
  scoreArcs(count: number): void {
    for (let i = 0; i < count; i++) this.scoreDependent(i, count);
  }

  /** Row i of the arc scores: the query U^T d_i + u against every head row. */
  scoreDependent(i: number, count: number): void {
    const k = this.kernels;
    const A = this.shape.arc;
    const heap = k.heap;
    heap.copyWithin(this.query, this.biaffine.bias, this.biaffine.bias + A);
    k.mattvecAdd(this.biaffine.weights, this.dependents + i * A, this.query, A, A);
    const row = this.arcScores + i * (this.shape.maxLength + 1);
    heap.fill(0, row, row + count + 1);
    k.matvecAdd(this.heads, this.query, row, count + 1, A);
  }

  /** Relation scores of dependent i under head row h (0 the root), into `labelScores`; leaves the hidden layer in `labelHidden`. */
  scoreLabels(i: number, h: number): void {
    const k = this.kernels;
    const heap = k.heap;
    const L = this.shape.label;
    const dependent = this.labelDependents + i * L;
    const head = this.labelHeads + h * L;
    for (let d = 0; d < L; d++) {
      const value = heap[dependent + d]! + heap[head + d]!;
      heap[this.labelHidden + d] = value > 0 ? value : 0;
    }
    const out = this.labelOutput;
    heap.copyWithin(this.labelScores, out.bias, out.bias + out.rows);
    k.matvecAdd(out.weights, this.labelHidden, this.labelScores, out.rows, L);
  }
}
