// Peak RSS of the whole pipeline (clean, language, resolve and quotes stages, every model and
// dictionary loaded) in one thread, as `newsgraph extract --workers 0` runs it: plain
// node over the built code in dist/ (tsx's loader alone would add some 60-90 MiB).
// bench/run.ts starts it as a process of its own with a JSON file of texts, so that the
// peak is the pipeline's alone. Prints {"articles", "peakRssMiB"}.

import { readFileSync } from 'node:fs';
import { loadResources, processItems } from '../dist/pipeline.js';

const texts = JSON.parse(readFileSync(process.argv[2], 'utf8'));
async function* documents() {
  for (const [index, content] of texts.entries()) {
    yield { kind: 'document', document: { format: 'text', contentType: 'text', content, metadata: {}, path: 'bench', index, line: null, byteStart: null, byteEnd: null, encoding: 'utf-8' } };
  }
}
for await (const item of processItems(documents(), loadResources())) {
  if (item.kind === 'failure') throw new Error(`bench: ${item.error.describe()}`);
}
process.stdout.write(`${JSON.stringify({ articles: texts.length, peakRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
