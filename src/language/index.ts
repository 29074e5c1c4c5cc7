// The language stage.
// Reads: `text` and its blocks (headline, captions, paragraphs).
// Adds: `sentences`, `entities` (one entity per name mention of type PERSON, ORG, GPE,
// LOC, NORP, FAC or EVENT; issue 4 clusters them) and the `analysis` layer: tokens,
// part of speech, lemmas, dependency trees and every mention, numeric ones included
// (dates and amounts are normalised by issue 4's resolve stage).
// Leaves to others: coreference, roles, actor codes, geocoding, date values, quotes.

import type { Mention } from '../document/analysis.js';
import type { Entity, EntityType } from '../document/article.js';
import type { Stage } from '../pipeline.js';
import { analyseLanguage, textBlocks } from './analyse.js';

const ENTITY_TYPES: ReadonlySet<string> = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT']);

export const languageStage: Stage = {
  name: 'language',
  requires: ['text', 'captions', 'paragraphs'],
  adds: ['sentences', 'entities'],
  run(article, resources) {
    const analysis = analyseLanguage(article.text, textBlocks(article), resources.language, article.titleSpan);
    const sentences = analysis.sentences.map(({ start, end }) => ({ start, end }));
    const entities = analysis.mentions.filter((mention) => ENTITY_TYPES.has(mention.type)).map((mention, index) => entityOf(article.text, mention, index));
    return { ...article, sentences, entities, analysis };
  },
};

function entityOf(text: string, mention: Mention, index: number): Entity {
  const name = text.slice(mention.start, mention.end);
  return {
    id: `e${index + 1}`,
    name,
    type: mention.type as EntityType,
    roles: [],
    country: null,
    actorCode: null,
    mentions: [{ start: mention.start, end: mention.end, text: name }],
  };
}
