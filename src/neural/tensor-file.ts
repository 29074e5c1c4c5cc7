// The binary form of a dense model: "NGNN", format version, metadata JSON (settings,
// labels and the list of tensors), then each tensor. A tensor is stored as float32, or
// as int8 rows with one float32 scale per row (embedding tables, where the rows are
// many and 8 bits lose nothing measurable; they stay 8-bit in memory too). Little-endian;
// DataView only, so browsers read the same files.

const MAGIC = 0x4e4e474e; // "NGNN" read as a little-endian u32
const FORMAT_VERSION = 1;

export type TensorEncoding = 'f32' | 'i8-rows';

export interface TensorSpec {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  readonly encoding: TensorEncoding;
}

/** A table of int8 rows, each with its scale: value = code x scale. */
export interface Int8Rows {
  readonly codes: Int8Array;
  readonly scales: Float32Array;
}

export interface TensorFile<Meta> {
  readonly meta: Meta;
  /** The float32 tensors. */
  readonly tensors: ReadonlyMap<string, Float32Array>;
  /** The int8-row tensors, as stored. */
  readonly rowTables: ReadonlyMap<string, Int8Rows>;
}

interface Header<Meta> {
  readonly meta: Meta;
  readonly tensors: readonly TensorSpec[];
}

/** Rows of `values` as int8 codes, each row scaled so that its largest magnitude is 127. */
export function quantiseRows(values: Float32Array, rows: number, cols: number): Int8Rows {
  const codes = new Int8Array(rows * cols);
  const scales = new Float32Array(rows);
  for (let row = 0; row < rows; row++) {
    let largest = 0;
    for (let c = 0; c < cols; c++) largest = Math.max(largest, Math.abs(values[row * cols + c]!));
    const scale = largest > 0 ? largest / 127 : 1;
    scales[row] = scale;
    for (let c = 0; c < cols; c++) codes[row * cols + c] = Math.round(values[row * cols + c]! / scale);
  }
  return { codes, scales };
}

/** The float values of int8 rows. */
export function dequantiseRows(table: Int8Rows, cols: number): Float32Array {
  return Float32Array.from(table.codes, (code, i) => code * table.scales[Math.floor(i / cols)]!);
}

export function encodeTensorFile(meta: unknown, tensors: ReadonlyArray<{ readonly spec: TensorSpec; readonly values: Float32Array | Int8Rows }>): Uint8Array {
  for (const { spec, values } of tensors) {
    const length = values instanceof Float32Array ? values.length : values.codes.length;
    if (length !== spec.rows * spec.cols) throw new Error(`tensor ${spec.name}: ${length} values for ${spec.rows} x ${spec.cols}`);
    if (spec.encoding === 'f32' && !(values instanceof Float32Array)) throw new Error(`tensor ${spec.name}: int8 rows cannot be stored as float32`);
  }
  const header: Header<unknown> = { meta, tensors: tensors.map(({ spec }) => spec) };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const size = 12 + align4(headerBytes.length) + tensors.reduce((sum, { spec }) => sum + tensorBytes(spec), 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  bytes.set(headerBytes, 12);
  let at = 12 + align4(headerBytes.length);
  for (const { spec, values } of tensors) {
    if (spec.encoding === 'f32') {
      const floats = values as Float32Array;
      for (let i = 0; i < floats.length; i++, at += 4) view.setFloat32(at, floats[i]!, true);
      continue;
    }
    const table = values instanceof Float32Array ? quantiseRows(values, spec.rows, spec.cols) : values;
    for (let row = 0; row < spec.rows; row++) view.setFloat32(at + row * 4, table.scales[row]!, true);
    bytes.set(new Uint8Array(table.codes.buffer, table.codes.byteOffset, table.codes.length), at + spec.rows * 4);
    at += tensorBytes(spec);
  }
  return bytes;
}

export function decodeTensorFile<Meta>(bytes: Uint8Array, name: string): TensorFile<Meta> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12) throw new Error(`${name}: model file is truncated`);
  if (view.getUint32(0, true) !== MAGIC) throw new Error(`${name}: not a newsgraph dense model (bad magic number)`);
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION) throw new Error(`${name}: model format ${version}, this newsgraph reads format ${FORMAT_VERSION}`);
  const headerLength = view.getUint32(8, true);
  if (12 + headerLength > bytes.length) throw new Error(`${name}: model file is truncated`);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as Header<Meta>;
  let at = 12 + align4(headerLength);
  const expected = at + header.tensors.reduce((sum, spec) => sum + tensorBytes(spec), 0);
  if (expected !== bytes.length) throw new Error(`${name}: model file has ${bytes.length} bytes, its header announces ${expected}`);
  const tensors = new Map<string, Float32Array>();
  const rowTables = new Map<string, Int8Rows>();
  for (const spec of header.tensors) {
    if (spec.encoding === 'f32') {
      const values = new Float32Array(spec.rows * spec.cols);
      for (let i = 0; i < values.length; i++, at += 4) values[i] = view.getFloat32(at, true);
      tensors.set(spec.name, values);
      continue;
    }
    const scales = new Float32Array(spec.rows);
    for (let row = 0; row < spec.rows; row++) scales[row] = view.getFloat32(at + row * 4, true);
    // A copy of the codes alone: `bytes` may be a view into a larger buffer (a Node Buffer is).
    const from = bytes.byteOffset + at + spec.rows * 4;
    const codes = new Int8Array(bytes.buffer.slice(from, from + spec.rows * spec.cols));
    rowTables.set(spec.name, { codes, scales });
    at += tensorBytes(spec);
  }
  return { meta: header.meta, tensors, rowTables };
}

function tensorBytes(spec: TensorSpec): number {
  return spec.encoding === 'f32' ? spec.rows * spec.cols * 4 : spec.rows * 4 + align4(spec.rows * spec.cols);
}

function align4(length: number): number {
  return (length + 3) & ~3;
}
