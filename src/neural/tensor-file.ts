// The binary form of a dense model: "NGNN", format version, metadata JSON (settings,
// labels and the list of tensors), then each tensor. A tensor is stored as float32, or
// as int8 rows with one float32 scale per row (embedding tables, where the rows are
// many and 8 bits lose nothing measurable). Little-endian; DataView only, so browsers
// read the same files.

const MAGIC = 0x4e4e474e; // "NGNN" read as a little-endian u32
const FORMAT_VERSION = 1;

export type TensorEncoding = 'f32' | 'i8-rows';

export interface TensorSpec {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  readonly encoding: TensorEncoding;
}

export interface TensorFile<Meta> {
  readonly meta: Meta;
  readonly tensors: ReadonlyMap<string, Float32Array>;
}

interface Header<Meta> {
  readonly meta: Meta;
  readonly tensors: readonly TensorSpec[];
}

export function encodeTensorFile(meta: unknown, tensors: ReadonlyArray<{ readonly spec: TensorSpec; readonly values: Float32Array }>): Uint8Array {
  for (const { spec, values } of tensors) {
    if (values.length !== spec.rows * spec.cols) throw new Error(`tensor ${spec.name}: ${values.length} values for ${spec.rows} x ${spec.cols}`);
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
      for (let i = 0; i < values.length; i++, at += 4) view.setFloat32(at, values[i]!, true);
      continue;
    }
    for (let row = 0; row < spec.rows; row++) {
      let largest = 0;
      for (let c = 0; c < spec.cols; c++) largest = Math.max(largest, Math.abs(values[row * spec.cols + c]!));
      const scale = largest > 0 ? largest / 127 : 1;
      view.setFloat32(at + row * 4, scale, true);
      const codes = at + spec.rows * 4 + row * spec.cols;
      for (let c = 0; c < spec.cols; c++) view.setInt8(codes + c, Math.round(values[row * spec.cols + c]! / scale));
    }
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
  for (const spec of header.tensors) {
    const values = new Float32Array(spec.rows * spec.cols);
    if (spec.encoding === 'f32') {
      for (let i = 0; i < values.length; i++, at += 4) values[i] = view.getFloat32(at, true);
    } else {
      for (let row = 0; row < spec.rows; row++) {
        const scale = view.getFloat32(at + row * 4, true);
        const codes = at + spec.rows * 4 + row * spec.cols;
        for (let c = 0; c < spec.cols; c++) values[row * spec.cols + c] = view.getInt8(codes + c) * scale;
      }
      at += tensorBytes(spec);
    }
    tensors.set(spec.name, values);
  }
  return { meta: header.meta, tensors };
}

function tensorBytes(spec: TensorSpec): number {
  return spec.encoding === 'f32' ? spec.rows * spec.cols * 4 : spec.rows * 4 + align4(spec.rows * spec.cols);
}

function align4(length: number): number {
  return (length + 3) & ~3;
}
