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
  const clusters = WordClusters.fromBytes(readDataFolder('clusters', root).file('clusters.tsv'));
  const folder = readDataFolder('tagger', root);
  return createTagger({ tagger: folder.file('model.bin'), neuralTagger: folder.file('neural.bin'), taggerCombination: folder.file('combination.json') }, clusters);
}

/** The parser alone, with the tagger's GloVe table it reads (evaluation). */
export function loadParser(root = defaultDataRoot()): NeuralParser {
  const clusters = WordClusters.fromBytes(readDataFolder('clusters', root).file('clusters.tsv'));
  const tagger = loadTagger(root);
  return createParser(readDataFolder('parser', root).file('neural.bin'), tagger.neural, clusters);
}
