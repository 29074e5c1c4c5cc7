// Every error newsgraph reports has a stable code from this list. Tools and the
// failures table key on the code; the message is for people and names the document.

export const errorCodes = {
  INGEST_UNREADABLE: 'the file or directory could not be read (permissions, missing, I/O error)',
  INGEST_NOT_REGULAR_FILE: 'the path is a device, FIFO or socket, not a regular file',
  INGEST_EMPTY: 'the file or record holds no text',
  INGEST_BINARY: 'the content is binary data, not text',
  INGEST_BAD_ENCODING: 'the bytes are not valid in the detected or requested encoding',
  INGEST_TOO_LARGE: 'the document is larger than the configured size limit',
  INGEST_BAD_GZIP: 'the gzip stream is corrupt or truncated',
  INGEST_BAD_JSON: 'a JSON Lines record is not valid JSON',
  INGEST_BAD_RECORD: 'a JSON Lines record lacks a usable text or html field',
  INGEST_BAD_XML: 'a feed is not well-formed XML',
  INGEST_UNSUPPORTED_FORMAT: 'the content is in a format newsgraph does not read',
  CLEAN_NO_CONTENT: 'no article text was left after cleaning',
  PIPELINE_UNEXPECTED: 'a stage raised an unexpected error on this document (a bug; please report it)',
  STORE_FAILED: 'the database rejected a write',
  USAGE: 'the command line was wrong',
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** Where a document sits in its source: enough to find it again and to say so. */
export interface DocumentLocation {
  readonly path: string | null;
  /** 1-based line of the document's first line, when the format has lines. */
  readonly line?: number | undefined;
  readonly byteStart?: number | undefined;
  readonly byteEnd?: number | undefined;
  /** Index of the document within its source (item, record or article number). */
  readonly index?: number | undefined;
}

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  readonly location: DocumentLocation | null;

  constructor(code: ErrorCode, message: string, location: DocumentLocation | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NewsgraphError';
    this.code = code;
    this.location = location;
  }

  /** One line: code, where, why. */
  describe(): string {
    return `${this.code} ${describeLocation(this.location)}: ${this.message}`;
  }
}

export function describeLocation(location: DocumentLocation | null): string {
  if (!location) return '(no document)';
  const where = location.path ?? '<stdin>';
  const parts: string[] = [];
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  if (location.byteStart !== undefined && location.byteEnd !== undefined) {
    parts.push(`bytes ${location.byteStart}-${location.byteEnd}`);
  } else if (location.byteStart !== undefined) {
    parts.push(`byte ${location.byteStart}`);
  }
  if (location.index !== undefined && location.line === undefined) parts.push(`document ${location.index}`);
  return parts.length > 0 ? `${where} (${parts.join(', ')})` : where;
}
