import { describe, expect, it } from 'vitest';
import { decodeTensorFile, dequantiseRows, encodeTensorFile, quantiseRows } from '../../src/neural/tensor-file.js';

const weights = Float32Array.from({ length: 12 }, (_, i) => Math.sin(i) * 3);
const table = Float32Array.from({ length: 15 }, (_, i) => (i % 5 === 0 ? 0 : Math.cos(i) / (1 + i)));

function encode(): Uint8Array {
  return encodeTensorFile({ kind: 'test', labels: ['a', 'b'] }, [
    { spec: { name: 'weights', rows: 3, cols: 4, encoding: 'f32' }, values: weights },
    { spec: { name: 'table', rows: 5, cols: 3, encoding: 'i8-rows' }, values: table },
  ]);
}

describe('dense model files', () => {
  it('give back float32 tensors exactly, int8 rows within half a step of their row scale, and the metadata', () => {
    const file = decodeTensorFile<{ kind: string; labels: string[] }>(encode(), 'test.bin');
    expect(file.meta).toEqual({ kind: 'test', labels: ['a', 'b'] });
    expect(Array.from(file.tensors.get('weights')!)).toEqual(Array.from(weights));
    const decoded = dequantiseRows(file.rowTables.get('table')!, 3);
    for (let row = 0; row < 5; row++) {
      const values = table.subarray(row * 3, row * 3 + 3);
      const step = Math.max(...Array.from(values, Math.abs)) / 127;
      for (let c = 0; c < 3; c++) expect(Math.abs(decoded[row * 3 + c]! - values[c]!)).toBeLessThanOrEqual(step / 2 + 1e-7);
    }
  });

  it('store int8 rows as given, so that a decoded table encodes to the same bytes', () => {
    const table = quantiseRows(Float32Array.from({ length: 12 }, (_, i) => Math.tan(i)), 4, 3);
    const spec = { name: 't', rows: 4, cols: 3, encoding: 'i8-rows' } as const;
    const bytes = encodeTensorFile({}, [{ spec, values: table }]);
    const decoded = decodeTensorFile<object>(bytes, 'test.bin').rowTables.get('t')!;
    expect(Array.from(decoded.codes)).toEqual(Array.from(table.codes));
    expect(Buffer.from(encodeTensorFile({}, [{ spec, values: decoded }])).equals(Buffer.from(bytes))).toBe(true);
    expect(Buffer.from(encodeTensorFile({}, [{ spec, values: dequantiseRows(decoded, 3) }])).equals(Buffer.from(bytes))).toBe(true);
  });

  it('reads the same tables from a view into a larger buffer (a Node Buffer from readFileSync is one)', () => {
    const bytes = encode();
    const larger = Buffer.alloc(bytes.length + 24, 0x7f);
    larger.set(bytes, 16);
    const view = larger.subarray(16, 16 + bytes.length);
    const expected = decodeTensorFile<object>(bytes, 'test.bin').rowTables.get('table')!;
    const decoded = decodeTensorFile<object>(view, 'test.bin').rowTables.get('table')!;
    expect(decoded.codes.length).toBe(15);
    expect(Array.from(decoded.codes)).toEqual(Array.from(expected.codes));
    expect(Array.from(decoded.scales)).toEqual(Array.from(expected.scales));
  });

  it('names the file and the fault when bytes are wrong', () => {
    const bytes = encode();
    expect(() => decodeTensorFile(bytes.subarray(0, bytes.length - 4), 'data/x.bin')).toThrow(/data\/x\.bin: model file has \d+ bytes, its header announces \d+/);
    const wrongMagic = bytes.slice();
    wrongMagic[0] = 0;
    expect(() => decodeTensorFile(wrongMagic, 'data/x.bin')).toThrow('data/x.bin: not a newsgraph dense model');
    expect(() => decodeTensorFile(bytes.subarray(0, 8), 'data/x.bin')).toThrow('data/x.bin: model file is truncated');
    expect(() => encodeTensorFile({}, [{ spec: { name: 'w', rows: 2, cols: 2, encoding: 'f32' }, values: new Float32Array(3) }])).toThrow('tensor w: 3 values for 2 x 2');
  });
});
