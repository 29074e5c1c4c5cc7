// Keys that say which document of which source a row is about, so that seeing the same
// input again updates rows instead of adding them. Paths are stored absolute so that a
// run from another directory finds the same rows.

import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { DocumentLocation } from '../errors.js';
import type { RawDocument } from '../ingest/raw-document.js';

export const stdinPath = '-';

export function storedPath(path: string | null): string {
  return path === null ? stdinPath : resolve(path);
}

/** `line:12` for a document that starts on a known line, else `index:3`. */
export function documentKey(document: Pick<RawDocument, 'line' | 'index'>): string {
  return document.line !== null ? `line:${document.line}` : `index:${document.index}`;
}

/** A failure about one document is keyed like the document; one about the whole source is `file`. */
export function failureKey(location: DocumentLocation | null): string {
  if (location?.line !== undefined) return `line:${location.line}`;
  if (location?.index !== undefined) return `index:${location.index}`;
  return 'file';
}

export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}
