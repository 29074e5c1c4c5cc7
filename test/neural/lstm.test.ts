import { describe, expect, it } from 'vitest';
import { Kernels } from '../../src/neural/kernels.js';
import { kernelModule } from '../../src/neural/kernels-binary.js';
import { LstmDirection } from '../../src/neural/lstm.js';

// Gradient check: the backward pass must give the derivatives that finite differences
// measure, for a loss that is a fixed weighted sum of the hidden states.
describe.each([false, true])('LSTM direction (reverse: %s)', (reverse) => {
  const D = 8;
  const H = 8;
  const n = 5;
  const stride = 16; // as in a BiLSTM row, the other half left alone

  function setUp() {
    const k = new Kernels(kernelModule());
    const lstm = new LstmDirection(k, D, H, reverse, n, stride, true);
    const input = k.allocate(n * D);
    const output = k.allocate(n * stride);
    const outputGradient = k.allocate(n * stride);
    const inputGradient = k.allocate(n * D);
    let state = 42;
    const next = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32 - 0.5;
    };
    for (const [at, , length] of lstm.parameters()) for (let i = 0; i < length; i++) k.heap[at + i] = next();
    for (let i = 0; i < n * D; i++) k.heap[input + i] = next();
    const lossWeights = Float64Array.from({ length: n * stride }, () => next());
    const loss = (): number => {
      lstm.forward(input, n, output);
      let sum = 0;
      for (let t = 0; t < n; t++) for (let j = 0; j < H; j++) sum += lossWeights[t * stride + j]! * k.heap[output + t * stride + j]!;
      return sum;
    };
    return { k, lstm, input, output, outputGradient, inputGradient, lossWeights, loss };
  }

  it('back-propagates the derivatives that finite differences measure', () => {
    const { k, lstm, input, output, outputGradient, inputGradient, lossWeights, loss } = setUp();
    loss();
    for (let i = 0; i < n * stride; i++) k.heap[outputGradient + i] = lossWeights[i]!;
    lstm.backward(input, n, output, outputGradient, inputGradient);
    const epsilon = 1e-2;
    const numeric = (at: number): number => {
      const kept = k.heap[at]!;
      k.heap[at] = kept + epsilon;
      const plus = loss();
      k.heap[at] = kept - epsilon;
      const minus = loss();
      k.heap[at] = kept;
      return (plus - minus) / (2 * epsilon);
    };
    for (const [weights, gradient, count] of lstm.parameters()) {
      for (let i = 0; i < count; i += 7) expect(k.heap[gradient + i]).toBeCloseTo(numeric(weights + i), 2);
    }
    for (let i = 0; i < n * D; i += 3) expect(k.heap[inputGradient + i]).toBeCloseTo(numeric(input + i), 2);
  });

  it('computes the LSTM equations, and with 16-bit weights and states nearly the same', () => {
    const { k, lstm, input, output } = setUp();
    lstm.forward(input, n, output);
    const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
    const [wx, wh, b] = lstm.parameters().map(([address]) => address);
    const heap = k.heap;
    let h = new Float64Array(H);
    let c = new Float64Array(H);
    for (let step = 0; step < n; step++) {
      const t = reverse ? n - 1 - step : step;
      const a = Float64Array.from({ length: 4 * H }, (_, r) => {
        let sum = heap[b! + r]!;
        for (let d = 0; d < D; d++) sum += heap[wx! + r * D + d]! * heap[input + t * D + d]!;
        for (let j = 0; j < H; j++) sum += heap[wh! + r * H + j]! * h[j]!;
        return sum;
      });
      c = c.map((cell, j) => sigmoid(a[H + j]!) * cell + sigmoid(a[j]!) * Math.tanh(a[2 * H + j]!));
      h = h.map((_, j) => sigmoid(a[3 * H + j]!) * Math.tanh(c[j]!));
      for (let j = 0; j < H; j++) expect(heap[output + t * stride + j]).toBeCloseTo(h[j]!, 5);
    }
    const floats = Array.from({ length: n * H }, (_, i) => heap[output + Math.floor(i / H) * stride + (i % H)]!);
    lstm.quantise();
    const states16 = k.allocate(n * stride) * 2;
    for (let t = 0; t < n; t++) lstm.projectToken(input + t * D, t);
    lstm.recur(n, output, states16);
    for (let i = 0; i < n * H; i++) {
      const at = Math.floor(i / H) * stride + (i % H);
      expect(Math.abs(k.heap[output + at]! - floats[i]!)).toBeLessThan(2e-3);
      expect(k.heap16[states16 + at]).toBe(Math.round(k.heap[output + at]! * 4095));
    }
  });

  it('reads the sentence in its direction: the first state it writes depends on one input', () => {
    const { k, lstm, input, output } = setUp();
    lstm.forward(input, n, output);
    const edge = reverse ? n - 1 : 0;
    const before = Array.from(k.heap.subarray(output + edge * stride, output + edge * stride + H));
    const other = reverse ? 0 : n - 1;
    k.heap[input + other * D] = k.heap[input + other * D]! + 1;
    lstm.forward(input, n, output);
    expect(Array.from(k.heap.subarray(output + edge * stride, output + edge * stride + H))).toEqual(before);
  });
});
