// One worker thread of the document pool (src/pipeline-pool.ts): cleans a raw document
// and runs every stage on it. Each worker loads the models once, on its first document.

import type { Article } from './document/article.js';
import type { DocumentLocation, ErrorCode } from './errors.js';
import type { RawDocument } from './ingest/raw-document.js';
import { asDocumentError, loadResources, processDocument } from './pipeline.js';

/** What crosses back to the main thread: plain data, since class instances lose their methods on the way. */
export type WorkerOutcome =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string; readonly location: DocumentLocation | null };

const resources = loadResources();

export default function processInWorker(raw: RawDocument): WorkerOutcome {
  try {
    // The in-memory analysis (typed arrays in a class) is not part of the output and is
    // not stored; copying it between threads would cost more than the rest of the article.
    return { ok: true, article: { ...processDocument(raw, resources), analysis: null } };
  } catch (error) {
    const failure = asDocumentError(error, raw);
    return { ok: false, code: failure.code, message: failure.message, location: failure.location };
  }
}
