// The resolve stage.
// Reads: `text`, the language stage's `analysis` (tokens, parse, mentions), and the
// article's date (publishedAt, else a dateline or caption date: referenceDateOf).
// Adds: `entities` clustered from the mentions (coreference of names, acronyms and
// pronouns), with roles, country and CAMEO actor code (./entities, ./actors); `dates`
// normalised against the article's date (./dates); `amounts` with value, unit and
// qualifier (./amounts).
// Leaves to others: quotes and their speakers (issue 5), events (issue 6).

import type { Stage } from '../pipeline.js';
import { resolveAmounts } from './amounts/index.js';
import { referenceDateOf, resolveDates } from './dates/index.js';
import { resolveEntities } from './entities/index.js';

export const resolveStage: Stage = {
  name: 'resolve',
  requires: ['sentences', 'entities'],
  adds: ['entities', 'dates', 'amounts'],
  run(article, resources) {
    const { analysis, text } = article;
    if (!analysis) throw new Error('resolve: the article has no language analysis (the language stage must run first)');
    const reference = referenceDateOf(article);
    const entities = resolveEntities({ text, analysis, date: reference }, resources.actors);
    const dates = resolveDates({ text, analysis, reference });
    const amounts = resolveAmounts({ text, analysis });
    return { ...article, entities, dates, amounts };
  },
};
