// The resolve stage.
// Reads: `text`, the language stage's `analysis` (tokens, parse, mentions), and the
// article's date (publishedAt, else a dateline or caption date) for dated actor codes.
// Adds: `entities` clustered from the mentions (coreference of names, acronyms and
// pronouns), with roles, country and CAMEO actor code (./entities, ./actors).
// Leaves to others: quotes and their speakers (issue 5), events (issue 6).

import type { Stage } from '../pipeline.js';
import { resolveEntities } from './entities/index.js';

export const resolveStage: Stage = {
  name: 'resolve',
  requires: ['sentences', 'entities'],
  adds: ['entities'],
  run(article, resources) {
    const { analysis } = article;
    if (!analysis) throw new Error('resolve: the article has no language analysis (the language stage must run first)');
    const date = article.publishedAt ?? article.referenceDates[0]?.value ?? null;
    const entities = resolveEntities({ text: article.text, analysis, date }, resources.actors);
    return { ...article, entities };
  },
};
