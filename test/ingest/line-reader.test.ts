import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines, type ByteLine } from '../../src/ingest/line-reader.js';
import { collect } from '../helpers.js';

async function* chunked(bytes: Buffer, sizes: number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (const size of sizes) {
    if (at >= bytes.length) break;
    yield bytes.subarray(at, at + size);
    at += size;
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

const utf8Options = { maxLineBytes: 1 << 20, unitSize: 1, bigEndian: false, skipBytes: 0 } as const;

describe('readLines', () => {
  it('gives byte ranges that rebuild each line, however the stream is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 12 }), fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), async (lines, sizes, newline) => {
        const bytes = Buffer.from(lines.map((line) => line.replace(/[\r\n]/g, ' ')).join(newline));
        const read = await collect(readLines(chunked(bytes, sizes), utf8Options));
        for (const line of read) expect(bytes.subarray(line.byteStart, line.byteEnd).equals(line.bytes!)).toBe(true);
        expect(read.map((line) => line.bytes!.toString('utf8')).join('\n')).toBe(bytes.toString('utf8').replace(/\r\n/g, '\n').replace(/\n$/, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('numbers lines from 1 and skips nothing but the line breaks', async () => {
    const read = await collect(readLines(chunked(Buffer.from('a\n\nbc\r\nd'), [1, 1, 1]), utf8Options));
    expect(read.map((line: ByteLine) => [line.lineNumber, line.bytes!.toString(), line.byteStart, line.byteEnd])).toEqual([
      [1, 'a', 0, 1],
      [2, '', 2, 2],
      [3, 'bc', 3, 5],
      [4, 'd', 7, 8],
    ]);
  });

  it('drops an over-long line without holding it, keeping its range', async () => {
    const bytes = Buffer.from(`short\n${'x'.repeat(100)}\nafter`);
    const read = await collect(readLines(chunked(bytes, [7, 7, 7, 7]), { ...utf8Options, maxLineBytes: 50 }));
    expect(read.map((line) => [line.lineNumber, line.bytes?.toString() ?? null, line.byteStart, line.byteEnd])).toEqual([
      [1, 'short', 0, 5],
      [2, null, 6, 106],
      [3, 'after', 107, 112],
    ]);
  });

  it('splits UTF-16 lines on whole characters only, even across odd chunk sizes', async () => {
    // U+0A0A has the byte 0x0A twice; only a real line feed may end a line.
    const text = 'first \u0a0a line\nsecond\u010a\nthird';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const read = await collect(readLines(chunked(bytes, [3, 5, 1, 7]), { maxLineBytes: 1000, unitSize: 2, bigEndian: false, skipBytes: 2 }));
    expect(read.map((line) => new TextDecoder('utf-16le').decode(line.bytes!))).toEqual(['first \u0a0a line', 'second\u010a', 'third']);
    expect(read[0]!.byteStart).toBe(2);
  });
});
