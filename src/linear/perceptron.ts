// Averaged perceptron training (Collins 2002) with the averaging trick of Daumé
// (2006): keep the weights w and u = sum of (step * update); the average is
// w - u / step. No per-step bookkeeping over all weights is needed.

import { LinearModel } from './model.js';

export interface PruneOptions {
  /** Averaged weights with a smaller magnitude are dropped: they rarely change a decision. */
  readonly minWeight: number;
}

export class PerceptronTrainer {
  readonly classes: number;
  private readonly rowOfKey = new Map<number, number>();
  private keys = new Uint32Array(1024);
  private weights: Float32Array;
  private sums: Float32Array;
  private rows = 0;
  /** Instances seen so far, counted from 1 so that the first updates weigh in the average. */
  private step = 1;

  constructor(classes: number) {
    if (classes > 256) throw new Error(`perceptron: ${classes} classes, at most 256 are supported`);
    this.classes = classes;
    this.weights = new Float32Array(1024 * classes);
    this.sums = new Float32Array(1024 * classes);
  }

  get featureCount(): number {
    return this.rows;
  }

  /** Adds the current (not averaged) weights of the features to `scores`. */
  addScores(features: Uint32Array, count: number, scores: Float32Array): void {
    const classes = this.classes;
    for (let i = 0; i < count; i++) {
      const row = this.rowOfKey.get(features[i]!);
      if (row === undefined) continue;
      const base = row * classes;
      for (let cls = 0; cls < classes; cls++) scores[cls]! += this.weights[base + cls]!;
    }
  }

  /** Moves weight from `predicted` to `gold` on every feature. */
  update(features: Uint32Array, count: number, gold: number, predicted: number, amount = 1): void {
    if (gold === predicted) return;
    const classes = this.classes;
    const step = this.step;
    for (let i = 0; i < count; i++) {
      const base = this.rowFor(features[i]!) * classes;
      this.weights[base + gold]! += amount;
      this.sums[base + gold]! += amount * step;
      if (predicted >= 0) {
        this.weights[base + predicted]! -= amount;
        this.sums[base + predicted]! -= amount * step;
      }
    }
  }

  /** Marks the end of one training instance. */
  tick(): void {
    this.step++;
  }

  /** The averaged, pruned model. */
  toModel(options: PruneOptions): LinearModel {
    const classes = this.classes;
    const keys: number[] = [];
    const offsets: number[] = [0];
    const classIds: number[] = [];
    const averaged: number[] = [];
    for (let row = 0; row < this.rows; row++) {
      const base = row * classes;
      for (let cls = 0; cls < classes; cls++) {
        const weight = this.weights[base + cls]! - this.sums[base + cls]! / this.step;
        if (Math.abs(weight) < options.minWeight) continue;
        classIds.push(cls);
        averaged.push(weight);
      }
      if (classIds.length > offsets[offsets.length - 1]!) {
        keys.push(this.keys[row]!);
        offsets.push(classIds.length);
      }
    }
    return new LinearModel({
      classes,
      keys: Uint32Array.from(keys),
      offsets: Uint32Array.from(offsets),
      classIds: Uint8Array.from(classIds),
      weights: Float32Array.from(averaged),
    });
  }

  private rowFor(key: number): number {
    const existing = this.rowOfKey.get(key);
    if (existing !== undefined) return existing;
    const row = this.rows++;
    if (row >= this.keys.length) this.grow();
    this.keys[row] = key;
    this.rowOfKey.set(key, row);
    return row;
  }

  private grow(): void {
    const capacity = this.keys.length * 2;
    const keys = new Uint32Array(capacity);
    keys.set(this.keys);
    this.keys = keys;
    const weights = new Float32Array(capacity * this.classes);
    weights.set(this.weights);
    this.weights = weights;
    const sums = new Float32Array(capacity * this.classes);
    sums.set(this.sums);
    this.sums = sums;
  }
}
