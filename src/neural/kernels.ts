// The dense kernels of kernels.wat, over one WebAssembly memory that holds every
// weight and buffer of a neural model. Addresses are float indices into that memory
// (`heap`), or int16 indices (`heap16`) for 16-bit data; blocks are 16-byte aligned so
// that SIMD loads stay aligned.

interface KernelExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  matvec_add(w: number, x: number, y: number, rows: number, cols: number): void;
  mattvec_add(w: number, dy: number, dx: number, rows: number, cols: number): void;
  outer_add(dw: number, dy: number, x: number, rows: number, cols: number): void;
  matvec_i16_add(w: number, x: number, y: number, rows: number, cols: number, scales: number): void;
  lstm_step(gates: number, previousCell: number, cell: number, tanhCell: number, hidden: number, hidden16: number, hiddenSize: number): void;
  sigmoid(x: number): number;
}

// The project's TypeScript libraries leave WebAssembly out; Node 20 and browsers have it.
const webAssembly = (globalThis as unknown as {
  WebAssembly: { Module: new (bytes: Uint8Array) => unknown; Instance: new (module: unknown) => { exports: unknown } };
}).WebAssembly;

const PAGE_BYTES = 65536;

export class Kernels {
  private readonly wasm: KernelExports;
  private used = 0;
  /** Every float of the model; re-read after `allocate`, which may replace it. */
  heap: Float32Array;
  /** The same memory as 16-bit integers (index = 2 x a float index). */
  heap16: Int16Array;

  constructor(moduleBytes: Uint8Array) {
    this.wasm = new webAssembly.Instance(new webAssembly.Module(moduleBytes)).exports as KernelExports;
    this.heap = new Float32Array(this.wasm.memory.buffer);
    this.heap16 = new Int16Array(this.wasm.memory.buffer);
  }

  /** A zeroed block of `count` floats; returns its index into `heap`. */
  allocate(count: number): number {
    const at = this.used;
    this.used += Math.ceil(count / 4) * 4;
    const neededBytes = this.used * 4;
    const haveBytes = this.wasm.memory.buffer.byteLength;
    if (neededBytes > haveBytes) {
      this.wasm.memory.grow(Math.ceil((neededBytes - haveBytes) / PAGE_BYTES));
      this.heap = new Float32Array(this.wasm.memory.buffer);
      this.heap16 = new Int16Array(this.wasm.memory.buffer);
    }
    return at;
  }

  /** y[r] += W[r,:] . x, for W of rows x cols at `w`. */
  matvecAdd(w: number, x: number, y: number, rows: number, cols: number): void {
    this.wasm.matvec_add(w * 4, x * 4, y * 4, rows, cols);
  }

  /** dx[c] += sum over r of W[r,c] * dy[r]. */
  mattvecAdd(w: number, dy: number, dx: number, rows: number, cols: number): void {
    this.wasm.mattvec_add(w * 4, dy * 4, dx * 4, rows, cols);
  }

  /** y[r] += scales[r] * (W[r,:] . x), for int16 W and x at int16 indices `w` and `x`; cols a multiple of 8. */
  matvecI16Add(w: number, x: number, y: number, rows: number, cols: number, scales: number): void {
    this.wasm.matvec_i16_add(w * 2, x * 2, y * 4, rows, cols, scales * 4);
  }

  /**
   * One LSTM step's activations (see kernels.wat): float indices, but `hidden16` an int16
   * index; `previousCell` and `hidden16` may be -1 (no previous cell, no 16-bit copy).
   */
  lstmStep(gates: number, previousCell: number, cell: number, tanhCell: number, hidden: number, hidden16: number, hiddenSize: number): void {
    this.wasm.lstm_step(gates * 4, previousCell < 0 ? -1 : previousCell * 4, cell * 4, tanhCell * 4, hidden * 4, hidden16 < 0 ? -1 : hidden16 * 2, hiddenSize);
  }

  /** The kernels' sigmoid of one number (their tanh(x) is 2 sigmoid(2x) - 1). */
  sigmoid(x: number): number {
    return this.wasm.sigmoid(x);
  }

  /** dW[r,c] += dy[r] * x[c]. */
  outerAdd(dw: number, dy: number, x: number, rows: number, cols: number): void {
    this.wasm.outer_add(dw * 4, dy * 4, x * 4, rows, cols);
  }
}
