// The trained models of the language layer, built from their files' bytes so that
// the same code runs in Node (src/resources/language-models.ts reads data/) and in
// a browser (which fetches the same files).

import { EntityRecognizer } from '../ner/index.js';
import { NeuralParser } from '../parser/neural-parser.js';
import type { Parser } from '../parser/parser.js';
import { Lemmatiser } from '../tagger/lemmatiser.js';
import { CombinedTagger } from '../tagger/combined-tagger.js';
import { NeuralTagger } from '../tagger/neural-tagger.js';
import { PosTagger } from '../tagger/pos-tagger.js';
import type { Tagger } from '../tagger/tagger.js';
import { WordClusters } from './clusters.js';

export interface LanguageModels {
  readonly clusters: WordClusters;
  readonly tagger: Tagger;
  readonly lemmatiser: Lemmatiser;
  readonly parser: Parser;
  readonly recognizer: EntityRecognizer;
}

export interface LanguageModelFiles {
  /** data/clusters/clusters.tsv */
  readonly clusters: Uint8Array;
  /** data/tagger/model.bin, neural.bin, combination.json and lemmas.tsv */
  readonly tagger: Uint8Array;
  readonly neuralTagger: Uint8Array;
  readonly taggerCombination: Uint8Array;
  readonly lemmas: Uint8Array;
  /** data/parser/neural.bin */
  readonly parser: Uint8Array;
  /** data/ner and data/gazetteer files by name. */
  readonly ner: Record<string, Uint8Array>;
}

export function createLanguageModels(files: LanguageModelFiles): LanguageModels {
  const clusters = WordClusters.fromBytes(files.clusters);
  const tagger = createTagger(files, clusters);
  return {
    clusters,
    tagger,
    lemmatiser: Lemmatiser.fromBytes(files.lemmas),
    parser: createParser(files.parser, tagger.neural, clusters),
    recognizer: EntityRecognizer.fromBytes(files.ner),
  };
}

/** The neural parser of data/parser/neural.bin, which reads the neural tagger's GloVe table rather than a copy of its own. */
export function createParser(bytes: Uint8Array, neuralTagger: NeuralTagger, clusters: WordClusters): NeuralParser {
  return NeuralParser.fromBytes(bytes, clusters, { keys: neuralTagger.meta.gloveKeys, table: neuralTagger.network.glove });
}

/** The perceptron and the neural tagger, combined with the weight of data/tagger/combination.json. */
export function createTagger(files: Pick<LanguageModelFiles, 'tagger' | 'neuralTagger' | 'taggerCombination'>, clusters: WordClusters): CombinedTagger {
  let weight: unknown;
  try {
    weight = (JSON.parse(new TextDecoder().decode(files.taggerCombination)) as { neuralWeight?: unknown } | null)?.neuralWeight;
  } catch (error) {
    throw new Error(`data/tagger/combination.json: not JSON (${(error as Error).message})`);
  }
  if (typeof weight !== 'number' || !(weight > 0)) throw new Error('data/tagger/combination.json: neuralWeight must be a positive number');
  return new CombinedTagger(PosTagger.fromBytes(files.tagger, clusters), NeuralTagger.fromBytes(files.neuralTagger, clusters), weight);
}
