// Trains the part-of-speech tagger on UD English EWT train (reading right to left;
// see src/tagger/pos-tagger.ts), picks the epoch on dev, and writes data/tagger/ with
// its manifest. Run: npm run train:tagger

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WordClusters } from '../src/language/clusters.js';
import { readDataFolder } from '../src/resources/data-folder.js';
import { buildLemmaTable } from '../src/tagger/lemma-table.js';
import type { PosTagger } from '../src/tagger/pos-tagger.js';
import { trainTagger, type TaggedSentence } from '../src/tagger/train.js';
import { combinedTagsOf, EWT_SOURCE, formsOf, readEwt } from './lib/ewt.js';
import { writeManifest } from './lib/manifest.js';
import { scoreTagger } from './lib/score-tagger.js';
import { projectRoot } from './lib/shared-data.js';

const settings = { direction: 'backward' as const, epochs: 8, seed: 20241128, minWeight: 0.05, dictionaryMinCount: 8, dictionaryMinShare: 0.985, ambiguityMinCount: 2, ambiguityMinShare: 0.05 };

export function trainTaggerModel(): Record<string, number> {
  const train = readEwt('train');
  const dev = readEwt('dev');
  const sentences: TaggedSentence[] = train.map((sentence) => ({ forms: formsOf(sentence), tags: combinedTagsOf(sentence) }));
  const dataRoot = join(projectRoot, 'data');
  const clusters = WordClusters.fromBytes(readDataFolder('clusters', dataRoot).file('clusters.tsv'));
  const started = Date.now();
  let best: { epoch: number; upos: number; xpos: number; tagger: PosTagger | null } = { epoch: 0, upos: -1, xpos: -1, tagger: null };
  trainTagger(sentences, clusters, {
    ...settings,
    onEpoch(epoch, tagger) {
      const score = scoreTagger(tagger, dev);
      process.stderr.write(`epoch ${epoch}: dev UPOS ${score.upos.toFixed(2)} XPOS ${score.xpos.toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
      if (score.upos > best.upos) best = { epoch, upos: score.upos, xpos: score.xpos, tagger };
    },
  });
  const devScores = { uposAccuracy: round(best.upos), xposAccuracy: round(best.xpos), epoch: best.epoch };
  const dir = join(dataRoot, 'tagger');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'model.bin'), best.tagger!.toBytes());
  writeFileSync(join(dir, 'lemmas.tsv'), buildLemmaTable(train));
  writeManifest(dir, {
    name: 'tagger',
    version: '1.1.0',
    description: 'Part-of-speech tagger (combined UPOS|XPOS, averaged perceptron reading right to left) and lemma exceptions, trained on UD English EWT train; epoch chosen on EWT dev. Its features read data/clusters.',
    files: ['model.bin', 'lemmas.tsv'],
    sources: [{ ...EWT_SOURCE, splits: ['train (training)', 'dev (epoch selection, scores)'] }],
    command: 'npm run train:tagger',
    settings: { ...settings, clusterWords: clusters.size },
    devScores,
  });
  process.stderr.write(`data/tagger: epoch ${best.epoch}, dev UPOS ${best.upos.toFixed(2)}, XPOS ${best.xpos.toFixed(2)}\n`);
  return devScores;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (import.meta.url === `file://${process.argv[1]}`) trainTaggerModel();
