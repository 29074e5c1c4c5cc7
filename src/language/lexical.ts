// Per-token attributes shared by the tagger, parser and recogniser, hashed once per
// token. Forms are normalised the way news differs from the training treebanks:
// curly quotes and the acute accent used as an apostrophe read as straight ones,
// and digits collapse so that unseen numbers look like seen ones.

import { mixHash } from '../linear/hash.js';
import type { TokenSequence } from './tokens.js';

export interface LexicalAttributes {
  /** Normalised lower-cased form. */
  readonly lower: Uint32Array;
  /** Normalised form with its case. */
  readonly form: Uint32Array;
  /** Word shape with runs collapsed: `Xx`, `d.d`, `X.X.`. */
  readonly shape: Uint32Array;
  /** Suffixes of length 1-4 and prefixes of length 1-3 of the lower form. */
  readonly suffix: readonly [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  readonly prefix: readonly [Uint32Array, Uint32Array, Uint32Array];
  /** Bit flags: see FLAG_*. */
  readonly flags: Uint8Array;
}

export const FLAG_UPPER_INITIAL = 1;
export const FLAG_ALL_UPPER = 2;
export const FLAG_HAS_DIGIT = 4;
export const FLAG_HAS_HYPHEN = 8;
export const FLAG_HAS_PERIOD = 16;
export const FLAG_ALL_PUNCT = 32;

/** Maps a UTF-16 unit to its normalised lower-case unit. */
export function normaliseUnit(unit: number): number {
  if (unit >= 65 && unit <= 90) return unit + 32;
  if (unit >= 48 && unit <= 57) return 48; // every digit reads as 0
  if (unit < 128) return unit;
  switch (unit) {
    case 0x2018: case 0x2019: case 0x00b4: case 0x2032: return 39; // ' ’ ´ ′
    case 0x201c: case 0x201d: case 0x201e: case 0x00ab: case 0x00bb: return 34; // “ ” „ « »
    case 0x2013: case 0x2014: return 45; // – —
    default: {
      const lower = String.fromCharCode(unit).toLowerCase();
      return lower.length === 1 ? lower.charCodeAt(0) : unit;
    }
  }
}

/** Normalised lower form as a string (for dictionaries built at training time). */
export function normaliseForm(form: string): string {
  let out = '';
  for (let i = 0; i < form.length; i++) out += String.fromCharCode(normaliseUnit(form.charCodeAt(i)));
  return out;
}

/** The string whose hashString equals LexicalAttributes.form: normalised, case kept. */
export function normaliseCasedForm(form: string): string {
  let out = '';
  for (let i = 0; i < form.length; i++) {
    const unit = form.charCodeAt(i);
    out += String.fromCharCode(shapeClass(unit) === 88 ? unit : normaliseUnit(unit));
  }
  return out;
}

function shapeClass(unit: number): number {
  if (unit >= 65 && unit <= 90) return 88; // X
  if (unit >= 97 && unit <= 122) return 120; // x
  if (unit >= 48 && unit <= 57) return 100; // d
  if (unit < 128) return unit;
  const char = String.fromCharCode(unit);
  if (char.toLowerCase() !== char) return 88;
  if (char.toUpperCase() !== char) return 120;
  return normaliseUnit(unit);
}

export function computeLexicalAttributes(tokens: TokenSequence): LexicalAttributes {
  const n = tokens.count;
  const attributes = {
    lower: new Uint32Array(n), form: new Uint32Array(n), shape: new Uint32Array(n),
    suffix: [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)] as const,
    prefix: [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)] as const,
    flags: new Uint8Array(n),
  };
  const units = new Uint16Array(MAX_UNITS);
  for (let index = 0; index < n; index++) fillToken(tokens, index, attributes, units);
  return attributes;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Long tokens (URLs) are hashed on their first 64 units: enough to tell them apart.
const MAX_UNITS = 64;

function fillToken(tokens: TokenSequence, index: number, out: LexicalAttributes, units: Uint16Array): void {
  const { text } = tokens;
  const start = tokens.starts[index]!;
  const length = Math.min(tokens.ends[index]! - start, MAX_UNITS);
  let lower = FNV_OFFSET;
  let form = FNV_OFFSET;
  let shape = FNV_OFFSET;
  let previousShape = -1;
  let shapeRun = 0;
  let upper = 0;
  let letters = 0;
  let flags = 0;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(start + i);
    const normal = normaliseUnit(unit);
    units[i] = normal;
    lower = Math.imul(lower ^ normal, FNV_PRIME);
    const cls = shapeClass(unit);
    form = Math.imul(form ^ (cls === 88 ? unit : normal), FNV_PRIME);
    shapeRun = cls === previousShape ? shapeRun + 1 : 1;
    // Runs longer than two collapse: `Xxxxx` and `Xxx` share the shape `Xxx`.
    if (shapeRun <= 2) shape = Math.imul(shape ^ cls, FNV_PRIME);
    previousShape = cls;
    if (cls === 88) upper++;
    if (cls === 88 || cls === 120) letters++;
    else if (cls === 100) flags |= FLAG_HAS_DIGIT;
    else if (unit === 45) flags |= FLAG_HAS_HYPHEN;
    else if (unit === 46) flags |= FLAG_HAS_PERIOD;
  }
  if (letters > 0 && shapeClass(text.charCodeAt(start)) === 88) flags |= FLAG_UPPER_INITIAL;
  if (letters > 0 && upper === letters) flags |= FLAG_ALL_UPPER;
  if (length > 0 && letters === 0 && (flags & FLAG_HAS_DIGIT) === 0) flags |= FLAG_ALL_PUNCT;
  out.lower[index] = lower >>> 0;
  out.form[index] = form >>> 0;
  out.shape[index] = shape >>> 0;
  out.flags[index] = flags;
  for (let k = 0; k < 4; k++) out.suffix[k]![index] = hashUnits(units, Math.max(0, length - k - 1), length, k + 1);
  for (let k = 0; k < 3; k++) out.prefix[k]![index] = hashUnits(units, 0, Math.min(length, k + 1), 16 + k + 1);
}

function hashUnits(units: Uint16Array, from: number, to: number, salt: number): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ units[i]!, FNV_PRIME);
  return mixHash(hash >>> 0, salt);
}
