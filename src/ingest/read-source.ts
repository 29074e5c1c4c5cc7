// Reads one source (a file or stdin) into raw documents or failures. Every problem
// becomes a failure item naming the file and position; nothing here throws for bad input.

import { NewsgraphError } from '../errors.js';
import { openByteSource, type ByteSource } from './byte-source.js';
import { makeByteOffsets, makeLineNumbers } from './byte-offsets.js';
import { decodeBytes, detectEncoding, findBinaryContent, type DetectedEncoding, type EncodingChoice } from './decode.js';
import { formatBytes } from '../units.js';
import { describeGzipError, describeSystemError, ingestFailure, isZlibError } from './failure.js';
import { readFeed } from './formats/feed.js';
import { readJsonLines } from './formats/jsonl.js';
import { splitTextDump } from './text-dump.js';
import type { IngestItem, RawDocument } from './raw-document.js';
import { sniffFormat, type SniffedFormat } from './sniff.js';

export interface ReadOptions {
  readonly encoding: EncodingChoice;
  /** Largest document (JSON Lines record, or whole HTML/feed/text file) read, in bytes. */
  readonly maxDocumentBytes: number;
  /** Called with each count of bytes read from disk, for progress. */
  readonly onBytes?: ((count: number) => void) | undefined;
}

export const defaultReadOptions: ReadOptions = { encoding: 'auto', maxDocumentBytes: 32 * 1024 * 1024 };

export async function* readSource(path: string | null, options: ReadOptions): AsyncGenerator<IngestItem> {
  let source: ByteSource;
  try {
    source = await openByteSource(path, (count) => options.onBytes?.(count));
  } catch (error) {
    yield fileFailure(path, error);
    yield { kind: 'source-done', path };
    return;
  }
  try {
    yield* readOpenedSource(source, path, options);
  } catch (error) {
    yield fileFailure(path, error);
  } finally {
    source.close();
  }
  yield { kind: 'source-done', path };
}

function fileFailure(path: string | null, error: unknown): IngestItem {
  if (error instanceof NewsgraphError) return { kind: 'failure', error, raw: null };
  if (isZlibError(error)) {
    return ingestFailure('INGEST_BAD_GZIP', describeGzipError(error), { path });
  }
  return ingestFailure('INGEST_UNREADABLE', `cannot read: ${describeSystemError(error)}`, { path });
}

async function* readOpenedSource(source: ByteSource, path: string | null, options: ReadOptions): AsyncGenerator<IngestItem> {
  const where = { path };
  if (source.head.length === 0) {
    yield ingestFailure('INGEST_EMPTY', source.isGzip ? 'the gzip file holds no data' : 'the file is empty', where);
    return;
  }
  const detected = detectEncoding(source.head, options.encoding);
  const binary = findBinaryContent(source.head.subarray(detected.bomLength), detected.encoding);
  if (binary && binary.kind === 'binary') {
    yield ingestFailure('INGEST_BINARY', `looks like ${binary.what}; newsgraph reads text, HTML, RSS/Atom and JSON Lines`, { path, byteStart: binary.offset + detected.bomLength });
    return;
  }
  const sniffed = sniffFormat(new TextDecoder(detected.encoding).decode(source.head.subarray(detected.bomLength, 4096)));
  if (sniffed.format === 'unsupported') {
    yield ingestFailure('INGEST_UNSUPPORTED_FORMAT', `the content is ${sniffed.reason}`, where);
    return;
  }
  if (sniffed.format === 'jsonl') {
    yield* readJsonLines(source.chunks, { path, detected, maxDocumentBytes: options.maxDocumentBytes });
    return;
  }
  yield* readWholeSource(await readWhole(source.chunks, options.maxDocumentBytes, path), sniffed, path, detected);
}

/** Formats read as a whole (text dumps, HTML pages, feeds), after the size check. */
function* readWholeSource(bytes: Buffer, sniffed: Extract<SniffedFormat, { format: 'text' | 'html' | 'feed' }>, path: string | null, detected: DetectedEncoding): Generator<IngestItem> {
  const decoded = decodeBytes(bytes, detected);
  if ('problem' in decoded) {
    yield ingestFailure('INGEST_BAD_ENCODING', decoded.problem.kind === 'encoding' ? decoded.problem.message : decoded.problem.what, { path, byteStart: decoded.problem.offset });
    return;
  }
  const text = decoded.text;
  if (text.trim().length === 0) {
    yield ingestFailure('INGEST_EMPTY', 'the file holds only white space', { path });
    return;
  }
  if (sniffed.format === 'feed') {
    yield* readFeed(text, sniffed.dialect, { path, encoding: detected.encoding, byteOffsetOf: makeByteOffsets(text, detected.encoding, detected.bomLength), lineOf: makeLineNumbers(text) });
  } else if (sniffed.format === 'html') {
    yield documentOf({ format: 'html', contentType: 'html', content: text, metadata: {}, path, index: 0, line: 1, byteStart: 0, byteEnd: bytes.length, encoding: detected.encoding });
  } else {
    yield* readTextDump(text, path, detected);
  }
}

function* readTextDump(text: string, path: string | null, detected: DetectedEncoding): Generator<IngestItem> {
  const byteOffsetOf = makeByteOffsets(text, detected.encoding, detected.bomLength);
  const segments = splitTextDump(text);
  for (const [index, segment] of segments.entries()) {
    yield documentOf({
      format: 'text',
      contentType: 'text',
      content: text.slice(segment.start, segment.end),
      metadata: {},
      path,
      index,
      line: segment.firstLine + 1,
      byteStart: byteOffsetOf(segment.start),
      byteEnd: byteOffsetOf(segment.end),
      encoding: detected.encoding,
    });
  }
}

function documentOf(document: RawDocument): IngestItem {
  return { kind: 'document', document };
}

/** Collects a stream up to `limit` bytes; a larger source is refused without being read to its end. */
async function readWhole(chunks: AsyncIterable<Buffer>, limit: number, path: string | null): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > limit) {
      throw new NewsgraphError('INGEST_TOO_LARGE', `the file is over the ${formatBytes(limit)} limit (--max-document-size) for a single document; only JSON Lines may be larger, one record per line`, { path, byteStart: 0, byteEnd: limit });
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}
