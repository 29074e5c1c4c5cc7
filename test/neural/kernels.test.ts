import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleKernels } from '../../scripts/build-kernels.js';
import { Kernels } from '../../src/neural/kernels.js';
import { kernelModule } from '../../src/neural/kernels-binary.js';

describe('WebAssembly kernels', () => {
  it('ship the bytes that kernels.wat assembles to (run npm run build:kernels after editing it)', async () => {
    expect(Buffer.from(kernelModule()).equals(Buffer.from(await assembleKernels()))).toBe(true);
  });

  it('compute the products of plain loops, for any shape the models use', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 12 }), fc.integer(),
      (rows, quarterCols, seed) => {
        const cols = quarterCols * 4;
        const k = new Kernels(kernelModule());
        const w = k.allocate(rows * cols);
        const x = k.allocate(cols);
        const y = k.allocate(rows);
        const dy = k.allocate(rows);
        const dx = k.allocate(cols);
        const dw = k.allocate(rows * cols);
        const h = k.heap;
        let state = seed >>> 0;
        const next = (): number => {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
          return state / 2 ** 32 - 0.5;
        };
        for (let i = 0; i < rows * cols; i++) h[w + i] = next();
        for (let i = 0; i < cols; i++) h[x + i] = next();
        for (let i = 0; i < rows; i++) h[dy + i] = i % 3 === 0 ? 0 : next(); // the zero-skipping path too
        h[y] = 1; // matvec adds to what is there
        k.matvecAdd(w, x, y, rows, cols);
        k.mattvecAdd(w, dy, dx, rows, cols);
        k.outerAdd(dw, dy, x, rows, cols);
        for (let r = 0; r < rows; r++) {
          let sum = r === 0 ? 1 : 0;
          for (let c = 0; c < cols; c++) sum += h[w + r * cols + c]! * h[x + c]!;
          expect(h[y + r]).toBeCloseTo(sum, 5);
        }
        for (let c = 0; c < cols; c++) {
          let sum = 0;
          for (let r = 0; r < rows; r++) sum += h[w + r * cols + c]! * h[dy + r]!;
          expect(h[dx + c]).toBeCloseTo(sum, 5);
        }
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) expect(h[dw + r * cols + c]).toBeCloseTo(h[dy + r]! * h[x + c]!, 6);
      },
    ), { numRuns: 60 });
  });

  it('compute the sigmoid to float precision, and saturate without overflow', () => {
    const k = new Kernels(kernelModule());
    for (let x = -20; x <= 20; x += 0.013) expect(Math.abs(k.sigmoid(x) - 1 / (1 + Math.exp(-x)))).toBeLessThan(1e-6);
    expect(k.sigmoid(1e6)).toBe(1);
    expect(k.sigmoid(-1e6)).toBeLessThan(1e-30);
    expect(k.sigmoid(0)).toBe(0.5);
  });

  it('keep earlier blocks when the memory grows', () => {
    const k = new Kernels(kernelModule());
    const first = k.allocate(4);
    k.heap.set([1, 2, 3, 4], first);
    const big = k.allocate(1 << 20);
    expect(Array.from(k.heap.subarray(first, first + 4))).toEqual([1, 2, 3, 4]);
    expect(big % 4).toBe(0);
    expect(k.heap.length).toBeGreaterThanOrEqual(big + (1 << 20));
  });
});
