// Ingest throughput and memory on a large JSON Lines gzip file built from the sample
// corpus, against a baseline in the same process: reading and gunzipping that file
// without processing it. Ingest here is read, clean and store, without the stages after
// clean: the language core has its own benchmark (./language.ts), and at its speed the
// 200 MiB file would take most of an hour.

import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createGunzip, createGzip } from 'node:zlib';
import { defaultReadOptions, ingestPaths, type RawDocument } from '../src/ingest/index.js';
import { loadResources, processItems } from '../src/pipeline.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { writeItems } from '../src/store/write-items.js';
import { measure, type Measurement } from './measure.js';

const targetBytes = 200 * 1024 * 1024;
const generatorVersion = 1;

export interface IngestBenchResult {
  readonly file: string;
  readonly uncompressedBytes: number;
  readonly compressedBytes: number;
  readonly records: number;
  readonly baseline: Measurement;
  readonly extract: Measurement;
  readonly ingest: Measurement;
}

export async function benchIngest(outDirectory: string, log: (line: string) => void): Promise<IngestBenchResult> {
  const file = join(outDirectory, `ingest-corpus-v${generatorVersion}.jsonl.gz`);
  if (!existsSync(file)) {
    log(`building ${file} (at least ${targetBytes / 1048576} MiB of JSON Lines from the sample corpus)`);
    // In a child process, so that building leaves nothing in this one's memory before measuring.
    execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--build', file], { stdio: 'inherit' });
  }
  const { uncompressedBytes, records } = await countCorpus(file);
  log('baseline: read and gunzip');
  const baseline = await measure(async () => ({ bytes: await readAndGunzip(file), articles: 0 }));
  log('extract: ingest + clean, no store');
  const extract = await measure(async () => {
    let articles = 0;
    for await (const item of processItems(ingestPaths([file], defaultReadOptions), loadResources(), [])) if (item.kind === 'article') articles += 1;
    return { bytes: uncompressedBytes, articles };
  });
  log('ingest: ingest + clean + SQLite with full-text index');
  const directory = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const ingest = await measure(async () => {
    const store = openSqliteStore(join(directory, 'bench.db'));
    const totals = await writeItems(processItems(ingestPaths([file], defaultReadOptions), loadResources(), []), store, { batchSize: 500 });
    await store.close();
    return { bytes: uncompressedBytes, articles: totals.articlesAdded };
  });
  rmSync(directory, { recursive: true, force: true });
  return { file, uncompressedBytes, compressedBytes: statSync(file).size, records, baseline, extract, ingest };
}

/** Records cycle through the raw documents of the sample corpus, each made unique by a numbered paragraph. */
export async function buildCorpus(file: string): Promise<void> {
  mkdirSync(join(file, '..'), { recursive: true });
  const documents: RawDocument[] = [];
  for await (const item of ingestPaths(['sample'], defaultReadOptions)) {
    if (item.kind === 'document') documents.push(item.document);
  }
  const gzip = createGzip({ level: 6 });
  const output = gzip.pipe(createWriteStream(`${file}.partial`));
  let written = 0;
  for (let index = 0; written < targetBytes; index += 1) {
    const line = `${JSON.stringify(recordOf(documents[index % documents.length]!, index))}\n`;
    written += Buffer.byteLength(line);
    if (!gzip.write(line)) await once(gzip, 'drain');
  }
  gzip.end();
  await once(output, 'finish');
  renameSync(`${file}.partial`, file);
}

function recordOf(document: RawDocument, index: number): Record<string, string> {
  const marker = `Bulletin ${index} of the benchmark corpus was filed at ${index % 24}:00 local time.`;
  const base = { id: `bench-${index}`, ...(document.metadata.title ? { title: `${document.metadata.title} (${index})` } : {}), ...(document.metadata.date ? { date: document.metadata.date } : {}) };
  if (document.contentType === 'text') return { ...base, text: `${document.content}\n\n${marker}` };
  const html = document.content.includes('</body>') ? document.content.replace('</body>', `<p>${marker}</p></body>`) : `${document.content}<p>${marker}</p>`;
  return { ...base, html };
}

async function countCorpus(file: string): Promise<{ uncompressedBytes: number; records: number }> {
  let uncompressedBytes = 0;
  let records = 0;
  for await (const chunk of createReadStream(file).pipe(createGunzip()) as AsyncIterable<Buffer>) {
    uncompressedBytes += chunk.length;
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) records += 1;
  }
  return { uncompressedBytes, records };
}

async function readAndGunzip(file: string): Promise<number> {
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }).pipe(createGunzip()) as AsyncIterable<Buffer>) bytes += chunk.length;
  return bytes;
}

if (process.argv[2] === '--build' && process.argv[3]) await buildCorpus(process.argv[3]);
