// One direction of an LSTM layer over a sentence, forward and backward (for training),
// on the Kernels heap. States are kept per token, in token order, so that the reversed
// direction reads the same buffers; gate rows hold activations (i, f, g, o) once a step
// is done. Hidden states are written into rows of `stride` floats, so that the two
// directions of a BiLSTM fill the two halves of one row without a copy.

import type { Kernels } from './kernels.js';
import { glorotUniform } from './initialise.js';
import { QuantisedMatrix } from './quantised.js';

export class LstmDirection {
  readonly inputWeights: number; // 4H x D
  readonly recurrentWeights: number; // 4H x H
  readonly bias: number; // 4H
  readonly inputGradient: number;
  readonly recurrentGradient: number;
  readonly biasGradient: number;
  private readonly gates: number; // maxLength x 4H
  private readonly cells: number; // maxLength x H
  private readonly tanhCells: number; // maxLength x H
  private readonly gateGradient: number; // 4H
  private readonly hiddenNext: number; // H
  private readonly cellNext: Float32Array;
  /** 16-bit recurrent weights, once `quantise` has run (tagging only). */
  private quantisedRecurrent: QuantisedMatrix | null = null;

  constructor(
    private readonly kernels: Kernels,
    readonly inputSize: number,
    readonly hiddenSize: number,
    readonly reverse: boolean,
    readonly maxLength: number,
    readonly stride: number,
    withGradients: boolean,
  ) {
    const gateRows = 4 * hiddenSize;
    this.inputWeights = kernels.allocate(gateRows * inputSize);
    this.recurrentWeights = kernels.allocate(gateRows * hiddenSize);
    this.bias = kernels.allocate(gateRows);
    this.inputGradient = withGradients ? kernels.allocate(gateRows * inputSize) : -1;
    this.recurrentGradient = withGradients ? kernels.allocate(gateRows * hiddenSize) : -1;
    this.biasGradient = withGradients ? kernels.allocate(gateRows) : -1;
    this.gates = kernels.allocate(maxLength * gateRows);
    this.cells = kernels.allocate(maxLength * hiddenSize);
    this.tanhCells = kernels.allocate(maxLength * hiddenSize);
    this.gateGradient = kernels.allocate(gateRows);
    this.hiddenNext = kernels.allocate(hiddenSize);
    this.cellNext = new Float32Array(hiddenSize);
  }

  /** Starting weights for training: Glorot-uniform input and recurrent weights, forget gates open (bias 1). */
  initialise(random: () => number): void {
    const H = this.hiddenSize;
    const heap = this.kernels.heap;
    glorotUniform(heap, this.inputWeights, 4 * H, this.inputSize, random);
    glorotUniform(heap, this.recurrentWeights, 4 * H, H, random);
    heap.fill(1, this.bias + H, this.bias + 2 * H);
  }

  /** Weight blocks as [address, gradient address, length]. */
  parameters(): Array<[number, number, number]> {
    const gateRows = 4 * this.hiddenSize;
    return [
      [this.inputWeights, this.inputGradient, gateRows * this.inputSize],
      [this.recurrentWeights, this.recurrentGradient, gateRows * this.hiddenSize],
      [this.bias, this.biasGradient, gateRows],
    ];
  }

  /** Where token t's 4H gate inputs go; `project` fills them, or a cache does. */
  gateRow(t: number): number {
    return this.gates + t * 4 * this.hiddenSize;
  }

  /** Sets token t's gate inputs to bias + W x, for x at `input` (inputSize floats). */
  projectToken(input: number, t: number): void {
    const G = 4 * this.hiddenSize;
    const row = this.gateRow(t);
    this.kernels.heap.copyWithin(row, this.bias, this.bias + G);
    this.kernels.matvecAdd(this.inputWeights, input, row, G, this.inputSize);
  }

  /** Takes 16-bit copies of the trained recurrent weights, which `recur` then reads when given a 16-bit output. */
  quantise(): void {
    this.quantisedRecurrent = new QuantisedMatrix(this.kernels, this.recurrentWeights, 4 * this.hiddenSize, this.hiddenSize);
  }

  /**
   * Runs the recurrence over `count` tokens whose gate inputs are set, writing hidden
   * states to rows of `output`. With `quantisedOutput` (an int16 index, rows of the same
   * stride) after `quantise`, it also writes them there as 16-bit values and reads the
   * previous state from there: the fast path of tagging.
   */
  recur(count: number, output: number, quantisedOutput = -1): void {
    const k = this.kernels;
    const quantised = quantisedOutput >= 0 ? this.quantisedRecurrent : null;
    if (quantisedOutput >= 0 && quantised === null) throw new Error('LSTM: recur with 16-bit states before quantise()');
    const H = this.hiddenSize;
    const G = 4 * H;
    const stride = this.stride;
    let previous = -1;
    for (let step = 0; step < count; step++) {
      const t = this.reverse ? count - 1 - step : step;
      const gates = this.gates + t * G;
      if (previous >= 0) {
        if (quantised !== null) quantised.multiplyAdd(quantisedOutput + previous * stride, gates);
        else k.matvecAdd(this.recurrentWeights, output + previous * stride, gates, G, H);
      }
      k.lstmStep(gates, previous >= 0 ? this.cells + previous * H : -1, this.cells + t * H, this.tanhCells + t * H, output + t * stride,
        quantised !== null ? quantisedOutput + t * stride : -1, H);
      previous = t;
    }
  }

  /** Reads `count` inputs (rows of inputSize at `input`) and writes their hidden states. */
  forward(input: number, count: number, output: number): void {
    for (let t = 0; t < count; t++) this.projectToken(input + t * this.inputSize, t);
    this.recur(count, output);
  }

  /**
   * Back-propagates the gradients of the hidden states (rows of `stride` at
   * `outputGradient`) through the last forward pass: adds the weight gradients, and
   * the input gradients into rows of inputSize at `inputGradientOut` unless it is -1.
   */
  backward(input: number, count: number, output: number, outputGradient: number, inputGradientOut: number): void {
    const k = this.kernels;
    const H = this.hiddenSize;
    const G = 4 * H;
    const D = this.inputSize;
    const stride = this.stride;
    const heap = k.heap;
    heap.fill(0, this.hiddenNext, this.hiddenNext + H);
    this.cellNext.fill(0);
    const dGates = this.gateGradient;
    for (let step = count - 1; step >= 0; step--) {
      const t = this.reverse ? count - 1 - step : step;
      const previous = step > 0 ? (this.reverse ? t + 1 : t - 1) : -1;
      const gates = this.gates + t * G;
      const tanhCell = this.tanhCells + t * H;
      const previousCell = this.cells + previous * H;
      for (let j = 0; j < H; j++) {
        const dh = heap[outputGradient + t * stride + j]! + heap[this.hiddenNext + j]!;
        const i = heap[gates + j]!;
        const f = heap[gates + H + j]!;
        const g = heap[gates + 2 * H + j]!;
        const o = heap[gates + 3 * H + j]!;
        const tc = heap[tanhCell + j]!;
        const dc = dh * o * (1 - tc * tc) + this.cellNext[j]!;
        const cPrevious = previous >= 0 ? heap[previousCell + j]! : 0;
        heap[dGates + j] = dc * g * i * (1 - i);
        heap[dGates + H + j] = dc * cPrevious * f * (1 - f);
        heap[dGates + 2 * H + j] = dc * i * (1 - g * g);
        heap[dGates + 3 * H + j] = dh * tc * o * (1 - o);
        this.cellNext[j] = dc * f;
      }
      heap.fill(0, this.hiddenNext, this.hiddenNext + H);
      if (previous >= 0) {
        k.mattvecAdd(this.recurrentWeights, dGates, this.hiddenNext, G, H);
        k.outerAdd(this.recurrentGradient, dGates, output + previous * stride, G, H);
      }
      for (let j = 0; j < G; j++) heap[this.biasGradient + j]! += heap[dGates + j]!;
      k.outerAdd(this.inputGradient, dGates, input + t * D, G, D);
      if (inputGradientOut >= 0) k.mattvecAdd(this.inputWeights, dGates, inputGradientOut + t * D, G, D);
    }
  }
}
