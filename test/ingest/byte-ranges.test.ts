// Property: the byte range of every raw document rebuilds it from the file's bytes,
// whatever the encoding, line ends and characters.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../src/ingest/index.js';
import { readSource } from '../../src/ingest/read-source.js';
import { collect, makeTempDir } from '../helpers.js';

const words = fc.constantFrom('Kyiv’s', 'delegation', '—', 'said', '“2+2”', 'Tōkyō', '🇺🇦', 'Siem Reap', 'today´s', 'e\u0301lite');
const sentence = fc.array(words, { minLength: 3, maxLength: 12 }).map((parts) => `${parts.join(' ')}.`);
const headline = fc.constantFrom('Talks Resume in Tokyo After Long Pause', 'Landmine Victims Gather in Cambodia', 'Floods Hit Eastern Spain Overnight');
const article = fc.tuple(headline, fc.array(sentence, { minLength: 1, maxLength: 5 })).map(([title, body]) => [title, '', title, '', ...body].join('\n'));

async function documentsOf(path: string) {
  const items = await collect(readSource(path, defaultReadOptions));
  return items.flatMap((item) => (item.kind === 'document' ? [item.document] : []));
}

describe('byte ranges of raw documents', () => {
  it('rebuild each article of a text dump, in UTF-8 or UTF-16, with LF or CRLF', async () => {
    const dir = makeTempDir();
    await fc.assert(
      fc.asyncProperty(fc.array(article, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom('utf-8', 'utf-16le'), async (articles, newline, encoding) => {
        const text = articles.join('\n\n\n\n').replace(/\n/g, newline);
        const bytes = encoding === 'utf-8' ? Buffer.from(text, 'utf8') : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        const path = join(dir, 'dump.txt');
        writeFileSync(path, bytes);
        const documents = await documentsOf(path);
        expect(documents).toHaveLength(articles.length);
        for (const document of documents) {
          const slice = bytes.subarray(document.byteStart!, document.byteEnd!);
          expect(encoding === 'utf-8' ? slice.toString('utf8') : slice.toString('utf16le')).toBe(document.content);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('rebuild each JSON Lines record, gzip or not', async () => {
    const dir = makeTempDir();
    await fc.assert(
      fc.asyncProperty(fc.array(sentence, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.boolean(), async (texts, hasCrlf, isGzip) => {
        const lines = texts.map((text, i) => JSON.stringify({ text, id: i }));
        const bytes = Buffer.from(lines.join(hasCrlf ? '\r\n' : '\n'));
        // For gzip, ranges count in the decompressed stream.
        const path = join(dir, isGzip ? 'records.jsonl.gz' : 'records.jsonl');
        writeFileSync(path, isGzip ? gzipSync(bytes) : bytes);
        const documents = await documentsOf(path);
        expect(documents.map((document) => bytes.subarray(document.byteStart!, document.byteEnd!).toString())).toEqual(lines);
        expect(documents.map((document) => document.line)).toEqual(lines.map((_, i) => i + 1));
      }),
      { numRuns: 60 },
    );
  });
});
