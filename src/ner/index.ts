// Named-entity recognition over one sentence of tokens.
// Reads: tokens and their lexical attributes (src/language), the model and word
// clusters of data/ner and the names of data/gazetteer.
// Adds: non-overlapping mentions with fine types: PERSON, ORG, GPE, LOC, NORP, FAC,
// EVENT, MISC from a greedy averaged-perceptron tagger (trained on CoNLL-2003 types,
// refined by rules), DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL from rules.
// Leaves to others: sentence splitting, tokenisation, character offsets, linking.

import type { LexicalAttributes } from '../language/lexical.js';
import type { TokenSequence } from '../language/tokens.js';
import { decodeLinearModel } from '../linear/codec.js';
import { GreedyDecoder } from './decode.js';
import { NameRepairs, type EntitySpan } from './name-repairs.js';
import { Gazetteer } from './gazetteer.js';
import { COARSE_TYPES, spansFromClasses, type CoarseType } from './labels.js';
import { NumericRecognizer, type NumericLabel } from './numeric/index.js';
import { TypeRefiner, type EntityLabel } from './refine-types.js';
import { SentenceContextBuilder } from './sentence-context.js';
import { TitleTrimmer } from './titles.js';
import { WordClusters } from './word-clusters.js';

export type MentionLabel = EntityLabel | NumericLabel;

export interface TokenMention {
  readonly firstToken: number;
  readonly endToken: number;
  readonly label: MentionLabel;
}

/** What train-ner.ts writes into model.bin's metadata; checked on load. */
export interface NerModelMeta {
  readonly format: 'newsgraph-ner-bilou';
  readonly version: number;
  readonly types: readonly string[];
  /** Words left unscored (O) when no entity is open: ./outside-words.ts. */
  readonly outsideForms?: readonly number[];
}

export const NER_MODEL_VERSION = 1;
export const NER_FILES = { model: 'model.bin', clusters: 'clusters.tsv', gazetteer: 'gazetteer.tsv' } as const;

export class EntityRecognizer {
  private readonly decoder: GreedyDecoder;
  private readonly contexts: SentenceContextBuilder;
  private readonly refiner: TypeRefiner;
  private readonly repairs: NameRepairs;
  private readonly titles = new TitleTrimmer();
  private readonly numeric = new NumericRecognizer();
  private classes = new Uint8Array(256);

  private constructor(decoder: GreedyDecoder, gazetteer: Gazetteer, clusters: WordClusters) {
    this.decoder = decoder;
    this.contexts = new SentenceContextBuilder(gazetteer, clusters);
    this.refiner = new TypeRefiner(gazetteer);
    this.repairs = new NameRepairs(gazetteer, clusters);
  }

  /** From the files of data/ner (model.bin, clusters.tsv) and data/gazetteer (gazetteer.tsv). */
  static fromBytes(files: Record<string, Uint8Array>): EntityRecognizer {
    const file = (name: string): Uint8Array => {
      const bytes = files[name];
      if (!bytes) throw new Error(`ner: ${name} is missing (expected data/ner/model.bin, data/ner/clusters.tsv, data/gazetteer/gazetteer.tsv)`);
      return bytes;
    };
    const { model, meta } = decodeLinearModel<NerModelMeta>(file(NER_FILES.model), 'data/ner/model.bin');
    if (meta.format !== 'newsgraph-ner-bilou' || meta.version !== NER_MODEL_VERSION || meta.types.join() !== COARSE_TYPES.join()) {
      throw new Error(`data/ner/model.bin: model ${meta.format} v${meta.version} (${meta.types}), this newsgraph reads newsgraph-ner-bilou v${NER_MODEL_VERSION}; run npm run train:ner`);
    }
    const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
    return new EntityRecognizer(new GreedyDecoder(model, meta.outsideForms), Gazetteer.fromTsv(text(file(NER_FILES.gazetteer))), WordClusters.fromTsv(text(file(NER_FILES.clusters))));
  }

  /** Mentions in tokens [first, end) of one sentence, sorted, non-overlapping (global token indices). */
  recognise(tokens: TokenSequence, lexical: LexicalAttributes, first: number, end: number): TokenMention[] {
    if (end <= first) return [];
    if (end - first > this.classes.length) this.classes = new Uint8Array((end - first) * 2);
    const context = this.contexts.build(lexical, first, end);
    this.decoder.decode(context, this.classes);
    const entities: EntitySpan[] = [];
    for (const span of spansFromClasses(this.classes, end - first)) {
      const endToken = first + span.end;
      let firstToken = first + span.start;
      const label = this.refiner.refine(tokens, lexical, firstToken, endToken, span.type as CoarseType);
      if (label === 'PERSON') firstToken = this.titles.trimStart(lexical, firstToken, endToken);
      entities.push({ firstToken, endToken, label });
    }
    return mergeMentions(this.repairs.repair(lexical, first, end, context.isHeadline, entities), this.numeric.recognise(tokens, lexical, first, end));
  }
}

/** Entities win over numeric mentions that overlap them (`Boeing 747`, `G7`). */
function mergeMentions(entities: TokenMention[], numeric: ReadonlyArray<{ start: number; end: number; label: NumericLabel }>): TokenMention[] {
  if (numeric.length === 0) return entities;
  const merged = [...entities];
  for (const span of numeric) {
    const overlaps = entities.some((entity) => entity.firstToken < span.end && span.start < entity.endToken);
    if (!overlaps) merged.push({ firstToken: span.start, endToken: span.end, label: span.label });
  }
  return merged.sort((a, b) => a.firstToken - b.firstToken);
}
