// Reads the language models from data/ (each folder checked against its manifest).

import { WordClusters } from '../language/clusters.js';
import { createLanguageModels, createParser, createTagger, type LanguageModels } from '../language/models.js';
import type { NeuralParser } from '../parser/neural-parser.js';
import type { CombinedTagger } from '../tagger/combined-tagger.js';
import { defaultDataRoot, readDataFolder } from './data-folder.js';

export function loadLanguageModels(root = defaultDataRoot()): LanguageModels {
  const clusters = readDataFolder('clusters', root);
  const tagger = readDataFolder('tagger', root);
  const parser = readDataFolder('parser', root);
  const ner = readDataFolder('ner', root);
  const gazetteer = readDataFolder('gazetteer', root);
  const nerFiles: Record<string, Uint8Array> = {};
  for (const folder of [ner, gazetteer]) for (const { path } of folder.manifest.files) nerFiles[path] = folder.file(path);
  return createLanguageModels({
    clusters: clusters.file('clusters.tsv'),
    tagger: tagger.file('model.bin'),
    neuralTagger: tagger.file('neural.bin'),
    taggerCombination: tagger.file('combination.json'),
    lemmas: tagger.file('lemmas.tsv'),
    parser: parser.file('neural.bin'),
    ner: nerFiles,
  });
}

/** The tagger alone (training and evaluation of the models that read its tags). */
export function loadTagger(root = defaultDataRoot()): CombinedTagger {
  return taggerOf(root, readClusters(root));
}

/** The tagger and the parser, which reads the tagger's GloVe table (the parser's training and evaluation). */
export function loadTaggerAndParser(root = defaultDataRoot()): { tagger: CombinedTagger; parser: NeuralParser } {
  const clusters = readClusters(root);
  const tagger = taggerOf(root, clusters);
  return { tagger, parser: createParser(readDataFolder('parser', root).file('neural.bin'), tagger.neural, clusters) };
}

function readClusters(root: string): WordClusters {
  return WordClusters.fromBytes(readDataFolder('clusters', root).file('clusters.tsv'));
}

function taggerOf(root: string, clusters: WordClusters): CombinedTagger {
  const folder = readDataFolder('tagger', root);
  return createTagger({ tagger: folder.file('model.bin'), neuralTagger: folder.file('neural.bin'), taggerCombination: folder.file('combination.json') }, clusters);
}
