// Trains the dependency parser on UD English EWT train and writes data/parser/ with
// its manifest. The transition epoch and the pruning threshold are chosen on EWT dev
// (with the shipped tagger's predicted tags when data/tagger exists).
// Run: npm run train:parser (node --import tsx scripts/train-parser.ts)
// Options by environment: PARSER_BEAM=<width> (1: greedy, dynamic oracle; more: beam
// search trained globally, ./src/parser/beam-train.ts), PARSER_EPOCHS=<transition epochs>,
// PARSER_JACKKNIFE=<folds> trains on jackknifed predicted tags,
// kept in tmp/parser-jackknife-blocks-<folds>.json between runs (delete it when data/tagger changes).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinearModel } from '../src/linear/model.js';
import { ClusterTable } from '../src/parser/cluster-table.js';
import { DependencyParser, type ParserFiles } from '../src/parser/index.js';
import { trainTransitionsWithBeam } from '../src/parser/beam-train.js';
import { encodeParser, pruneModel, trainLabeller, trainTransitions, type EpochCallback } from '../src/parser/train.js';
import { buildLabelDictionary } from '../src/parser/label-dictionary.js';
import { treebankSentence, type TreebankSentence } from '../src/parser/treebank.js';
import { EWT_SOURCE, readEwt } from './lib/ewt.js';
import { writeManifest } from './lib/manifest.js';
import { buildParserClusters } from './lib/parser-clusters.js';
import { scoreParser, type AttachmentScores } from './lib/parser-scores.js';
import { cachedJackknifeTags, tagWithShippedTagger } from './lib/parser-tags.js';
import { projectRoot } from './lib/shared-data.js';

const settings = {
  seed: 20241130,
  // Greedy by default: a beam of 8 gains 1.2 UAS on dev but makes the whole language
  // core 2.5 times slower (README, "Language core"); PARSER_BEAM=8 trains it.
  beamWidth: Number(process.env.PARSER_BEAM ?? 1),
  transitionEpochs: Number(process.env.PARSER_EPOCHS ?? 12),
  exploreFrom: 1,
  exploreRate: 0.9,
  labellerEpochs: 6,
  labellerMinWeight: 1,
  // Arcs whose tags and direction settle the relation (src/parser/label-dictionary.ts).
  labelDictionaryMinCount: 30,
  labelDictionaryMinShare: 0.99,
  minWeightCandidates: [1, 2, 3, 4],
  jackknifeFolds: Number(process.env.PARSER_JACKKNIFE ?? 0),
};
const MAX_FOLDER_BYTES = 12_000_000;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

interface Candidate {
  readonly epoch: number;
  readonly model: LinearModel;
  readonly scores: AttachmentScores;
}

export function trainParserModel(): Record<string, number> {
  const started = Date.now();
  const clusters = buildParserClusters();
  const table = new ClusterTable(clusters.bytes);
  const trainConllu = readEwt('train');
  const goldTrain = trainConllu.map((sentence) => treebankSentence(sentence, table));
  const goldDev = readEwt('dev').map((sentence) => treebankSentence(sentence, table));
  const predictedDev = tagWithShippedTagger(goldDev);
  const dev = predictedDev ?? goldDev;
  const cachePath = join(projectRoot, 'tmp', `parser-jackknife-blocks-${settings.jackknifeFolds}.json`);
  const isJackknifed = settings.jackknifeFolds > 1 && predictedDev !== null;
  const train = isJackknifed ? cachedJackknifeTags(trainConllu, goldTrain, settings.jackknifeFolds, cachePath, log) : goldTrain;
  log(`dev tags: ${predictedDev ? 'predicted by data/tagger' : 'gold (data/tagger is missing)'}; train tags: ${train === goldTrain ? 'gold' : `jackknifed (${settings.jackknifeFolds} folds)`}`);

  const relations = relationsOf(goldTrain);
  const labeller = trainLabeller(train, relations, { epochs: settings.labellerEpochs, seed: settings.seed + 1 }).toModel({ minWeight: settings.labellerMinWeight });
  const dictionary = buildLabelDictionary(goldTrain, relations, settings.labelDictionaryMinCount, settings.labelDictionaryMinShare);
  log(`labeller: ${labeller.parts.keys.length} features, ${dictionary.keys.length} arc kinds labelled by their tags (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const parserOf = (transitions: LinearModel): DependencyParser =>
    DependencyParser.fromBytes({ ...encodeParser(transitions, labeller, relations, settings, dictionary), clusters: clusters.bytes });

  const smallest = Math.min(...settings.minWeightCandidates);
  let best: Candidate | null = null;
  const trainer = trainTransitionModel(train, (epoch, snapshot) => {
    const model = snapshot.toModel({ minWeight: smallest });
    const scores = scoreParser(parserOf(model), dev);
    log(`epoch ${epoch + 1}: dev UAS ${scores.uas} LAS ${scores.las} (${snapshot.featureCount} features, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (!best || scores.uas > best.scores.uas) best = { epoch: epoch + 1, model, scores };
  });
  const chosen = best as Candidate | null;
  if (!chosen) throw new Error('train-parser: no epoch was trained');
  log(`best epoch ${chosen.epoch} of ${settings.transitionEpochs} (${trainer.featureCount} features at the end)`);

  const files = choosePruning(chosen.model, (model) => ({ ...encodeParser(model, labeller, relations, settings, dictionary), clusters: clusters.bytes }), dev);
  const parser = DependencyParser.fromBytes(files);
  const scores = scoreParser(parser, dev);
  const goldScores = predictedDev ? scoreParser(parser, goldDev) : scores;
  const devScores = {
    uas: scores.uas, las: scores.las, lasFullLabels: scores.lasFull,
    goldTagsUas: goldScores.uas, goldTagsLas: goldScores.las,
    epoch: chosen.epoch, minWeight: files.minWeight,
  };
  writeFolder(files, clusters.sourceSha256, predictedDev !== null, devScores);
  log(`data/parser: ${JSON.stringify(devScores)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return devScores;
}

/** Greedy training with the dynamic oracle at width 1, global beam training above. */
function trainTransitionModel(train: readonly TreebankSentence[], onEpoch: EpochCallback): ReturnType<typeof trainTransitions> {
  const { beamWidth, transitionEpochs: epochs, seed } = settings;
  if (beamWidth > 1) return trainTransitionsWithBeam(train, { epochs, seed, beamWidth }, onEpoch);
  return trainTransitions(train, { epochs, seed, exploreFrom: settings.exploreFrom, exploreRate: settings.exploreRate }, onEpoch);
}

/** The largest pruning threshold (the smallest, fastest model) within 0.1 dev UAS of the best one, under the size limit. */
function choosePruning(
  model: LinearModel, encode: (model: LinearModel) => ParserFiles, dev: readonly TreebankSentence[],
): ParserFiles & { minWeight: number } {
  const candidates = settings.minWeightCandidates.map((minWeight) => {
    const files = { ...encode(pruneModel(model, minWeight)), minWeight };
    const size = files.transitions.length + files.labeller.length + files.clusters.length;
    const { uas } = scoreParser(DependencyParser.fromBytes(files), dev);
    log(`pruning at ${minWeight}: dev UAS ${uas}, ${(size / 1e6).toFixed(2)} MB`);
    return { files, uas, size };
  }).filter((candidate) => candidate.size <= MAX_FOLDER_BYTES);
  const bestUas = Math.max(...candidates.map((candidate) => candidate.uas));
  const chosen = candidates.filter((candidate) => candidate.uas >= bestUas - 0.1).sort((a, b) => b.files.minWeight - a.files.minWeight)[0];
  if (!chosen) throw new Error('train-parser: every pruning threshold gives a model over the size limit');
  return chosen.files;
}

function relationsOf(sentences: readonly TreebankSentence[]): string[] {
  return [...new Set(sentences.flatMap((sentence) => sentence.relations))].sort();
}

function writeFolder(
  files: ParserFiles, clustersSha256: string, isPredicted: boolean,
  devScores: Record<string, number>,
): void {
  const dir = join(projectRoot, 'data', 'parser');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'transitions.bin'), files.transitions);
  writeFileSync(join(dir, 'labeller.bin'), files.labeller);
  writeFileSync(join(dir, 'clusters.bin'), files.clusters);
  writeManifest(dir, {
    name: 'parser',
    version: '1.0.0',
    description: `Dependency parser: ${settings.beamWidth > 1 ? `arc-eager transitions decoded with a beam of ${settings.beamWidth} (globally trained averaged perceptron, max-violation updates)` : 'greedy arc-eager transitions (averaged perceptron, dynamic oracle)'} and an arc labeller over full UD relations, trained on UD English EWT train. Dev scores use ${isPredicted ? 'tags predicted by data/tagger' : 'gold tags'}; LAS compares the universal relation (CoNLL 2018), punctuation included.`,
    files: ['transitions.bin', 'labeller.bin', 'clusters.bin'],
    sources: [
      { ...EWT_SOURCE, splits: ['train (training)', 'dev (epoch and pruning selection, scores)'] },
      { name: 'newsgraph word clusters (data/clusters/clusters.tsv, copied into clusters.bin)', path: 'data/clusters', license: 'see data/clusters/manifest.json', commit: `sha256:${clustersSha256}` },
    ],
    command: 'npm run train:parser',
    settings,
    devScores,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) trainParserModel();
