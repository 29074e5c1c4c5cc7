import { Command } from 'commander';
import { planSources, readPlannedSources, type ReadOptions } from '../../ingest/index.js';
import { loadResources } from '../../pipeline.js';
import { processItemsWith, workersFor } from '../../pipeline-pool.js';
import { openSqliteStore } from '../../store/sqlite/index.js';
import type { ArticleStore } from '../../store/store.js';
import { writeItems, type WriteTotals } from '../../store/write-items.js';
import { formatBytes } from '../../units.js';
import { databasePath, formatDuration, formatFailure, setExitStatus } from '../output.js';
import { startProgress } from '../progress.js';
import { addReadOptions, parsePositiveInteger, readOptionsFrom } from '../read-options.js';

export function ingestCommand(): Command {
  const command = new Command('ingest')
    .description('read news files (text dumps, HTML, RSS/Atom, JSON Lines, gzip), clean them and store the articles')
    .argument('<paths...>', 'files or directories to read (recursively); "-" reads stdin')
    .option('--batch-size <n>', 'documents written per transaction', parsePositiveInteger, 200)
    .option('-q, --quiet', 'no progress bar');
  addReadOptions(command).action(async (paths: string[], options, self: Command) => {
    const database = databasePath(self);
    const store = openSqliteStore(database);
    try {
      const totals = await ingestIntoStore(paths, store, { ...options, showProgress: !options.quiet, database });
      process.stdout.write(`${formatTotals(totals)}\n`);
      setExitStatus(totals);
    } finally {
      await store.close();
    }
  });
  return command;
}

export interface IngestRunOptions {
  readonly encoding: ReadOptions['encoding'];
  readonly maxDocumentSize: number;
  readonly batchSize: number;
  readonly showProgress: boolean;
  /** Worker threads for clean and the stages; 0 runs them in this thread; undefined chooses by the input's size. */
  readonly workers: number | undefined;
  /** The database file, never read as input even when it lies among the inputs. */
  readonly database: string;
}

/** Plans, reads, cleans and stores `paths`, with progress and one line per failure. Ctrl-C stops after the current batch. */
export async function ingestIntoStore(paths: readonly string[], store: ArticleStore, options: IngestRunOptions): Promise<IngestTotals> {
  const started = process.hrtime.bigint();
  const planned = await planSources(paths, ['', '-wal', '-shm', '-journal'].map((suffix) => `${options.database}${suffix}`));
  const totalBytes = planned.reduce((sum, source) => sum + (source.kind === 'file' ? source.size : 0), 0);
  const progress = startProgress(totalBytes, options.showProgress);
  let bytesRead = 0;
  const readOptions = readOptionsFrom(options, (count) => {
    bytesRead += count;
    progress.addBytes(count);
  });
  const controller = new AbortController();
  const interrupt = (): void => controller.abort();
  process.once('SIGINT', interrupt);
  try {
    const items = processItemsWith(readPlannedSources(planned, readOptions), loadResources(), options.workers ?? workersFor(planned));
    const totals = await writeItems(items, store, {
      batchSize: options.batchSize,
      signal: controller.signal,
      onItem: (item) => {
        if (item.kind === 'article') progress.countArticle();
        if (item.kind === 'failure') {
          progress.countFailure();
          progress.log(formatFailure(item.error));
        }
      },
    });
    // Bytes as read from disk, so that an interrupted run too says how far it got.
    return { ...totals, bytes: bytesRead, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  } finally {
    process.removeListener('SIGINT', interrupt);
    progress.stop();
  }
}

export type IngestTotals = WriteTotals & { readonly bytes: number; readonly seconds: number };

export function formatTotals(totals: IngestTotals): string {
  const articles = `${totals.articlesAdded + totals.articlesExisting} articles (${totals.articlesAdded} new, ${totals.articlesExisting} already stored)`;
  const results = `${articles}, ${totals.failed} failed in ${formatDuration(totals.seconds)}`;
  if (totals.isInterrupted) {
    return `interrupted after ${totals.documents} documents (${formatBytes(totals.bytes)} read): ${results}; run the same command again to finish`;
  }
  const sources = `${totals.sources} source${totals.sources === 1 ? '' : 's'} (${formatBytes(totals.bytes)})`;
  return `ingested ${sources}: ${totals.documents} documents, ${results}`;
}
