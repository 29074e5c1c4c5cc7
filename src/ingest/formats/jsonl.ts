// JSON Lines: one document per line, `{"text"|"html": ..., "title", "url", "date"|"publishedAt", "id"}`.
// Read line by line from the stream, so memory stays bounded whatever the file size.

import type { DocumentLocation } from '../../errors.js';
import { decodeBytes, type DetectedEncoding } from '../decode.js';
import { formatBytes } from '../../units.js';
import { describeGzipError, ingestFailure, isZlibError } from '../failure.js';
import { readLines, type ByteLine } from '../line-reader.js';
import type { IngestItem, RawMetadata } from '../raw-document.js';

export interface JsonLinesContext {
  readonly path: string | null;
  readonly detected: DetectedEncoding;
  readonly maxDocumentBytes: number;
}

export async function* readJsonLines(chunks: AsyncIterable<Buffer>, context: JsonLinesContext): AsyncGenerator<IngestItem> {
  const { detected } = context;
  const lines = readLines(chunks, {
    maxLineBytes: context.maxDocumentBytes,
    unitSize: detected.encoding.startsWith('utf-16') ? 2 : 1,
    bigEndian: detected.encoding === 'utf-16be',
    skipBytes: detected.bomLength,
  });
  let index = 0;
  let lastLine = 0;
  let lastByte = detected.bomLength;
  try {
    for await (const line of lines) {
      lastLine = line.lineNumber;
      lastByte = line.byteEnd;
      if (line.bytes !== null && isBlankLine(line.bytes)) continue;
      yield readRecord(line, index, context);
      index += 1;
    }
  } catch (error) {
    if (!isZlibError(error)) throw error;
    yield ingestFailure('INGEST_BAD_GZIP', `${describeGzipError(error)} after line ${lastLine}; the ${index} records before it were read`, {
      path: context.path,
      line: lastLine + 1,
      byteStart: lastByte,
    });
  }
}

function isBlankLine(bytes: Buffer): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x00) return false;
  }
  return true;
}

function readRecord(line: ByteLine, index: number, context: JsonLinesContext): IngestItem {
  const location: DocumentLocation = { path: context.path, line: line.lineNumber, byteStart: line.byteStart, byteEnd: line.byteEnd, index };
  if (line.bytes === null) {
    const size = line.byteEnd - line.byteStart;
    return ingestFailure('INGEST_TOO_LARGE', `the record is ${formatBytes(size)}, over the ${formatBytes(context.maxDocumentBytes)} limit (--max-document-size)`, location);
  }
  const decoded = decodeBytes(line.bytes, { encoding: context.detected.encoding, bomLength: 0 }, line.byteStart);
  if ('problem' in decoded) {
    return ingestFailure('INGEST_BAD_ENCODING', decoded.problem.kind === 'encoding' ? decoded.problem.message : decoded.problem.what, location, line.bytes);
  }
  let record: unknown;
  try {
    record = JSON.parse(decoded.text);
  } catch (error) {
    return ingestFailure('INGEST_BAD_JSON', `not valid JSON: ${error instanceof Error ? error.message : String(error)}`, location, line.bytes);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return ingestFailure('INGEST_BAD_RECORD', `the record is ${Array.isArray(record) ? 'an array' : typeof record}, not a JSON object`, location, line.bytes);
  }
  return recordToDocument(record as Record<string, unknown>, line, index, context, location);
}

function recordToDocument(record: Record<string, unknown>, line: ByteLine, index: number, context: JsonLinesContext, location: DocumentLocation): IngestItem {
  const text = record['text'];
  const html = record['html'];
  const hasText = typeof text === 'string' && text.trim().length > 0;
  const hasHtml = typeof html === 'string' && html.trim().length > 0;
  if (!hasText && !hasHtml) {
    const keys = Object.keys(record).slice(0, 8).join(', ') || 'none';
    return ingestFailure('INGEST_BAD_RECORD', `no non-empty "text" or "html" string field (fields: ${keys})`, location, line.bytes);
  }
  const metadata: RawMetadata = {
    title: stringField(record, 'title', 'headline'),
    url: stringField(record, 'url', 'link'),
    date: stringField(record, 'publishedAt', 'date', 'published', 'published_at'),
    byline: stringField(record, 'byline', 'author'),
    externalId: stringField(record, 'id'),
  };
  return {
    kind: 'document',
    document: {
      format: 'jsonl',
      contentType: hasText ? 'text' : isWholePage(html as string) ? 'html' : 'html-fragment',
      content: hasText ? (text as string) : (html as string),
      metadata,
      path: context.path,
      index,
      line: line.lineNumber,
      byteStart: line.byteStart,
      byteEnd: line.byteEnd,
      encoding: context.detected.encoding,
    },
  };
}

/** The first of `keys` holding a non-empty string or a finite number, as a string. */
function stringField(record: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim().length > 0) return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

function isWholePage(html: string): boolean {
  return /^\s*(<!doctype\s+html|<html[\s>])/i.test(html);
}
