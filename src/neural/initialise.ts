// Starting weights for training.

/** Fills a rows x cols block at `at` with Glorot-uniform values, drawn from `random` in row order. */
export function glorotUniform(heap: Float32Array, at: number, rows: number, cols: number, random: () => number): void {
  const bound = Math.sqrt(6 / (rows + cols));
  for (let i = 0; i < rows * cols; i++) heap[at + i] = (random() * 2 - 1) * bound;
}
