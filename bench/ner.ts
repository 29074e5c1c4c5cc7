// Speed of the entity recogniser alone (model, rules, refinement) on news text: tokens
// and lexical attributes are computed first and not timed. Reads the Reuters-21578
// articles of ../shared/data when present, else the sample dumps.
// Run: node --import tsx bench/ner.ts [articles]

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeLexicalAttributes, type LexicalAttributes } from '../src/language/lexical.js';
import type { TokenSequence } from '../src/language/tokens.js';
import { analyseText } from '../src/text/index.js';
import { loadShippedRecognizer } from '../scripts/eval-ner.js';
import { hasSharedData, projectRoot, readSharedText } from '../scripts/lib/shared-data.js';

interface Prepared {
  readonly tokens: TokenSequence;
  readonly lexical: LexicalAttributes;
  readonly sentences: ReadonlyArray<{ readonly firstToken: number; readonly endToken: number }>;
}

function newsTexts(limit: number): string[] {
  if (!hasSharedData()) return readdirSync(join(projectRoot, 'sample/dumps')).map((name) => readFileSync(join(projectRoot, 'sample/dumps', name), 'utf8'));
  return readSharedText('news-corpus/reuters21578.shared.jsonl.gz').split('\n').filter((line) => line !== '').slice(0, limit)
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

function prepare(text: string): Prepared {
  const blocks = [...text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const analysis = analyseText(text, blocks);
  const tokens = { text, ...analysis.tokens };
  return { tokens, lexical: computeLexicalAttributes(tokens), sentences: analysis.sentences };
}

const documents = newsTexts(Number(process.argv[2] ?? 3000)).map(prepare);
const tokenCount = documents.reduce((sum, document) => sum + document.tokens.count, 0);
const recognizer = loadShippedRecognizer();
let best = Infinity;
let mentions = 0;
for (let round = 0; round < 7; round++) {
  const started = process.cpuUsage();
  mentions = 0;
  for (const { tokens, lexical, sentences } of documents) {
    for (const sentence of sentences) mentions += recognizer.recognise(tokens, lexical, sentence.firstToken, sentence.endToken).length;
  }
  best = Math.min(best, process.cpuUsage(started).user / 1e6);
}
console.log(`NER: ${documents.length} documents, ${tokenCount} tokens, ${mentions} mentions; best of 7 rounds ${(tokenCount / best / 1000).toFixed(0)}k tokens/s of CPU time, ${((best * 1e6) / tokenCount).toFixed(2)} µs/token`);
