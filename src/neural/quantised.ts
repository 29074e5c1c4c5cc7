// 16-bit copies of trained float weights for tagging (training keeps floats): a matrix
// row scaled so that its largest weight is 2047, inputs in [-1, 1] scaled to 4095.
// Sums of up to 256 such products fit in 32 bits (256 x 2047 x 4095 < 2^31), and the
// rounding (1/4094 of a row's largest weight) changes no measured tag.

import type { Kernels } from './kernels.js';

export const WEIGHT_LIMIT = 2047;
export const INPUT_LIMIT = 4095;

export class QuantisedMatrix {
  /** int16 index of the weights. */
  readonly weights: number;
  /** float index of the per-row factors (row scale times the input scale). */
  readonly scales: number;

  constructor(private readonly kernels: Kernels, source: number, readonly rows: number, readonly cols: number) {
    if (cols % 8 !== 0 || cols > 256) throw new Error(`quantised matrix: ${cols} columns (a multiple of 8 up to 256 is needed)`);
    this.weights = kernels.allocate(Math.ceil((rows * cols) / 2)) * 2;
    this.scales = kernels.allocate(rows);
    const { heap, heap16 } = kernels;
    for (let r = 0; r < rows; r++) {
      let largest = 0;
      for (let c = 0; c < cols; c++) largest = Math.max(largest, Math.abs(heap[source + r * cols + c]!));
      const scale = largest > 0 ? largest / WEIGHT_LIMIT : 1;
      heap[this.scales + r] = scale / INPUT_LIMIT;
      for (let c = 0; c < cols; c++) heap16[this.weights + r * cols + c] = Math.round(heap[source + r * cols + c]! / scale);
    }
  }

  /** y += W x, for x already quantised (int16 index `input`). */
  multiplyAdd(input: number, output: number): void {
    this.kernels.matvecI16Add(this.weights, input, output, this.rows, this.cols, this.scales);
  }
}
