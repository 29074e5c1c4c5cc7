// Evaluates data/parser on UD English EWT dev: UAS and LAS (CoNLL 2018: universal
// relation, punctuation included) with the tags of data/tagger (which the parser needs
// anyway, for its GloVe table), and with gold tags for reference; plus the words per
// second of parse() alone.
// Run: node --import tsx scripts/eval-parser.ts

import type { Parser } from '../src/parser/parser.js';
import { treebankSentence, type TreebankSentence } from '../src/parser/treebank.js';
import { loadTaggerAndParser } from '../src/resources/language-models.js';
import { readEwt } from './lib/ewt.js';
import { scoreParser } from '../src/parser/attachment-scores.js';
import { tagWith } from './lib/parser-tags.js';

export async function evaluateParser(): Promise<Record<string, number>> {
  const { tagger, parser } = loadTaggerAndParser();
  const goldDev = readEwt('dev').map((sentence) => treebankSentence(sentence));
  const predictedDev = tagWith(tagger, goldDev);
  const scores = scoreParser(parser, predictedDev);
  const gold = scoreParser(parser, goldDev);
  return {
    uas: scores.uas,
    las: scores.las,
    lasFullLabels: scores.lasFull,
    goldTagsUas: gold.uas,
    goldTagsLas: gold.las,
    goldTagsLasFullLabels: gold.lasFull,
    parseTokensPerSecond: measureSpeed(parser, predictedDev),
  };
}

/** Words per second of parse() alone over dev, best of five passes after a warm-up. */
function measureSpeed(parser: Parser, sentences: readonly TreebankSentence[]): number {
  const heads = new Int32Array(1024);
  const labels = new Uint8Array(1024);
  let best = 0;
  for (let pass = 0; pass < 6; pass++) {
    let words = 0;
    const started = performance.now();
    for (const sentence of sentences) {
      const n = sentence.heads.length;
      parser.parse(sentence.tokens, sentence.lexical, 0, n, sentence.upos, sentence.xpos, heads, labels);
      words += n;
    }
    const perSecond = words / ((performance.now() - started) / 1000);
    if (pass > 0) best = Math.max(best, perSecond);
  }
  return Math.round(best);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  evaluateParser().then((scores) => console.log(JSON.stringify(scores, null, 2)));
}
