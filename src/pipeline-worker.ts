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

export interface WorkerTask {
  readonly document: RawDocument;
  /** Send the in-memory analysis back too (`extract --conllu`). */
  readonly keepAnalysis: boolean;
}

export default function processInWorker({ document: raw, keepAnalysis }: WorkerTask): WorkerOutcome {
  try {
    const article = processDocument(raw, resources);
    // The in-memory analysis is not part of the output and is not stored; copying it
    // between threads costs more than the rest of the article, so only when asked.
    return { ok: true, article: keepAnalysis ? article : { ...article, analysis: null } };
  } catch (error) {
    const failure = asDocumentError(error, raw);
    return { ok: false, code: failure.code, message: failure.message, location: failure.location };
  }
}
