// The neural parser's BiLSTM layers at parsing speed. Layer 1's gate inputs split into
// a word's part (its GloVe vector and feature embeddings times their weights, cached
// per form, as the tagger does) and its two tags' parts (one precomputed vector per tag
// row), so a token usually costs two additions before the recurrence. The recurrences
// and layer 2's input product run on 16-bit weights and states (src/neural/quantised.ts),
// and so do the arc and label layers over the top states; the root's rows are constant,
// so they are computed once.

import { VectorCache } from '../linear/vector-cache.js';
import type { LstmDirection } from '../neural/lstm.js';
import { QuantisedMatrix } from '../neural/quantised.js';
import type { DenseLayer, ParserNetwork } from './neural-network.js';

export class QuantisedEncoder {
  private readonly wordWidth: number;
  /** Per layer-1 direction: its input weights over the word's columns only (4H x wordWidth). */
  private readonly wordWeights: number[];
  /** Per layer-1 direction: each tag row's share of the gate inputs (tag rows x 4H). */
  private readonly tagGates: Float32Array[];
  /** Per layer-2 direction: its input weights, 16-bit. */
  private readonly middleWeights: QuantisedMatrix[];
  /** Both layers' states as 16-bit values (int16 indices, maxLength x stateSize each). */
  private readonly states16: number[];
  private readonly cache: VectorCache;
  /** The arc and label layers over the top states, 16-bit, in the order of `project`. */
  private readonly topLayers: Array<{ matrix: QuantisedMatrix; layer: DenseLayer; output: number; stride: number; relu: boolean; offset: number }>;
  /** The root's arc and label head rows. */
  private readonly rootHead: Float32Array;
  private readonly rootLabelHead: Float32Array;

  constructor(private readonly network: ParserNetwork, cachedWords: number) {
    const { shape, kernels: k } = network;
    const H = shape.hidden;
    const G = 4 * H;
    this.wordWidth = shape.gloveDimensions + shape.embedding;
    const tagRows = shape.upos + shape.xpos + 2;
    const T = shape.tagEmbedding;
    const [first, second] = network.layers as [readonly [LstmDirection, LstmDirection], readonly [LstmDirection, LstmDirection]];
    this.wordWeights = first.map((direction) => {
      const at = k.allocate(G * this.wordWidth);
      const heap = k.heap;
      for (let r = 0; r < G; r++) {
        const from = direction.inputWeights + r * direction.inputSize;
        heap.copyWithin(at + r * this.wordWidth, from, from + this.wordWidth);
      }
      return at;
    });
    this.tagGates = first.map((direction) => {
      const heap = k.heap;
      const gates = new Float32Array(tagRows * G);
      for (let row = 0; row < tagRows; row++) {
        // UPOS rows, and the unknown UPOS row, feed the first tag columns; XPOS rows the second.
        const isUpos = row < shape.upos || row === shape.upos + shape.xpos;
        const column = this.wordWidth + (isUpos ? 0 : T);
        for (let r = 0; r < G; r++) {
          let sum = 0;
          for (let d = 0; d < T; d++) sum += heap[direction.inputWeights + r * direction.inputSize + column + d]! * network.tags[row * T + d]!;
          gates[row * G + r] = sum;
        }
      }
      return gates;
    });
    for (const direction of [...first, ...second]) direction.quantise();
    this.middleWeights = second.map((direction) => new QuantisedMatrix(k, direction.inputWeights, G, direction.inputSize));
    this.states16 = [0, 1].map(() => k.allocate(Math.ceil((shape.maxLength * network.stateSize) / 2)) * 2);
    this.cache = new VectorCache(2 * G, cachedWords);
    const S = network.stateSize;
    const { arc: A, label: L } = shape;
    this.topLayers = ([
      [network.arcHead, network.heads, A, true, 1],
      [network.arcDependent, network.dependents, A, true, 0],
      [network.labelHead, network.labelHeads, L, false, 1],
      [network.labelDependent, network.labelDependents, L, false, 0],
    ] as const).map(([layer, output, stride, relu, offset]) => ({ matrix: new QuantisedMatrix(k, layer.weights, layer.rows, S), layer, output, stride, relu, offset }));
    network.applyDense(network.arcHead, network.root, network.heads, 1, true);
    this.rootHead = k.heap.slice(network.heads, network.heads + A);
    network.applyDense(network.labelHead, network.root, network.labelHeads, 1, false);
    this.rootLabelHead = k.heap.slice(network.labelHeads, network.labelHeads + L);
  }

  /** The arc and label projections of the last encoded tokens (see ParserNetwork.project), from their 16-bit top states. */
  project(n: number): void {
    const { network } = this;
    const k = network.kernels;
    const heap = k.heap;
    const S = network.stateSize;
    const high = this.states16[1]!;
    heap.set(this.rootHead, network.heads);
    heap.set(this.rootLabelHead, network.labelHeads);
    for (const { matrix, layer, output, stride, relu, offset } of this.topLayers) {
      for (let t = 0; t < n; t++) {
        const out = output + (t + offset) * stride;
        heap.copyWithin(out, layer.bias, layer.bias + stride);
        matrix.multiplyAdd(high + t * S, out);
        if (relu) for (let i = out; i < out + stride; i++) if (heap[i]! < 0) heap[i] = 0;
      }
    }
  }

  /**
   * Runs both layers over `n` tokens (`project` then reads their top states). Token t's word
   * part comes from the cache under (keys[t], checks[t]), or else from its input row,
   * which `fillWord(t)` writes; tagRows[2t] and [2t + 1] are its UPOS and XPOS rows.
   */
  encode(n: number, keys: Uint32Array, checks: Uint32Array, tagRows: Int32Array, fillWord: (t: number) => void): void {
    const { network, cache } = this;
    const k = network.kernels;
    const H = network.shape.hidden;
    const G = 4 * H;
    const S = network.stateSize;
    const [first, second] = network.layers as [readonly [LstmDirection, LstmDirection], readonly [LstmDirection, LstmDirection]];
    cache.makeRoom(n);
    for (let t = 0; t < n; t++) {
      const hit = cache.find(keys[t]!, checks[t]!);
      if (hit >= 0) {
        k.heap.set(cache.vectors.subarray(hit, hit + G), first[0].gateRow(t));
        k.heap.set(cache.vectors.subarray(hit + G, hit + 2 * G), first[1].gateRow(t));
      } else {
        fillWord(t);
        const input = network.inputs + t * network.inputSize;
        const slot = cache.claim(keys[t]!, checks[t]!);
        first.forEach((direction, d) => {
          const row = direction.gateRow(t);
          k.heap.copyWithin(row, direction.bias, direction.bias + G);
          k.matvecAdd(this.wordWeights[d]!, input, row, G, this.wordWidth);
          cache.vectors.set(k.heap.subarray(row, row + G), slot + d * G);
        });
      }
      const heap = k.heap;
      const upos = tagRows[2 * t]! * G;
      const xpos = tagRows[2 * t + 1]! * G;
      first.forEach((direction, d) => {
        const row = direction.gateRow(t);
        const tags = this.tagGates[d]!;
        for (let g = 0; g < G; g++) heap[row + g]! += tags[upos + g]! + tags[xpos + g]!;
      });
    }
    const [states1, states2] = network.layerStates as [number, number];
    const [low, high] = this.states16 as [number, number];
    first[0].recur(n, states1, low);
    first[1].recur(n, states1 + H, low + H);
    second.forEach((direction, d) => {
      const heap = k.heap;
      for (let t = 0; t < n; t++) {
        const row = direction.gateRow(t);
        heap.copyWithin(row, direction.bias, direction.bias + G);
        this.middleWeights[d]!.multiplyAdd(low + t * S, row);
      }
    });
    second[0].recur(n, states2, high);
    second[1].recur(n, states2 + H, high + H);
  }
}
