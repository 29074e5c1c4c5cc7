// Builds data/clusters/: distributional word clusters at three granularities, learned
// here from unlabelled text (scripts/lib/unlabelled-text.ts). Each word's vector is its
// PPMI-weighted counts of the frequent words one and two places to its left and right;
// spherical k-means groups words used alike (`Monday`…`Friday`, `Tokyo`…`Paris`).
// The tagger and the entity recogniser read a word's clusters as features, which helps
// most with words rare or absent in their labelled training data. Run: npm run build:clusters

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseForm } from '../src/language/lexical.js';
import { writeManifest } from './lib/manifest.js';
import { projectRoot } from './lib/shared-data.js';
import { sphericalKmeans, type SparseRows } from './lib/spherical-kmeans.js';
import { UNLABELLED_SOURCES, unlabelledSentences } from './lib/unlabelled-text.js';
import { tokenizeForClusters } from './lib/tokenize-for-clusters.js';

const settings = { maxVocabulary: 40000, minCount: 3, contextWords: 800, granularities: [64, 256, 1024], iterations: 12 };

function main(): void {
  const started = Date.now();
  const log = (message: string): void => void process.stderr.write(`${message} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  const corpus = readCorpus();
  const { sentences, words } = corpus;
  log(`read ${sentences.length} sentences, ${words.length} word types`);
  const counts = new Map<number, number>();
  for (const sentence of sentences) for (const id of sentence) counts.set(id, (counts.get(id) ?? 0) + 1);
  const byFrequency = [...counts].filter(([, count]) => count >= settings.minCount).sort((a, b) => b[1] - a[1] || (words[a[0]]! < words[b[0]]! ? -1 : 1));
  const vocabulary = byFrequency.slice(0, settings.maxVocabulary).map(([id]) => id);
  const rows = contextVectors(sentences, vocabulary);
  log(`vectors for ${vocabulary.length} words`);
  const assignments = settings.granularities.map((k) => {
    const assignment = sphericalKmeans(rows, k, settings.iterations);
    log(`k-means with ${k} clusters`);
    return assignment;
  });
  const casing = casingBuckets(corpus, vocabulary);
  const lines = vocabulary.map((id, row) => [words[id], ...assignments.map((assignment) => assignment[row]), casing[row]].join('\t'));
  const dir = join(projectRoot, 'data', 'clusters');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'clusters.tsv'), lines.join('\n') + '\n');
  writeManifest(dir, {
    name: 'clusters',
    version: '1.0.0',
    description: 'Distributional word clusters (normalised lower-case word, cluster ids at 64, 256 and 1024 clusters, then a casing bucket: 0 unknown, 1 rarely capitalised mid-sentence, 2 sometimes, 3 mostly, 4 always), learned from unlabelled text by PPMI context vectors and spherical k-means.',
    files: ['clusters.tsv'],
    sources: UNLABELLED_SOURCES.map((source) => ({ ...source, splits: ['train (words only)'] })),
    command: 'npm run build:clusters',
    settings,
  });
  log(`data/clusters: ${vocabulary.length} words`);
}

interface Corpus {
  readonly sentences: Int32Array[];
  /** Per sentence, 1 where the token started with a capital letter. */
  readonly capitalised: Uint8Array[];
  readonly words: string[];
}

function readCorpus(): Corpus {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const sentences: Int32Array[] = [];
  const capitalised: Uint8Array[] = [];
  for (const tokens of unlabelledSentences(tokenizeForClusters)) {
    capitalised.push(Uint8Array.from(tokens, (token) => (/^\p{Lu}/u.test(token) ? 1 : 0)));
    sentences.push(Int32Array.from(tokens, (token) => {
      const word = normaliseForm(token);
      let id = ids.get(word);
      if (id === undefined) {
        id = words.length;
        ids.set(word, id);
        words.push(word);
      }
      return id;
    }));
  }
  return { sentences, capitalised, words };
}

/**
 * How often a word is capitalised where capitals are not forced (not first in its
 * sentence), in four buckets: rarely, sometimes, mostly, always. Proper nouns and the
 * words that start names (`Minister` in titles) stand out, which helps PROPN and names.
 */
function casingBuckets(corpus: Corpus, vocabulary: readonly number[]): Uint8Array {
  const rowOf = new Map(vocabulary.map((id, row) => [id, row]));
  const seen = new Float64Array(vocabulary.length);
  const upper = new Float64Array(vocabulary.length);
  corpus.sentences.forEach((sentence, index) => {
    const flags = corpus.capitalised[index]!;
    // Headlines and all-caps lines capitalise everything: they say nothing of a word.
    const capitalisedShare = flags.reduce((sum, flag) => sum + flag, 0) / sentence.length;
    if (capitalisedShare > 0.6) return;
    for (let i = 1; i < sentence.length; i++) {
      const row = rowOf.get(sentence[i]!);
      if (row === undefined) continue;
      seen[row]! += 1;
      upper[row]! += flags[i]!;
    }
  });
  return Uint8Array.from(vocabulary, (_, row) => {
    if (seen[row]! < 2) return 0;
    const share = upper[row]! / seen[row]!;
    return share < 0.1 ? 1 : share < 0.5 ? 2 : share < 0.95 ? 3 : 4;
  });
}

/** PPMI-weighted, L2-normalised counts of context words at offsets -2, -1, +1, +2. */
function contextVectors(sentences: readonly Int32Array[], vocabulary: readonly number[]): SparseRows {
  const rowOf = new Map(vocabulary.map((id, row) => [id, row]));
  const contextOf = new Map(vocabulary.slice(0, settings.contextWords).map((id, index) => [id, index]));
  const offsets = [-2, -1, 1, 2];
  const dimensions = offsets.length * settings.contextWords;
  const dense = new Float32Array(vocabulary.length * dimensions);
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i++) {
      const row = rowOf.get(sentence[i]!);
      if (row === undefined) continue;
      offsets.forEach((offset, slot) => {
        const context = contextOf.get(sentence[i + offset] ?? -1);
        if (context !== undefined) dense[row * dimensions + slot * settings.contextWords + context]! += 1;
      });
    }
  }
  return toPpmiRows(dense, vocabulary.length, dimensions);
}

function toPpmiRows(dense: Float32Array, rowCount: number, dimensions: number): SparseRows {
  const rowSums = new Float64Array(rowCount);
  const columnSums = new Float64Array(dimensions);
  let total = 0;
  for (let r = 0; r < rowCount; r++) {
    for (let d = 0; d < dimensions; d++) {
      const value = dense[r * dimensions + d]!;
      rowSums[r]! += value;
      columnSums[d]! += value;
      total += value;
    }
  }
  const offsets = new Int32Array(rowCount + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < rowCount; r++) {
    let norm = 0;
    const start = indices.length;
    for (let d = 0; d < dimensions; d++) {
      const value = dense[r * dimensions + d]!;
      if (value === 0) continue;
      const pmi = Math.log((value * total) / (rowSums[r]! * columnSums[d]!));
      if (pmi <= 0) continue;
      indices.push(d);
      values.push(pmi);
      norm += pmi * pmi;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let e = start; e < values.length; e++) values[e]! *= scale;
    offsets[r + 1] = indices.length;
  }
  return { offsets, indices: Int32Array.from(indices), values: Float32Array.from(values), dimensions };
}

main();
