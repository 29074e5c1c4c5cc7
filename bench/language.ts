// Speed and memory of the language core (tokenize + tag + parse + NER) on news text,
// against wink-nlp (sentences, tokens, POS) and compromise (tagging + people, places,
// organisations) run in the same process on the same text. bench/run.ts starts this
// file as a process of its own, and ours runs first, so the process's peak RSS at that
// point is the language core with all models loaded and nothing else.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyseLanguage } from '../src/language/analyse.js';
import { loadLanguageModels } from '../src/resources/language-models.js';

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
  /** Peak RSS of the process after loading the models and running ours, MiB. */
  readonly oursPeakRssMiB: number;
  readonly modelLoadSeconds: number;
}

const CORPUS = new URL('../../shared/data/news-corpus/reuters21578.shared.jsonl.gz', import.meta.url);
/** Enough text for stable figures while compromise (slowest) stays under a minute. */
const TARGET_BYTES = 3 * 1048576;

export async function benchLanguage(log: (line: string) => void): Promise<LanguageBench | null> {
  let content: string;
  try {
    content = gunzipSync(readFileSync(CORPUS)).toString('utf8');
  } catch {
    log('language: ../shared/data/news-corpus is absent; skipping the language benchmark');
    return null;
  }
  const texts = takeTexts(content);
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  log(`language: ${texts.length} articles, ${(bytes / 1048576).toFixed(1)} MiB`);

  const loadStarted = performance.now();
  const models = loadLanguageModels();
  const modelLoadSeconds = (performance.now() - loadStarted) / 1000;
  let tokens = 0;
  const ours = timeRun('newsgraph language core', texts, bytes, (batch) => {
    tokens = 0;
    for (const text of batch) tokens += analyseLanguage(text, [{ start: 0, end: text.length }], models).tokenCount;
  }, () => tokens);
  const oursPeakRssMiB = process.resourceUsage().maxRSS / 1024;

  log('language: wink-nlp');
  const { default: winkNLP } = await import('wink-nlp');
  const { default: winkModel } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(winkModel);
  const its = nlp.its;
  const wink = timeRun('wink-nlp', texts, bytes, (batch) => {
    for (const text of batch) {
      const doc = nlp.readDoc(text);
      doc.sentences().length();
      doc.tokens().out(its.pos);
    }
  }, () => tokens);

  log('language: compromise');
  const { default: compromise } = await import('compromise');
  const compromiseRun = timeRun('compromise', texts, bytes, (batch) => {
    for (const text of batch) {
      const doc = compromise(text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    }
  }, () => tokens);

  return { corpus: 'Reuters-21578 (../shared/data/news-corpus)', articles: texts.length, bytes, tokens, ours, wink, compromise: compromiseRun, oursPeakRssMiB, modelLoadSeconds };
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

/** Warms the code up on a tenth of the texts, then times one full pass. */
function timeRun(name: string, texts: readonly string[], bytes: number, run: (batch: readonly string[]) => void, tokens: () => number): LanguageRun {
  run(texts.slice(0, Math.ceil(texts.length / 10)));
  globalThis.gc?.();
  const started = performance.now();
  run(texts);
  const seconds = (performance.now() - started) / 1000;
  return { name, seconds, mibPerSecond: bytes / 1048576 / seconds, tokensPerSecond: tokens() / seconds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Phase names on a terminal only; the parent reads the JSON on stdout.
  const result = await benchLanguage((line) => process.stderr.isTTY && process.stderr.write(`… ${line}\n`));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
