// Trains the entity recogniser and writes data/ner/: word clusters (from GloVe vectors,
// with casing counted in unlabelled news), the averaged-perceptron model, and a
// manifest with the sources, settings and dev scores. Needs data/gazetteer (scripts/build-gazetteer.ts) first.
// Run: node --import tsx scripts/train-ner.ts   (npm run train:ner)
// NER_EPOCHS, NER_CORPORA and NER_DRY_RUN=1 (print dev scores per epoch, write nothing)
// are for tuning; the defaults are the shipped settings.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreEntities } from '../src/corpus/conll.js';
import { computeLexicalAttributes } from '../src/language/lexical.js';
import { sequenceFromForms } from '../src/language/tokens.js';
import { encodeLinearModel } from '../src/linear/codec.js';
import type { LinearModel } from '../src/linear/model.js';
import { GreedyDecoder } from '../src/ner/decode.js';
import { Gazetteer } from '../src/ner/gazetteer.js';
import { EntityRecognizer, NER_FILES, NER_MODEL_VERSION, type NerModelMeta } from '../src/ner/index.js';
import { classesFromSpans, COARSE_TYPES, spansFromClasses } from '../src/ner/labels.js';
import { findOutsideForms } from '../src/ner/outside-words.js';
import { SentenceContextBuilder } from '../src/ner/sentence-context.js';
import { averageModels, trainNer } from '../src/ner/train.js';
import { WordClusters } from '../src/ner/word-clusters.js';
import { evaluateRecognizer } from './eval-ner.js';
import { clusterWords, roughTokens } from './lib/cluster-words.js';
import { GLOVE_SOURCE, readGloveVectors } from './lib/glove.js';
import { writeManifest } from './lib/manifest.js';
import { CORPORA, readCorpus, splitHyphenatedTokens, type CorpusName, type LabelledSentence } from './lib/ner-corpora.js';
import { projectRoot, readSharedText } from './lib/shared-data.js';
import { withTitlesBeforePeople } from './lib/title-augmentation.js';
import { withTitleCaseHeadlines } from './lib/headline-augmentation.js';

const settings = {
  corpora: (process.env.NER_CORPORA ?? 'conll-train,wnut17-train,btc-g').split(',') as CorpusName[],
  epochs: Number(process.env.NER_EPOCHS ?? 8),
  bags: Number(process.env.NER_BAGS ?? 3),
  seed: 20240728,
  minWeight: 0.5,
  splitHyphens: process.env.NER_SPLIT_HYPHENS !== '0',
  titleCopies: process.env.NER_TITLE_COPIES !== '0',
  headlineCopies: process.env.NER_HEADLINE_COPIES !== '0',
  clusters: { minCount: 3, coarse: 64, finePerCoarse: 16, fitWords: 30000, iterations: 15, seed: 20261130 },
  gloveWords: 150000,
  outsideMinCount: 20,
  casingText: ['news-corpus/reuters21578.shared.jsonl.gz', 'conll-train', 'wikiann-train', 'wnut17-train'],
};
const outputDir = join(projectRoot, 'data', 'ner');

/** The sentences of settings.casingText: labelled corpora by name (words only), else a JSON Lines file of texts. */
function unlabelledSentences(): string[][] {
  const sentences: string[][] = [];
  for (const source of settings.casingText) {
    if (source in CORPORA) {
      for (const sentence of readCorpus(source as CorpusName)) sentences.push([...sentence.forms]);
      continue;
    }
    for (const line of readSharedText(source).split('\n')) {
      if (line === '') continue;
      const record = JSON.parse(line) as { text: string };
      for (const paragraph of record.text.split(/\n\s+/)) sentences.push(roughTokens(paragraph.replace(/\s+/g, ' ')));
    }
  }
  return sentences;
}

/** F1 of the model's own four types, for choosing epochs without the rules. */
function coarseF1(model: LinearModel, sentences: readonly LabelledSentence[], gazetteer: Gazetteer, clusters: WordClusters): number {
  const decoder = new GreedyDecoder(model);
  const builder = new SentenceContextBuilder(gazetteer, clusters);
  const out = new Uint8Array(1024);
  return scoreEntities(sentences.map((sentence) => {
    const lex = computeLexicalAttributes(sequenceFromForms(sentence.forms));
    decoder.decode(builder.build(lex, 0, sentence.forms.length), out);
    return { gold: sentence.spans, predicted: spansFromClasses(out, sentence.forms.length) };
  })).overall.f1;
}

function main(): void {
  const started = Date.now();
  const seconds = (): string => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  const gazetteerText = readFileSync(join(projectRoot, 'data/gazetteer/gazetteer.tsv'), 'utf8');
  const gazetteer = Gazetteer.fromTsv(gazetteerText);
  const clusterLines = clusterWords(unlabelledSentences(), readGloveVectors(settings.gloveWords), settings.clusters);
  const clustersText = clusterLines.join('\n') + '\n';
  const clusters = WordClusters.fromTsv(clustersText);
  console.log(`${clusters.size} clustered words (${seconds()})`);
  const corpora = settings.corpora.flatMap((name) => readCorpus(name));
  const labelled = [
    ...corpora,
    ...(settings.titleCopies ? withTitlesBeforePeople(corpora, settings.seed) : []),
    ...(settings.headlineCopies ? withTitleCaseHeadlines(corpora) : []),
  ];
  // Every other sentence with hyphenated words is read split, as src/text tokenizes them.
  let hyphenated = 0;
  const train = labelled.map((sentence) => {
    const split = settings.splitHyphens ? splitHyphenatedTokens(sentence) : null;
    return split && hyphenated++ % 2 === 0 ? split : sentence;
  }).map((sentence) => ({
    forms: sentence.forms, classes: classesFromSpans(sentence.spans, sentence.forms.length), hasMisc: sentence.hasMisc,
  }));
  const dev = { conll: readCorpus('conll-dev'), wikigold: readCorpus('wikigold') };
  console.log(`training on ${train.length} sentences`, settings);
  const bags = Array.from({ length: settings.bags }, (_, bag) => trainNer(train, gazetteer, clusters, {
    ...settings,
    seed: settings.seed + bag,
    onEpoch(epoch, averaged) {
      if (!process.env.NER_DRY_RUN) return console.log(`epoch ${epoch} (${seconds()})`);
      const current = averaged();
      const scores = Object.entries(dev).map(([name, sentences]) => `${name} ${(100 * coarseF1(current, sentences, gazetteer, clusters)).toFixed(2)}`);
      console.log(`epoch ${epoch}  ${scores.join('  ')}  rows ${current.parts.keys.length}  (${seconds()})`);
    },
  }));
  const model = averageModels(bags);
  if (process.env.NER_DRY_RUN) {
    const scores = Object.entries(dev).map(([name, sentences]) => `${name} ${(100 * coarseF1(model, sentences, gazetteer, clusters)).toFixed(2)}`);
    return console.log(`average of ${bags.length}: ${scores.join('  ')}  rows ${model.parts.keys.length}`);
  }
  const outsideForms = findOutsideForms(train, settings.outsideMinCount);
  const meta: NerModelMeta = { format: 'newsgraph-ner-bilou', version: NER_MODEL_VERSION, types: [...COARSE_TYPES], outsideForms };
  const modelBytes = encodeLinearModel(model, { ...meta, settings });
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, NER_FILES.model), modelBytes);
  writeFileSync(join(outputDir, NER_FILES.clusters), clustersText);
  const encoder = new TextEncoder();
  const recognizer = EntityRecognizer.fromBytes({
    [NER_FILES.model]: modelBytes, [NER_FILES.clusters]: encoder.encode(clustersText), [NER_FILES.gazetteer]: encoder.encode(gazetteerText),
  });
  const devScores = evaluateRecognizer(recognizer);
  writeNerManifest(devScores, Math.round((Date.now() - started) / 1000));
  console.log(`data/ner written: ${model.parts.keys.length} feature rows, ${modelBytes.length} bytes (${seconds()})`);
}

function writeNerManifest(devScores: Record<string, number>, trainingSeconds: number): void {
  const conllCommit = 'dcb6c7439a7de43abc2448bad5b1d81a47f26c0d';
  const juandCommit = '27f595cc97631cca4d54a6af6cb07752532367f6';
  writeManifest(outputDir, {
    name: 'ner', version: String(NER_MODEL_VERSION), files: [NER_FILES.model, NER_FILES.clusters], command: 'npm run train:ner',
    description: 'Entity recogniser: averaged perceptron over BILOU tags of PER/ORG/LOC/MISC (model.bin, newsgraph linear model format) and word clusters with casing buckets (clusters.tsv: word, fine, coarse, casing; clusters from GloVe vectors, casing from the unlabelled text). Needs data/gazetteer.',
    sources: [
      { name: 'CoNLL-2003 English', path: CORPORA['conll-train'].path, license: 'Reuters RCV1, research use; the text is not shipped', commit: conllCommit, splits: ['train (training)', 'valid (dev scores, epochs)'] },
      { name: 'WNUT-17', path: CORPORA['wnut17-train'].path, license: 'CC BY 4.0', commit: juandCommit, splits: ['train (training)', 'dev (dev scores)'] },
      { name: 'Broad Twitter Corpus, section g', path: CORPORA['btc-g'].path, license: 'CC BY 4.0', commit: juandCommit, splits: ['g (training)'] },
      { name: 'wikigold', path: CORPORA.wikigold.path, license: 'CC BY 4.0', commit: juandCommit, splits: ['all (dev scores only)'] },
      { name: 'Reuters-21578 (news-corpus)', path: 'news-corpus/reuters21578.shared.jsonl.gz', license: 'Reuters-21578 Distribution 1.0, research use; only word clusters are shipped', commit: 'd16457fd9d6d2b623fffc163746092b89a6e2fef', splits: ['all (words only, casing)'] },
      { ...GLOVE_SOURCE, splits: ['150,000 most frequent words (clusters)'] },
      { name: 'WikiANN en', path: CORPORA['wikiann-train'].path, license: 'unstated (silver standard from Wikipedia)', commit: 'db7ff3ca4ba1df39907f8bdc036a556fed5ecde7', splits: ['train (words only, casing)'] },
    ],
    settings: { ...settings, trainingSeconds },
    devScores,
  });
}

main();
