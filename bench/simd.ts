// What arithmetic costs here, for choosing the next models: one dense layer's
// matrix-vector product (256 x 512, the weights fit in the L2 cache) in plain JavaScript
// and in WebAssembly SIMD (bench/matvec.wat, assembled by wabt at run time), as
// multiply-adds per second. The language core's linear models do almost no arithmetic
// (they wait on memory); small dense models would, and their speed is set by this.
// Run: npm run bench:simd

import { readFileSync } from 'node:fs';
import wabtInit from 'wabt';

const ROWS = 256;
const COLS = 512;
const REPETITIONS = 2000;

interface MatvecExports {
  readonly memory: { readonly buffer: ArrayBuffer };
  matvec_f32(weights: number, input: number, output: number, rows: number, cols: number): void;
  matvec_i16(weights: number, input: number, output: number, rows: number, cols: number): void;
}

const wabt = await wabtInit();
const source = readFileSync(new URL('./matvec.wat', import.meta.url), 'utf8');
const { buffer } = wabt.parseWat('matvec.wat', source, { simd: true }).toBinary({});
// The project's TypeScript libraries leave WebAssembly out; Node 20 has it.
const { WebAssembly: webAssembly } = globalThis as unknown as { WebAssembly: { instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }> } };
const { instance } = await webAssembly.instantiate(buffer);
const wasm = instance.exports as unknown as MatvecExports;

// A fixed generator, so that every run multiplies the same numbers.
let seed = 20261130;
const random = (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

/** Multiply-adds per second, in billions, of `run` (one product), after a warm-up. */
function measure(run: () => void): number {
  for (let i = 0; i < 50; i++) run();
  const started = performance.now();
  for (let i = 0; i < REPETITIONS; i++) run();
  return (ROWS * COLS * REPETITIONS) / ((performance.now() - started) / 1000) / 1e9;
}

// f32 weights at 0, the input after them, the output after that; then the same for int16.
const f32 = new Float32Array(wasm.memory.buffer);
const inputF32 = ROWS * COLS;
const outputF32 = inputF32 + COLS;
for (let i = 0; i < ROWS * COLS + COLS; i++) f32[i] = random() - 0.5;
const weights = f32.slice(0, ROWS * COLS);
const input = f32.slice(inputF32, inputF32 + COLS);
const output = new Float32Array(ROWS);
const scalar = (): void => {
  for (let r = 0; r < ROWS; r++) {
    let sum = 0;
    const base = r * COLS;
    for (let c = 0; c < COLS; c++) sum += weights[base + c]! * input[c]!;
    output[r] = sum;
  }
};

const scalarRate = measure(scalar);
const f32Rate = measure(() => wasm.matvec_f32(0, inputF32 * 4, outputF32 * 4, ROWS, COLS));
const fromWasm = new Float32Array(wasm.memory.buffer, outputF32 * 4, ROWS);
scalar();
const largestDifference = Math.max(...Array.from(output, (value, r) => Math.abs(value - fromWasm[r]!)));
if (largestDifference > 1e-3) throw new Error(`bench/simd: the SIMD product differs from the scalar one by ${largestDifference}`);

const i16 = new Int16Array(wasm.memory.buffer);
const inputI16 = ROWS * COLS;
const outputBytes = (inputI16 + COLS) * 2;
for (let i = 0; i < ROWS * COLS + COLS; i++) i16[i] = Math.floor(random() * 200) - 100;
const i16Rate = measure(() => wasm.matvec_i16(0, inputI16 * 2, outputBytes, ROWS, COLS));

const line = (name: string, rate: number): string => `${name.padEnd(36)}${rate.toFixed(2).padStart(8)}${(rate / scalarRate).toFixed(1).padStart(10)}x`;
process.stdout.write([
  `dense ${ROWS} x ${COLS} matrix-vector product, billions of multiply-adds per second (ratio to plain JavaScript), node ${process.version}`,
  line('plain JavaScript, f32', scalarRate),
  line('WebAssembly SIMD, f32x4', f32Rate),
  line('WebAssembly SIMD, i16 dot (i32 sums)', i16Rate),
  '',
].join('\n'));
