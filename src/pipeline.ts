// Start reading here. newsgraph's flow, in order:
//
//   ingest  files, directories, stdin -> raw documents (src/ingest)
//   clean   raw document -> Article with its final `text`, captions, paragraphs (src/clean)
//   stages  each adds one layer of spans to the Article (listed in `stages` below)
//   store   articles and failures into SQLite (src/store)
//
// clean and the stages run per document, in this thread (processItems) or in a pool of
// worker threads (src/pipeline-pool.ts), which gives the same items in the same order.
//
//   language  sentences, tokens, tags, trees, mentions (src/language, over src/text,
//             src/tagger, src/parser, src/ner)
//   resolve   entities with roles and actor codes, places, dates, amounts (src/resolve)
//   quotes    direct, mixed and reported quotes with their speakers (src/quotes)
// Issue 6 adds the events stage to `stages`.

import { cleanDocument } from './clean/index.js';
import type { Article, Layer } from './document/article.js';
import { NewsgraphError } from './errors.js';
import { languageStage } from './language/index.js';
import type { LanguageModels } from './language/models.js';
import type { ActorDictionary } from './resolve/actors/actor-dictionary.js';
import { quotesStage } from './quotes/index.js';
import { resolveStage } from './resolve/index.js';
import type { PlaceGazetteer } from './resolve/places/index.js';
import { loadActorDictionary } from './resources/actor-dictionary.js';
import { loadPlaceGazetteer } from './resources/place-gazetteer.js';
import { loadLanguageModels } from './resources/language-models.js';
import { locationOf, type IngestItem, type RawDocument } from './ingest/raw-document.js';

/** Models and dictionaries, loaded once (on first use) and handed to every stage. */
export interface Resources {
  readonly language: LanguageModels;
  readonly actors: ActorDictionary;
  readonly places: PlaceGazetteer;
}

export interface Stage {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly adds: readonly Layer[];
  run(article: Article, resources: Resources): Article;
}

/** What `clean` gives every article. */
export const cleanLayers: readonly Layer[] = ['text', 'captions', 'paragraphs'];

/** The stages after clean, in order. */
export const stages: readonly Stage[] = [languageStage, resolveStage, quotesStage];

/** Refuses a stage list where a stage needs a layer that no earlier stage adds. */
export function checkStageOrder(list: readonly Stage[], initial: readonly Layer[] = cleanLayers): void {
  const available = new Set<Layer>(initial);
  for (const stage of list) {
    const missing = stage.requires.filter((layer) => !available.has(layer));
    if (missing.length > 0) {
      throw new Error(`pipeline: stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage adds`);
    }
    for (const layer of stage.adds) available.add(layer);
  }
}

/** Resources whose models load from data/ the first time a stage asks for them. */
export function loadResources(): Resources {
  checkStageOrder(stages);
  let language: LanguageModels | null = null;
  let actors: ActorDictionary | null = null;
  let places: PlaceGazetteer | null = null;
  return {
    get language() {
      language ??= loadLanguageModels();
      return language;
    },
    get actors() {
      actors ??= loadActorDictionary();
      return actors;
    },
    get places() {
      places ??= loadPlaceGazetteer();
      return places;
    },
  };
}

/** Runs clean and every stage on one raw document. Throws a NewsgraphError naming it when it cannot. */
export function processDocument(raw: RawDocument, resources: Resources, list: readonly Stage[] = stages): Article {
  let article = cleanDocument(raw);
  for (const stage of list) {
    article = stage.run(article, resources);
    article = { ...article, layers: [...new Set([...article.layers, ...stage.adds])] };
  }
  return article;
}

export type PipelineItem =
  | { readonly kind: 'article'; readonly article: Article; readonly raw: RawDocument }
  | { readonly kind: 'failure'; readonly error: NewsgraphError; readonly raw: Uint8Array | null; readonly document: RawDocument | null }
  | { readonly kind: 'source-done'; readonly path: string | null };

/** Turns ingest items into articles; a document that fails becomes a failure item and the stream goes on. */
export async function* processItems(items: AsyncIterable<IngestItem>, resources: Resources, list: readonly Stage[] = stages): AsyncGenerator<PipelineItem> {
  for await (const item of items) {
    if (item.kind !== 'document') {
      yield item.kind === 'failure' ? { ...item, document: null } : item;
      continue;
    }
    try {
      yield { kind: 'article', article: processDocument(item.document, resources, list), raw: item.document };
    } catch (error) {
      yield { kind: 'failure', error: asDocumentError(error, item.document), raw: null, document: item.document };
    }
  }
}

/** A bug in one stage must not stop the batch: it is recorded against the document like bad input. */
export function asDocumentError(error: unknown, document: RawDocument): NewsgraphError {
  if (error instanceof NewsgraphError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new NewsgraphError('PIPELINE_UNEXPECTED', `unexpected error: ${message}`, locationOf(document), { cause: error });
}
