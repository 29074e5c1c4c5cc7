// The binary form of a LinearModel, shared by every model newsgraph ships:
//   "NGLM", format version, metadata JSON (labels and settings), then the rows.
// Weights are quantised to 16 bits against the largest magnitude: the models stay
// small in git and the decisions do not change measurably. Little-endian throughout;
// only DataView and TextEncoder are used, so browsers read the same files.

import { LinearModel } from './model.js';
import { quantiseWeights } from './quantise.js';

const MAGIC = 0x4d4c474e; // "NGLM" read as a little-endian u32
const FORMAT_VERSION = 1;

export interface DecodedModel<Meta> {
  readonly model: LinearModel;
  readonly meta: Meta;
}

export function encodeLinearModel(model: LinearModel, meta: unknown): Uint8Array {
  const { keys, offsets, classIds, weights } = model.parts;
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
  const entries = classIds.length;
  const { values, scale } = quantiseWeights(weights);

  const headerSize = 4 * 4 + align4(metaBytes.length) + 4 * 4;
  const size = headerSize + keys.length * 4 + offsets.length * 4 + align4(entries) + align4(entries * 2);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  const u32 = (value: number): void => {
    view.setUint32(at, value, true);
    at += 4;
  };
  u32(MAGIC);
  u32(FORMAT_VERSION);
  u32(metaBytes.length);
  u32(0);
  bytes.set(metaBytes, at);
  at += align4(metaBytes.length);
  u32(model.classes);
  u32(keys.length);
  u32(entries);
  view.setFloat32(at, scale, true);
  at += 4;
  for (const key of keys) u32(key);
  for (const offset of offsets) u32(offset);
  bytes.set(classIds, at);
  at += align4(entries);
  for (let k = 0; k < entries; k++) {
    view.setInt16(at, values[k]!, true);
    at += 2;
  }
  return bytes;
}

export function decodeLinearModel<Meta>(bytes: Uint8Array, name: string): DecodedModel<Meta> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const u32 = (): number => {
    if (at + 4 > bytes.length) throw new Error(`${name}: model file is truncated`);
    const value = view.getUint32(at, true);
    at += 4;
    return value;
  };
  if (u32() !== MAGIC) throw new Error(`${name}: not a newsgraph linear model (bad magic number)`);
  const version = u32();
  if (version !== FORMAT_VERSION) throw new Error(`${name}: model format ${version}, this newsgraph reads format ${FORMAT_VERSION}`);
  const metaLength = u32();
  u32();
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(at, at + metaLength))) as Meta;
  at += align4(metaLength);
  const classes = u32();
  const rows = u32();
  const entries = u32();
  const scale = view.getFloat32(at, true);
  at += 4;
  const expected = at + rows * 4 + (rows + 1) * 4 + align4(entries) + align4(entries * 2);
  if (expected !== bytes.length) throw new Error(`${name}: model file has ${bytes.length} bytes, its header announces ${expected}`);
  const keys = new Uint32Array(rows);
  for (let r = 0; r < rows; r++) keys[r] = u32();
  const offsets = new Uint32Array(rows + 1);
  for (let r = 0; r <= rows; r++) offsets[r] = u32();
  const classIds = bytes.slice(at, at + entries);
  at += align4(entries);
  const weights = new Float32Array(entries);
  for (let k = 0; k < entries; k++) weights[k] = view.getInt16(at + k * 2, true) * scale;
  return { model: new LinearModel({ classes, keys, offsets, classIds, weights }), meta };
}

function align4(length: number): number {
  return (length + 3) & ~3;
}
