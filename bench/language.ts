// Speed and memory of the language core (tokenize + tag + parse + NER) on news text,
// against wink-nlp (sentences, tokens, POS) and compromise (tagging + people, places,
// organisations) run in the same process on the same text. bench/run.ts starts this
// file as a process of its own, and ours runs first, so the process's peak RSS at that
// point is the language core with all models loaded and nothing else. Each library runs
// three timed passes, interleaved, and the median is reported.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyseLanguage } from '../src/language/analyse.js';
import { loadLanguageModels } from '../src/resources/language-models.js';
import type { IngestItem } from '../src/ingest/raw-document.js';
import type { PipelineItem } from '../src/pipeline.js';

export interface LanguageRun {
  readonly name: string;
  readonly seconds: number;
  readonly mibPerSecond: number;
  readonly tokensPerSecond: number;
}

export interface LanguageBench {
  readonly corpus: string;
  readonly articles: number;
  readonly bytes: number;
  readonly tokens: number;
  readonly ours: LanguageRun;
  readonly wink: LanguageRun;
  readonly compromise: LanguageRun;
  /** Clean and every stage per document (what `extract` does), in this thread and in a worker pool. */
  readonly pipelineInThread: LanguageRun;
  /** The same in this thread without the quotes stage: what the quotes stage costs. */
  readonly pipelineWithoutQuotes: LanguageRun;
  readonly pipelineInPool: LanguageRun & { readonly workers: number };
  /** Peak RSS of the process after loading the models and running ours, MiB. */
  readonly oursPeakRssMiB: number;
  readonly modelLoadSeconds: number;
}

const CORPUS = new URL('../../shared/data/news-corpus/reuters21578.shared.jsonl.gz', import.meta.url);
/** Enough text for stable figures while compromise (slowest) stays under half a minute a pass. */
const TARGET_BYTES = 3 * 1048576;
/** Timed passes of each library; the median is reported. */
const ROUNDS = 3;

/** The benchmark's Reuters texts (about 3 MiB), or null when ../shared/data/news-corpus is absent. */
export function readBenchTexts(): string[] | null {
  try {
    return takeTexts(gunzipSync(readFileSync(CORPUS)).toString('utf8'));
  } catch {
    return null;
  }
}

export async function benchLanguage(log: (line: string) => void): Promise<LanguageBench | null> {
  const texts = readBenchTexts();
  if (texts === null) {
    log('language: ../shared/data/news-corpus is absent; skipping the language benchmark');
    return null;
  }
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  log(`language: ${texts.length} articles, ${(bytes / 1048576).toFixed(1)} MiB`);

  const loadStarted = performance.now();
  const models = loadLanguageModels();
  const modelLoadSeconds = (performance.now() - loadStarted) / 1000;
  let tokens = 0;
  const ours = new TimedRun('newsgraph language core', (batch) => {
    tokens = 0;
    for (const text of batch) tokens += analyseLanguage(text, [{ start: 0, end: text.length }], models).tokenCount;
  });
  ours.warmUp(texts);
  ours.time(texts);
  // Before the baselines load, so that it is the language core's alone.
  const oursPeakRssMiB = process.resourceUsage().maxRSS / 1024;

  log('language: wink-nlp and compromise');
  const { default: winkNLP } = await import('wink-nlp');
  const { default: winkModel } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(winkModel);
  const its = nlp.its;
  const wink = new TimedRun('wink-nlp', (batch) => {
    for (const text of batch) {
      const doc = nlp.readDoc(text);
      doc.sentences().length();
      doc.tokens().out(its.pos);
    }
  });
  const { default: compromise } = await import('compromise');
  const compromiseRun = new TimedRun('compromise', (batch) => {
    for (const text of batch) {
      const doc = compromise(text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    }
  });
  wink.warmUp(texts);
  compromiseRun.warmUp(texts);
  wink.time(texts);
  compromiseRun.time(texts);
  // Rounds interleaved, and the median of each, so that a slow spell of the machine
  // weighs on every run alike instead of on whichever ran during it.
  for (let round = 1; round < ROUNDS; round++) {
    log(`language: round ${round + 1} of ${ROUNDS}`);
    for (const run of [ours, wink, compromiseRun]) run.time(texts);
  }

  // Last, so that the baselines and the peak RSS above are measured without worker threads.
  const workers = 2;
  log('language: the pipeline in this thread and in a worker pool');
  // Imported only now: the later stages' code (chrono-node alone is 20 MiB) is not the language core's.
  const { loadResources, processItems, stages } = await import('../src/pipeline.js');
  const { DocumentPool } = await import('../src/pipeline-pool.js');
  const resources = loadResources();
  const pipelineInThread = await timePipeline('pipeline, this thread', texts, bytes, tokens, (items) => processItems(items, resources));
  const withoutQuotes = stages.filter((stage) => stage.name !== 'quotes');
  const pipelineWithoutQuotes = await timePipeline('pipeline without quotes', texts, bytes, tokens, (items) => processItems(items, resources, withoutQuotes));
  const pool = new DocumentPool(workers);
  const pipelineInPool = { ...(await timePipeline(`pipeline, ${workers} worker threads`, texts, bytes, tokens, (items) => pool.process(items))), workers };
  await pool.close();

  return { corpus: 'Reuters-21578 (../shared/data/news-corpus)', articles: texts.length, bytes, tokens, ours: ours.result(bytes, tokens), wink: wink.result(bytes, tokens), compromise: compromiseRun.result(bytes, tokens), pipelineInThread, pipelineWithoutQuotes, pipelineInPool, oursPeakRssMiB, modelLoadSeconds };
}

function takeTexts(content: string): string[] {
  const texts: string[] = [];
  let bytes = 0;
  for (const line of content.split('\n')) {
    if (bytes >= TARGET_BYTES || line === '') continue;
    const { text } = JSON.parse(line) as { text: string };
    texts.push(text);
    bytes += Buffer.byteLength(text);
  }
  return texts;
}

/** One way of analysing the texts, timed over several full passes after a warm-up on a tenth of them. */
class TimedRun {
  private readonly seconds: number[] = [];

  constructor(
    private readonly name: string,
    private readonly run: (batch: readonly string[]) => void,
  ) {}

  warmUp(texts: readonly string[]): void {
    this.run(texts.slice(0, Math.ceil(texts.length / 10)));
  }

  time(texts: readonly string[]): void {
    globalThis.gc?.();
    const started = performance.now();
    this.run(texts);
    this.seconds.push((performance.now() - started) / 1000);
  }

  /** The median pass. */
  result(bytes: number, tokens: number): LanguageRun {
    const sorted = [...this.seconds].sort((a, b) => a - b);
    const seconds = sorted[Math.floor(sorted.length / 2)]!;
    return { name: this.name, seconds, mibPerSecond: bytes / 1048576 / seconds, tokensPerSecond: tokens / seconds };
  }
}

/** The texts as plain-text documents through clean and every stage; a warm-up pass first, as in TimedRun (it also has the pool's workers load their models). */
async function timePipeline(name: string, texts: readonly string[], bytes: number, tokens: number, run: (items: AsyncIterable<IngestItem>) => AsyncIterable<PipelineItem>): Promise<LanguageRun> {
  const pass = async (batch: readonly string[]): Promise<void> => {
    for await (const item of run(documentsOf(batch))) {
      if (item.kind === 'failure') throw new Error(`bench: ${item.error.describe()}`);
    }
  };
  await pass(texts.slice(0, Math.ceil(texts.length / 10)));
  globalThis.gc?.();
  const started = performance.now();
  await pass(texts);
  const seconds = (performance.now() - started) / 1000;
  return { name, seconds, mibPerSecond: bytes / 1048576 / seconds, tokensPerSecond: tokens / seconds };
}

export async function* documentsOf(texts: readonly string[]): AsyncGenerator<IngestItem> {
  for (const [index, content] of texts.entries()) {
    yield { kind: 'document', document: { format: 'text', contentType: 'text', content, metadata: {}, path: 'bench', index, line: null, byteStart: null, byteEnd: null, encoding: 'utf-8' } };
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Phase names on a terminal only; the parent reads the JSON on stdout.
  const result = await benchLanguage((line) => process.stderr.isTTY && process.stderr.write(`… ${line}\n`));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
