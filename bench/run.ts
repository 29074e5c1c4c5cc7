// `npm run bench`: speed and memory, each reported as a ratio against a baseline run in
// the same process. Results are printed and written to bench/out/results.json.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchIngest } from './ingest.js';
import type { Measurement } from './measure.js';

const outDirectory = join(import.meta.dirname, 'out');
mkdirSync(outDirectory, { recursive: true });
// Phase names on a terminal only; piped output stays the table.
const log = (line: string): void => {
  if (process.stderr.isTTY) process.stderr.write(`… ${line}\n`);
};

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
process.stdout.write(`${lines.join('\n')}\n`);
writeFileSync(join(outDirectory, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ingest }, null, 2)}\n`);
