import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLinearModel, encodeLinearModel } from '../../src/linear/codec.js';
import { featureKey } from '../../src/linear/hash.js';
import { PerceptronTrainer } from '../../src/linear/perceptron.js';

function trainXor(): PerceptronTrainer {
  // Two features decide the class; the bias alone cannot.
  const trainer = new PerceptronTrainer(3);
  const scores = new Float32Array(3);
  const features = new Uint32Array(2);
  for (let epoch = 0; epoch < 20; epoch++) {
    for (const [a, gold] of [[1, 0], [2, 1], [3, 2], [1, 0]] as const) {
      features[0] = featureKey(1, a);
      features[1] = featureKey(2, 0);
      scores.fill(0);
      trainer.addScores(features, 2, scores);
      let best = 0;
      for (let c = 1; c < 3; c++) if (scores[c]! > scores[best]!) best = c;
      trainer.update(features, 2, gold, best);
      trainer.tick();
    }
  }
  return trainer;
}

describe('linear models', () => {
  it('learns a separable problem and predicts it after a round trip through bytes', () => {
    const model = trainXor().toModel({ minWeight: 0 });
    const decoded = decodeLinearModel<{ labels: string[] }>(encodeLinearModel(model, { labels: ['a', 'b', 'c'] }), 'test');
    expect(decoded.meta.labels).toEqual(['a', 'b', 'c']);
    const scores = new Float32Array(3);
    for (const [a, gold] of [[1, 0], [2, 1], [3, 2]] as const) {
      const features = new Int32Array(Uint32Array.of(featureKey(1, a), featureKey(2, 0)).buffer);
      expect(decoded.model.predict(features, 2, scores)).toBe(gold);
    }
  });

  it('encodes the same model to the same bytes (training is deterministic)', () => {
    const first = encodeLinearModel(trainXor().toModel({ minWeight: 0 }), {});
    const second = encodeLinearModel(trainXor().toModel({ minWeight: 0 }), {});
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('refuses bytes that are not a model, or truncated', () => {
    const bytes = encodeLinearModel(trainXor().toModel({ minWeight: 0 }), {});
    expect(() => decodeLinearModel(new Uint8Array(16), 'm.bin')).toThrow(/m\.bin: not a newsgraph linear model/);
    expect(() => decodeLinearModel(bytes.subarray(0, bytes.length - 4), 'm.bin')).toThrow(/m\.bin: model file has/);
  });

  it('keeps weights within quantisation error', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 50 }), (weights) => {
        const trainer = new PerceptronTrainer(2);
        weights.forEach((weight, index) => trainer.update(Uint32Array.of(featureKey(9, index)), 1, 0, 1, weight || 1));
        const model = trainer.toModel({ minWeight: 0 });
        const decoded = decodeLinearModel(encodeLinearModel(model, {}), 'q').model;
        const largest = Math.max(...Array.from(model.parts.weights, Math.abs));
        decoded.parts.weights.forEach((weight, k) => expect(Math.abs(weight - model.parts.weights[k]!)).toBeLessThanOrEqual(largest / 32767 + 1e-6));
      }),
      { numRuns: 50 },
    );
  });
});
