// UPOS and XPOS accuracy of the shipped tagger on UD English EWT dev, lemma accuracy from
// its tags, and its speed.
// Run: node --import tsx scripts/eval-tagger.ts (npm run eval runs every evaluation).

import { defaultDataRoot, readDataFolder } from '../src/resources/data-folder.js';
import { loadTagger } from '../src/resources/language-models.js';
import { Lemmatiser } from '../src/tagger/lemmatiser.js';
import { readEwt } from './lib/ewt.js';
import { scoreTagger } from './lib/score-tagger.js';

export async function evaluateTagger(): Promise<Record<string, number>> {
  const dev = readEwt('dev');
  const tagger = loadTagger();
  scoreTagger(tagger, dev.slice(0, 200));
  const started = performance.now();
  const score = scoreTagger(tagger, dev);
  const seconds = (performance.now() - started) / 1000;
  const lemmatiser = Lemmatiser.fromBytes(readDataFolder('tagger', defaultDataRoot()).file('lemmas.tsv'));
  const lemmaAccuracy = scoreTagger(tagger, dev, lemmatiser).lemma;
  return { uposAccuracy: score.upos, xposAccuracy: score.xpos, lemmaAccuracy, tokens: score.tokens, tokensPerSecond: score.tokens / seconds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scores = await evaluateTagger();
  process.stdout.write(`EWT dev: UPOS ${scores.uposAccuracy!.toFixed(2)}%  XPOS ${scores.xposAccuracy!.toFixed(2)}%  lemmas ${scores.lemmaAccuracy!.toFixed(2)}%  (${scores.tokens} tokens, ${Math.round(scores.tokensPerSecond!)} tokens/s)\n`);
}
