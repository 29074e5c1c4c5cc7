import type { InputFormat } from '../document/article.js';
import type { DocumentLocation, NewsgraphError } from '../errors.js';

/** Metadata an input format states about a document, as printed (clean normalises it). */
export interface RawMetadata {
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  readonly date?: string | undefined;
  readonly byline?: string | undefined;
  readonly externalId?: string | undefined;
}

/** One document as read from its source, before cleaning. */
export interface RawDocument {
  readonly format: InputFormat;
  /** `text` is plain text with line breaks; `html` is a whole page; `html-fragment` is feed or record content. */
  readonly contentType: 'text' | 'html' | 'html-fragment';
  readonly content: string;
  readonly metadata: RawMetadata;
  /** Path as the user gave it, or null for stdin. */
  readonly path: string | null;
  readonly index: number;
  readonly line: number | null;
  readonly byteStart: number | null;
  readonly byteEnd: number | null;
  /** Encoding the bytes were decoded from (utf-8, utf-16le, ...). */
  readonly encoding: string;
}

export interface IngestDocument {
  readonly kind: 'document';
  readonly document: RawDocument;
}

export interface IngestFailure {
  readonly kind: 'failure';
  readonly error: NewsgraphError;
  /** The offending input when it is small enough to keep; otherwise null and the location points at it. */
  readonly raw: Uint8Array | null;
}

/** Reported after each source (file or stdin) has been read, for summaries; bytes are counted by `onBytes`. */
export interface IngestSourceDone {
  readonly kind: 'source-done';
  readonly path: string | null;
}

export type IngestItem = IngestDocument | IngestFailure | IngestSourceDone;

export function locationOf(document: RawDocument): DocumentLocation {
  return {
    path: document.path,
    line: document.line ?? undefined,
    byteStart: document.byteStart ?? undefined,
    byteEnd: document.byteEnd ?? undefined,
    index: document.index,
  };
}
