import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding, findBinaryContent, findInvalidUtf8 } from '../../src/ingest/decode.js';

describe('findInvalidUtf8', () => {
  it('agrees with a strict decoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let isValid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          isValid = false;
        }
        expect(findInvalidUtf8(bytes) < 0).toBe(isValid);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds nothing wrong in any encoded string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(findInvalidUtf8(Buffer.from(text, 'utf8'))).toBe(-1);
      }),
    );
  });

  it.each([
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['a truncated sequence at the end', [0x41, 0x42, 0xe2, 0x82], 2],
    ['an overlong encoding', [0xc0, 0xaf], 0],
    ['a UTF-16 surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a Latin-1 é', [0x43, 0x61, 0x66, 0xe9, 0x20], 3],
  ])('points at the first bad byte of %s', (_name, bytes, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });
});

describe('detectEncoding', () => {
  it.each([
    ['a UTF-8 byte-order mark', [0xef, 0xbb, 0xbf, 0x41], { encoding: 'utf-8', bomLength: 3 }],
    ['a UTF-16LE byte-order mark', [0xff, 0xfe, 0x41, 0x00], { encoding: 'utf-16le', bomLength: 2 }],
    ['a UTF-16BE byte-order mark', [0xfe, 0xff, 0x00, 0x41], { encoding: 'utf-16be', bomLength: 2 }],
    ['plain ASCII', [...Buffer.from('Plain text here')], { encoding: 'utf-8', bomLength: 0 }],
    ['UTF-16LE without a mark', [...Buffer.from('Headline without a mark', 'utf16le')], { encoding: 'utf-16le', bomLength: 0 }],
  ])('reads %s', (_name, bytes, expected) => {
    expect(detectEncoding(Uint8Array.from(bytes), 'auto')).toEqual(expected);
  });

  it('follows the user over the guess', () => {
    expect(detectEncoding(Buffer.from('Caf\xe9', 'latin1'), 'latin1')).toEqual({ encoding: 'windows-1252', bomLength: 0 });
  });
});

describe('decodeBytes', () => {
  it('refuses Latin-1 text as UTF-8, naming the byte and suggesting the encoding', () => {
    const result = decodeBytes(Buffer.from('Caf\xe9 owners protest', 'latin1'), { encoding: 'utf-8', bomLength: 0 });
    expect(result).toEqual({ problem: { kind: 'encoding', offset: 3, message: expect.stringMatching(/byte 3 \(0xE9\).*--encoding windows-1252/) } });
  });

  it('decodes UTF-16 with its mark removed', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tokyo — Kyiv', 'utf16le')]);
    expect(decodeBytes(bytes, { encoding: 'utf-16le', bomLength: 2 })).toEqual({ text: 'Tokyo — Kyiv' });
  });

  it('reports a UTF-16 file cut in the middle of a character', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tokyo', 'utf16le'), Buffer.from([0x41])]);
    expect(decodeBytes(bytes, { encoding: 'utf-16le', bomLength: 2 })).toMatchObject({ problem: { kind: 'encoding', offset: 12 } });
  });
});

describe('findBinaryContent', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n...'), 'a PDF document'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'a PNG image'],
    ['a zero byte', Buffer.from('text\u0000more'), 'binary data (a zero byte at byte 4)'],
  ])('recognises %s', (_name, bytes, what) => {
    expect(findBinaryContent(bytes, 'utf-8')).toMatchObject({ kind: 'binary', what });
  });

  it('accepts text with tabs, form feeds and escape sequences', () => {
    expect(findBinaryContent(Buffer.from('a\tb\r\nc\fd'), 'utf-8')).toBeNull();
  });
});
