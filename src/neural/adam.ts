// Adam over a network's weights: dense blocks on the Kernels heap (every weight updated
// each step) and embedding tables outside it (only the rows a batch touched, which
// keeps a step cheap when the table has tens of thousands of rows). The gradient norm of
// the dense blocks is clipped, and a running average of all weights is kept, which is
// what gets scored and shipped (`swapAverage`).

export interface AdamOptions {
  readonly learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  /** The dense gradient's norm is scaled down to this when larger. */
  readonly clipNorm: number;
  /** Each step moves the running average this share of the way to the current weights (1: no average). */
  readonly averageRate: number;
}

/** A dense block: weights and gradient are float indices into `heap`. */
export interface DenseBlock {
  readonly weights: number;
  readonly gradient: number;
  readonly length: number;
}

/** An embedding table of rows x width floats, with a gradient of the same shape. */
export interface RowTable {
  readonly values: Float32Array;
  readonly gradient: Float32Array;
  readonly width: number;
}

export class Adam {
  learningRate: number;
  private steps = 0;
  private readonly denseMoments: Array<[Float32Array, Float32Array]>;
  private readonly tableMoments: Array<[Float32Array, Float32Array]>;
  private readonly touched: Uint8Array[];
  private readonly touchedRows: number[][];
  private readonly denseAverages: Float32Array[];
  private readonly tableAverages: Float32Array[];

  constructor(
    private readonly heap: () => Float32Array,
    private readonly dense: readonly DenseBlock[],
    private readonly tables: readonly RowTable[],
    private readonly options: AdamOptions,
  ) {
    this.learningRate = options.learningRate;
    this.denseMoments = dense.map((block) => [new Float32Array(block.length), new Float32Array(block.length)]);
    this.tableMoments = tables.map((table) => [new Float32Array(table.values.length), new Float32Array(table.values.length)]);
    this.touched = tables.map((table) => new Uint8Array(table.values.length / table.width));
    this.touchedRows = tables.map(() => []);
    const values = heap();
    this.denseAverages = dense.map((block) => values.slice(block.weights, block.weights + block.length));
    this.tableAverages = tables.map((table) => table.values.slice());
  }

  /** Marks row `row` of table `table` as having a gradient this step. */
  touch(table: number, row: number): void {
    const marks = this.touched[table]!;
    if (marks[row] === 1) return;
    marks[row] = 1;
    this.touchedRows[table]!.push(row);
  }

  /** One step over the gradients gathered since the last, which it then clears. */
  step(): void {
    const heap = this.heap();
    const { beta1, beta2, clipNorm, averageRate } = this.options;
    this.steps++;
    const correction1 = 1 - beta1 ** this.steps;
    const correction2 = 1 - beta2 ** this.steps;
    const rate = this.learningRate;
    let norm = 0;
    for (const { gradient, length } of this.dense) for (let i = 0; i < length; i++) norm += heap[gradient + i]! ** 2;
    const clip = Math.sqrt(norm) > clipNorm ? clipNorm / Math.sqrt(norm) : 1;
    const update = (values: Float32Array, at: number, gradient: number, m: Float32Array, v: Float32Array, i: number): void => {
      m[i] = beta1 * m[i]! + (1 - beta1) * gradient;
      v[i] = beta2 * v[i]! + (1 - beta2) * gradient * gradient;
      values[at]! -= (rate * (m[i]! / correction1)) / (Math.sqrt(v[i]! / correction2) + 1e-8);
    };
    this.dense.forEach(({ weights, gradient, length }, block) => {
      const [m, v] = this.denseMoments[block]!;
      for (let i = 0; i < length; i++) {
        update(heap, weights + i, heap[gradient + i]! * clip, m, v, i);
        heap[gradient + i] = 0;
      }
    });
    this.tables.forEach((table, index) => {
      const [m, v] = this.tableMoments[index]!;
      const { width, values, gradient } = table;
      for (const row of this.touchedRows[index]!) {
        for (let i = row * width; i < (row + 1) * width; i++) {
          update(values, i, gradient[i]!, m, v, i);
          gradient[i] = 0;
        }
        this.touched[index]![row] = 0;
      }
      this.touchedRows[index]!.length = 0;
    });
    if (averageRate >= 1) return;
    this.dense.forEach(({ weights, length }, block) => {
      const average = this.denseAverages[block]!;
      for (let i = 0; i < length; i++) average[i]! += averageRate * (heap[weights + i]! - average[i]!);
    });
    this.tables.forEach((table, index) => {
      const average = this.tableAverages[index]!;
      for (let i = 0; i < average.length; i++) average[i]! += averageRate * (table.values[i]! - average[i]!);
    });
  }

  /** Exchanges the current weights with their running average (twice restores them). */
  swapAverage(): void {
    const heap = this.heap();
    const swap = (values: Float32Array, at: number, average: Float32Array): void => {
      for (let i = 0; i < average.length; i++) {
        const kept = values[at + i]!;
        values[at + i] = average[i]!;
        average[i] = kept;
      }
    };
    this.dense.forEach(({ weights }, block) => swap(heap, weights, this.denseAverages[block]!));
    this.tables.forEach((table, index) => swap(table.values, 0, this.tableAverages[index]!));
  }
}
