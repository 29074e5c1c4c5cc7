// `npm run bench`: speed and memory, each reported as a ratio against a baseline run in
// the same process. Results are printed and written to bench/out/results.json.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchIngest } from './ingest.js';
import { execFileSync } from 'node:child_process';
import type { LanguageBench } from './language.js';
import { readBenchTexts } from './language.js';
import type { Measurement } from './measure.js';

const outDirectory = join(import.meta.dirname, 'out');
mkdirSync(outDirectory, { recursive: true });
// Phase names on a terminal only; piped output stays the table.
const log = (line: string): void => {
  if (process.stderr.isTTY) process.stderr.write(`… ${line}\n`);
};

// The language benchmark runs in a process of its own, so that its peak RSS is the
// language core's alone and its loaded models do not weigh on the ingest figures.
log('language core, wink-nlp and compromise');
const language = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'language.ts')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })) as LanguageBench | null;
log('whole pipeline memory, one thread, built code');
const pipelineMemory = measurePipelineMemory();
const ingest = await benchIngest(outDirectory, log);
const row = (name: string, measurement: Measurement): string =>
  `${name.padEnd(32)}${measurement.mibPerSecond.toFixed(1).padStart(9)}${(measurement.articles > 0 ? Math.round(measurement.articlesPerSecond).toLocaleString('en-US') : '-').padStart(13)}${measurement.peakRssMiB.toFixed(0).padStart(15)}${measurement.seconds.toFixed(1).padStart(10)}`;
const ratio = (measurement: Measurement): string => (measurement.mibPerSecond / ingest.baseline.mibPerSecond).toFixed(3);

const lines = [
  `ingest: ${(ingest.uncompressedBytes / 1048576).toFixed(1)} MiB of JSON Lines (${(ingest.compressedBytes / 1048576).toFixed(1)} MiB gzip), ${ingest.records.toLocaleString('en-US')} records, node ${process.version}`,
  `${''.padEnd(32)}${'MiB/s'.padStart(9)}${'articles/s'.padStart(13)}${'peak RSS MiB'.padStart(15)}${'seconds'.padStart(10)}`,
  row('baseline: read + gunzip', ingest.baseline),
  row('extract: ingest + clean', ingest.extract),
  row('ingest: + SQLite, FTS5, WAL', ingest.ingest),
  `ratio to baseline throughput: extract ${ratio(ingest.extract)}, ingest ${ratio(ingest.ingest)}; peak RSS ingest/baseline ${(ingest.ingest.peakRssMiB / ingest.baseline.peakRssMiB).toFixed(2)}`,
];
lines.push('', ...(language ? languageLines(language) : ['language: skipped, ../shared/data/news-corpus is absent']));
if (pipelineMemory) lines.push(`peak RSS of the whole pipeline in one thread (every model and dictionary loaded, ${pipelineMemory.articles.toLocaleString('en-US')} Reuters articles, as extract --workers 0): ${pipelineMemory.peakRssMiB.toFixed(0)} MiB (target <= 400)`);
process.stdout.write(`${lines.join('\n')}\n`);
writeFileSync(join(outDirectory, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ingest, language, pipelineMemory }, null, 2)}\n`);

/** The whole pipeline's peak RSS over the language benchmark's texts, in a process of its own over dist/ (bench/pipeline-memory.mjs). */
function measurePipelineMemory(): { articles: number; peakRssMiB: number } | null {
  const texts = readBenchTexts();
  if (texts === null) return null;
  const textsPath = join(outDirectory, 'pipeline-memory-texts.json');
  writeFileSync(textsPath, JSON.stringify(texts));
  return JSON.parse(execFileSync(process.execPath, [join(import.meta.dirname, 'pipeline-memory.mjs'), textsPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })) as { articles: number; peakRssMiB: number };
}

function languageLines(bench: LanguageBench): string[] {
  const languageRow = (run: LanguageBench['ours']): string =>
    `${run.name.padEnd(32)}${run.mibPerSecond.toFixed(2).padStart(9)}${Math.round(run.tokensPerSecond).toLocaleString('en-US').padStart(13)}${run.seconds.toFixed(1).padStart(10)}`;
  return [
    `language: ${(bench.bytes / 1048576).toFixed(1)} MiB of ${bench.corpus}, ${bench.articles.toLocaleString('en-US')} articles, ${bench.tokens.toLocaleString('en-US')} tokens`,
    `${''.padEnd(32)}${'MiB/s'.padStart(9)}${'tokens/s'.padStart(13)}${'seconds'.padStart(10)}`,
    languageRow(bench.ours),
    languageRow(bench.wink),
    languageRow(bench.compromise),
    languageRow(bench.pipelineInThread),
    languageRow(bench.pipelineWithoutQuotes),
    languageRow(bench.pipelineInPool),
    `ratio of newsgraph's throughput: ${(bench.ours.mibPerSecond / bench.compromise.mibPerSecond).toFixed(2)}x compromise (target >= 3), ${(bench.ours.mibPerSecond / bench.wink.mibPerSecond).toFixed(2)}x wink-nlp (target >= 0.5)`,
    `quotes stage: ${(100 * (1 - bench.pipelineInThread.mibPerSecond / bench.pipelineWithoutQuotes.mibPerSecond)).toFixed(1)}% of the pipeline's time in one thread (the pipeline without it runs ${(bench.pipelineWithoutQuotes.mibPerSecond / bench.pipelineInThread.mibPerSecond).toFixed(2)}x as fast)`,
    `pipeline (clean, language, resolve and quotes stages, as extract runs it): ${bench.pipelineInPool.workers} worker threads give ${(bench.pipelineInPool.mibPerSecond / bench.pipelineInThread.mibPerSecond).toFixed(2)}x this thread's throughput; ${(bench.pipelineInPool.mibPerSecond / bench.compromise.mibPerSecond).toFixed(2)}x compromise, ${(bench.pipelineInPool.mibPerSecond / bench.wink.mibPerSecond).toFixed(2)}x wink-nlp (both on one thread)`,
    `peak RSS with all models loaded: ${bench.oursPeakRssMiB.toFixed(0)} MiB (target <= 400); models load in ${bench.modelLoadSeconds.toFixed(2)} s`,
  ];
}
