// Splits a byte stream into lines without ever holding more than one line (bounded by
// `maxLineBytes`) in memory, so a multi-gigabyte JSON Lines file or a single 200 MB
// line cannot exhaust the heap. Each line keeps its absolute byte range.

export interface ByteLine {
  /** The line's bytes without its line break, or null when the line exceeded the limit. */
  readonly bytes: Buffer | null;
  /** 1-based line number. */
  readonly lineNumber: number;
  readonly byteStart: number;
  /** Exclusive, without the line break. */
  readonly byteEnd: number;
}

export interface LineReaderOptions {
  readonly maxLineBytes: number;
  /** 1 for UTF-8 and single-byte encodings, 2 for UTF-16. */
  readonly unitSize: 1 | 2;
  readonly bigEndian: boolean;
  /** Bytes at the start to skip (a byte-order mark). */
  readonly skipBytes: number;
}

export async function* readLines(chunks: AsyncIterable<Buffer>, options: LineReaderOptions): AsyncGenerator<ByteLine> {
  const newline = newlineUnit(options);
  const state: LineState = { parts: [], length: 0, isTooLong: false, lineStart: 0, lineNumber: 1 };
  let received = 0;
  let carry: Buffer | null = null;
  let toSkip = options.skipBytes;

  for await (const incoming of chunks) {
    // Every chunk starts on a code-unit boundary: an odd trailing byte waits for the next chunk.
    const chunkStart = received - (carry ? carry.length : 0);
    const chunk: Buffer = carry ? Buffer.concat([carry, incoming]) : incoming;
    received += incoming.length;
    carry = null;
    let position = 0;
    if (toSkip > 0) {
      position = Math.min(toSkip, chunk.length);
      toSkip -= position;
      state.lineStart = chunkStart + position;
    }
    let usable = chunk.length;
    if (options.unitSize === 2 && (usable - position) % 2 === 1) {
      carry = Buffer.from(chunk.subarray(usable - 1));
      usable -= 1;
    }
    const view = chunk.subarray(0, usable);
    for (;;) {
      const found = findNewline(view, newline, position, options.unitSize);
      if (found < 0) break;
      appendPart(state, view.subarray(position, found), options.maxLineBytes);
      yield finishLine(state, chunkStart + found, options);
      position = found + newline.length;
      state.lineStart = chunkStart + position;
    }
    appendPart(state, view.subarray(position), options.maxLineBytes);
  }
  if (carry) appendPart(state, carry, options.maxLineBytes);
  if (state.length > 0 || state.isTooLong) yield finishLine(state, state.lineStart + state.length, options);
}

function newlineUnit(options: LineReaderOptions): Buffer {
  if (options.unitSize === 1) return Buffer.from([0x0a]);
  return options.bigEndian ? Buffer.from([0x00, 0x0a]) : Buffer.from([0x0a, 0x00]);
}

function findNewline(chunk: Buffer, newline: Buffer, from: number, unitSize: 1 | 2): number {
  if (unitSize === 1) return chunk.indexOf(newline[0]!, from);
  let at = chunk.indexOf(newline, from);
  // In UTF-16 a line break starts on an even byte; an odd match straddles two characters.
  while (at >= 0 && at % 2 === 1) at = chunk.indexOf(newline, at + 1);
  return at;
}

interface LineState {
  parts: Buffer[];
  length: number;
  isTooLong: boolean;
  lineStart: number;
  lineNumber: number;
}

function appendPart(state: LineState, part: Buffer, maxLineBytes: number): void {
  if (part.length === 0) return;
  state.length += part.length;
  if (state.isTooLong) return;
  if (state.length > maxLineBytes) {
    state.isTooLong = true;
    state.parts = [];
    return;
  }
  // No copy: fs and zlib streams hand out fresh buffers, and a line is joined once at its end.
  state.parts.push(part);
}

function finishLine(state: LineState, lineEnd: number, options: LineReaderOptions): ByteLine {
  let bytes: Buffer | null = null;
  if (!state.isTooLong) bytes = state.parts.length === 1 ? state.parts[0]! : Buffer.concat(state.parts, state.length);
  let byteEnd = lineEnd;
  if (bytes && endsWithCarriageReturn(bytes, options)) {
    bytes = bytes.subarray(0, bytes.length - options.unitSize);
    byteEnd -= options.unitSize;
  }
  const line: ByteLine = { bytes, lineNumber: state.lineNumber, byteStart: state.lineStart, byteEnd };
  state.parts = [];
  state.length = 0;
  state.isTooLong = false;
  state.lineNumber += 1;
  return line;
}

function endsWithCarriageReturn(bytes: Buffer, options: LineReaderOptions): boolean {
  const n = bytes.length;
  if (options.unitSize === 1) return n > 0 && bytes[n - 1] === 0x0d;
  if (n < 2) return false;
  return options.bigEndian ? bytes[n - 2] === 0x00 && bytes[n - 1] === 0x0d : bytes[n - 2] === 0x0d && bytes[n - 1] === 0x00;
}
