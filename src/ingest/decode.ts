// Turning bytes into text without guessing wrong: a byte-order mark or the UTF-16
// zero-byte pattern decides the encoding; otherwise the bytes must be valid UTF-8.
// Anything else (Latin-1, binary) is refused with the byte where it went wrong, so
// that no document is silently stored as mojibake. `--encoding` overrides the guess.

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export const encodingChoices = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1'] as const;
export type EncodingChoice = (typeof encodingChoices)[number];

export interface DetectedEncoding {
  readonly encoding: EncodingName;
  /** Bytes of byte-order mark to skip. */
  readonly bomLength: number;
}

export type ByteProblem =
  | { readonly kind: 'binary'; readonly offset: number; readonly what: string }
  | { readonly kind: 'encoding'; readonly offset: number; readonly message: string };

/** Decides the encoding from the first bytes of a source. */
export function detectEncoding(head: Uint8Array, choice: EncodingChoice): DetectedEncoding {
  const bom = readByteOrderMark(head);
  if (choice === 'latin1' || choice === 'windows-1252') return { encoding: 'windows-1252', bomLength: 0 };
  if (choice !== 'auto') return { encoding: choice, bomLength: bom && bom.encoding === choice ? bom.bomLength : 0 };
  if (bom) return bom;
  const utf16 = detectUtf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

function readByteOrderMark(head: Uint8Array): DetectedEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/** ASCII-heavy UTF-16 has a zero in nearly every other byte; real binary data does not keep that rhythm. */
function detectUtf16WithoutBom(head: Uint8Array): EncodingName | null {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 8) return null;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < pairs; i += 1) {
    const even = head[2 * i]!;
    const odd = head[2 * i + 1]!;
    if (odd === 0 && even !== 0) zeroHigh += 1;
    if (even === 0 && odd !== 0) zeroLow += 1;
  }
  if (zeroHigh / pairs > 0.9) return 'utf-16le';
  if (zeroLow / pairs > 0.9) return 'utf-16be';
  return null;
}

const magicNumbers: ReadonlyArray<{ readonly bytes: readonly number[]; readonly what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a Word/Excel file)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable (ELF)' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'a zstd archive' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database' },
];

/** Finds binary content in the first bytes of a source decoded as `encoding`. */
export function findBinaryContent(head: Uint8Array, encoding: EncodingName): ByteProblem | null {
  for (const magic of magicNumbers) {
    if (magic.bytes.every((byte, i) => head[i] === byte)) return { kind: 'binary', offset: 0, what: magic.what };
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return null;
  let controls = 0;
  const sample = Math.min(head.length, 8192);
  for (let i = 0; i < sample; i += 1) {
    const byte = head[i]!;
    if (byte === 0) return { kind: 'binary', offset: i, what: `binary data (a zero byte at byte ${i})` };
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls += 1;
  }
  if (sample > 0 && controls / sample > 0.05) return { kind: 'binary', offset: 0, what: `binary data (${controls} control bytes in the first ${sample})` };
  return null;
}

/** Offset of the first byte that breaks UTF-8, or -1 when all of `bytes` is valid. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const length = bytes.length;
  while (i < length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (byte >= 0xc2 && byte <= 0xdf) { need = 1; min = 0x80; }
    else if (byte >= 0xe0 && byte <= 0xef) { need = 2; min = 0x800; }
    else if (byte >= 0xf0 && byte <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let codePoint = byte & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Explains invalid UTF-8 at `offset` (reported from `baseOffset`), suggesting Windows-1252 when the bytes look like Latin-1 text. */
function describeInvalidUtf8(bytes: Uint8Array, offset: number, baseOffset: number): string {
  const byte = bytes[offset] ?? 0;
  const hex = `0x${byte.toString(16).padStart(2, '0').toUpperCase()}`;
  const hint = looksLikeLatin1(bytes)
    ? '; it looks like Latin-1/Windows-1252 text: re-run with --encoding windows-1252 to read it as such'
    : '';
  return `not valid UTF-8 at byte ${baseOffset + offset} (${hex})${hint}`;
}

/** Latin-1 text has high bytes mostly alone between ASCII letters, which UTF-8 never has. */
function looksLikeLatin1(bytes: Uint8Array): boolean {
  let high = 0;
  let isolated = 0;
  const sample = Math.min(bytes.length, 1 << 20);
  for (let i = 0; i < sample; i += 1) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    high += 1;
    const before = i > 0 ? bytes[i - 1]! : 0x20;
    const after = i + 1 < sample ? bytes[i + 1]! : 0x20;
    if (before < 0x80 && after < 0x80) isolated += 1;
  }
  return high > 0 && isolated / high > 0.8;
}

/**
 * Decodes a buffer (a whole file, or one line of it); returns the text or the problem.
 * Offsets in the problem count from `baseOffset`, the buffer's place in its file.
 */
export function decodeBytes(bytes: Uint8Array, detected: DetectedEncoding, baseOffset = 0): { text: string } | { problem: ByteProblem } {
  const body = detected.bomLength > 0 ? bytes.subarray(detected.bomLength) : bytes;
  if (detected.encoding === 'utf-8') {
    const invalid = findInvalidUtf8(body);
    if (invalid >= 0) {
      const offset = invalid + detected.bomLength;
      return { problem: { kind: 'encoding', offset: baseOffset + offset, message: describeInvalidUtf8(bytes, offset, baseOffset) } };
    }
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body) };
  }
  if (detected.encoding === 'utf-16le' || detected.encoding === 'utf-16be') {
    if (body.length % 2 !== 0) {
      return { problem: { kind: 'encoding', offset: baseOffset + bytes.length - 1, message: `odd number of bytes for ${detected.encoding.toUpperCase()} text (a byte is missing at the end)` } };
    }
    try {
      return { text: new TextDecoder(detected.encoding, { fatal: true, ignoreBOM: true }).decode(body) };
    } catch {
      return { problem: { kind: 'encoding', offset: baseOffset + detected.bomLength, message: `not valid ${detected.encoding.toUpperCase()} (an unpaired surrogate)` } };
    }
  }
  return { text: new TextDecoder('windows-1252').decode(body) };
}

/** Bytes per code unit of the text in `encoding`: needed to map character offsets back to bytes. */
export function byteLengthOf(text: string, encoding: EncodingName): number {
  if (encoding === 'utf-8') return Buffer.byteLength(text, 'utf8');
  if (encoding === 'windows-1252') return text.length;
  return text.length * 2;
}
