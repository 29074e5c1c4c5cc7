// The trained models of the language layer, built from their files' bytes so that
// the same code runs in Node (src/resources/language-models.ts reads data/) and in
// a browser (which fetches the same files).

import { EntityRecognizer } from '../ner/index.js';
import { DependencyParser } from '../parser/index.js';
import { Lemmatiser } from '../tagger/lemmatiser.js';
import { PosTagger } from '../tagger/pos-tagger.js';
import { WordClusters } from './clusters.js';

export interface LanguageModels {
  readonly clusters: WordClusters;
  readonly tagger: PosTagger;
  readonly lemmatiser: Lemmatiser;
  readonly parser: DependencyParser;
  readonly recognizer: EntityRecognizer;
}

export interface LanguageModelFiles {
  /** data/clusters/clusters.tsv */
  readonly clusters: Uint8Array;
  /** data/tagger/model.bin and lemmas.tsv */
  readonly tagger: Uint8Array;
  readonly lemmas: Uint8Array;
  /** data/parser/transitions.bin, labeller.bin and clusters.bin */
  readonly parserTransitions: Uint8Array;
  readonly parserLabeller: Uint8Array;
  readonly parserClusters: Uint8Array;
  /** data/ner and data/gazetteer files by name. */
  readonly ner: Record<string, Uint8Array>;
}

export function createLanguageModels(files: LanguageModelFiles): LanguageModels {
  const clusters = WordClusters.fromBytes(files.clusters);
  return {
    clusters,
    tagger: PosTagger.fromBytes(files.tagger, clusters),
    lemmatiser: Lemmatiser.fromBytes(files.lemmas),
    parser: DependencyParser.fromBytes({ transitions: files.parserTransitions, labeller: files.parserLabeller, clusters: files.parserClusters }),
    recognizer: EntityRecognizer.fromBytes(files.ner),
  };
}
