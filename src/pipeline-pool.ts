// processItems over a pool of worker threads: documents are cleaned and analysed in
// parallel, one per worker at a time, and come out in input order, so that output and
// storage are the same as with processItems in this thread.

import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { LanguageAnalysis } from './document/analysis.js';
import { NewsgraphError } from './errors.js';
import type { PlannedSource } from './ingest/index.js';
import type { IngestItem, RawDocument } from './ingest/raw-document.js';
import { asDocumentError, processItems, type PipelineItem, type Resources } from './pipeline.js';
import type { WorkerOutcome, WorkerTask } from './pipeline-worker.js';

/** Each worker holds its own copy of the models (about 250 MiB), so the default stops at 4. */
export function defaultWorkerCount(): number {
  return Math.min(availableParallelism(), 4);
}

/**
 * Below this much input (about five seconds of work on one core), starting workers that
 * each load the models costs more than it saves.
 */
const SMALL_INPUT_BYTES = 1 << 20;
/** What a gzip file is taken to expand to, for that estimate (news text compresses 3-10:1). */
const GZIP_EXPANSION = 8;

/** The workers for these sources when the user did not say: none for a small input, else defaultWorkerCount(). */
export function workersFor(planned: readonly PlannedSource[]): number {
  let bytes = 0;
  for (const source of planned) {
    // Standard input may be anything up to a whole corpus.
    if (source.kind === 'stdin') return defaultWorkerCount();
    if (source.kind === 'file') bytes += source.path.toLowerCase().endsWith('.gz') ? source.size * GZIP_EXPANSION : source.size;
  }
  return bytes < SMALL_INPUT_BYTES ? 0 : defaultWorkerCount();
}

export interface PoolOptions {
  /** Articles keep their in-memory `analysis` (in this thread they always do). */
  readonly keepAnalysis?: boolean;
}

/**
 * Runs clean and every stage on the documents of `items`: in `workers` worker threads, or
 * in this thread (with `resources`) when `workers` is 0.
 */
export function processItemsWith(items: AsyncIterable<IngestItem>, resources: Resources, workers: number, options: PoolOptions = {}): AsyncGenerator<PipelineItem> {
  return workers > 0 ? processItemsInPool(items, workers, options) : processItems(items, resources);
}

/** Worker threads that clean and analyse documents; close it when done. */
export class DocumentPool {
  readonly workers: number;
  private readonly pool: Piscina;
  private readonly keepAnalysis: boolean;

  constructor(workers: number, options: PoolOptions = {}) {
    this.workers = workers;
    this.pool = createPool(workers);
    this.keepAnalysis = options.keepAnalysis ?? false;
  }

  /** processItems in the pool's workers: the same items, in input order. */
  async *process(items: AsyncIterable<IngestItem>): AsyncGenerator<PipelineItem> {
    // Enough documents in flight to keep every worker busy while the head of the queue
    // finishes, few enough that memory stays bounded by a handful of documents per worker.
    const inFlightLimit = this.workers * 4;
    const pending: Promise<PipelineItem>[] = [];
    try {
      for await (const item of items) {
        if (item.kind === 'document') pending.push(runInPool(this.pool, { document: item.document, keepAnalysis: this.keepAnalysis }));
        else pending.push(Promise.resolve(item.kind === 'failure' ? { ...item, document: null } : item));
        while (pending.length >= inFlightLimit) yield await pending.shift()!;
      }
      while (pending.length > 0) yield await pending.shift()!;
    } finally {
      // When the consumer stops early (Ctrl-C in ingest), let the documents in flight
      // finish: piscina fails loudly when a worker answers a task of a closed pool.
      await Promise.all(pending);
    }
  }

  /** Stops the workers; call it when no `process` is running. */
  close(): Promise<void> {
    return this.pool.destroy();
  }
}

/** A pool of `workers` threads for one stream of items, closed when the stream ends or its consumer stops. */
export async function* processItemsInPool(items: AsyncIterable<IngestItem>, workers: number, options: PoolOptions = {}): AsyncGenerator<PipelineItem> {
  const pool = new DocumentPool(workers, options);
  try {
    yield* pool.process(items);
  } finally {
    await pool.close();
  }
}

function createPool(workers: number): Piscina {
  // Under tsx (development and tests) this file is TypeScript and so is the worker, which
  // then needs tsx's loader too; the built CLI runs plain JavaScript.
  const isTypeScript = import.meta.url.endsWith('.ts');
  const filename = new URL(isTypeScript ? './pipeline-worker.ts' : './pipeline-worker.js', import.meta.url).href;
  const needsLoader = isTypeScript && !process.execArgv.some((argument) => argument.includes('tsx'));
  return new Piscina({
    filename,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: 1,
    idleTimeout: Number.POSITIVE_INFINITY,
    ...(needsLoader ? { execArgv: [...process.execArgv, '--import', 'tsx'] } : {}),
  });
}

async function runInPool(pool: Piscina, task: WorkerTask): Promise<PipelineItem> {
  const { document } = task;
  try {
    const outcome = (await pool.run(task)) as WorkerOutcome;
    if (outcome.ok) {
      const { article } = outcome;
      return { kind: 'article', article: article.analysis ? { ...article, analysis: LanguageAnalysis.revive(article.analysis) } : article, raw: document };
    }
    const error = new NewsgraphError(outcome.code, outcome.message, outcome.location);
    return { kind: 'failure', error, raw: null, document };
  } catch (error) {
    // The worker itself failed (out of memory, killed): the document is reported, the batch goes on.
    return { kind: 'failure', error: asDocumentError(error, document), raw: null, document };
  }
}
