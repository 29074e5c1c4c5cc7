// Writes a stream of pipeline results to a store in batches, one transaction each, so
// an interrupted ingest leaves whole batches behind and never half an article.

import type { PipelineItem } from '../pipeline.js';
import type { ArticleStore, BatchResult, StoreItem } from './store.js';

export interface WriteTotals {
  documents: number;
  articlesAdded: number;
  articlesExisting: number;
  failed: number;
  failuresRepeated: number;
  sources: number;
  isInterrupted: boolean;
}

export interface WriteOptions {
  readonly batchSize: number;
  /** Stops reading; what was read is written first. */
  readonly signal?: AbortSignal | undefined;
  readonly onItem?: ((item: PipelineItem) => void) | undefined;
}

export async function writeItems(items: AsyncIterable<PipelineItem>, store: ArticleStore, options: WriteOptions): Promise<WriteTotals> {
  const totals: WriteTotals = { documents: 0, articlesAdded: 0, articlesExisting: 0, failed: 0, failuresRepeated: 0, sources: 0, isInterrupted: false };
  let batch: StoreItem[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    addBatch(totals, await store.writeBatch(batch));
    batch = [];
  };
  for await (const item of items) {
    options.onItem?.(item);
    if (item.kind === 'source-done') {
      totals.sources += 1;
      continue;
    }
    if (item.kind === 'article' || item.document) totals.documents += 1;
    batch.push(item);
    if (batch.length >= options.batchSize) await flush();
    if (options.signal?.aborted) {
      // Every item in the batch is whole: write them, then stop reading.
      await flush();
      totals.isInterrupted = true;
      return totals;
    }
  }
  await flush();
  return totals;
}

function addBatch(totals: WriteTotals, result: BatchResult): void {
  totals.articlesAdded += result.articlesAdded;
  totals.articlesExisting += result.articlesExisting;
  totals.failed += result.failuresAdded + result.failuresRepeated;
  totals.failuresRepeated += result.failuresRepeated;
}
