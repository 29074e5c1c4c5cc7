// The resolve stage.
// Reads: `text`, the language stage's `analysis` (tokens, parse, mentions), and the
// article's date (publishedAt, else a dateline or caption date: referenceDateOf).
// Adds: `entities` clustered from the mentions (coreference of names, acronyms and
// pronouns), with roles, country and CAMEO actor code (./entities, ./actors); `places`
// geocoded against the gazetteer (./places); `dates` normalised against the article's
// date (./dates); `amounts` with value, unit and qualifier (./amounts).
// Leaves to others: quotes and their speakers (issue 5), events (issue 6).
//
// Order: the dateline's agency first, so that neither entities nor places read its words
// apart (./dateline-agency.ts); places before the entities' last step, which gives a
// place entity the dictionaries do not know the country the geocoder found
// (./place-countries.ts).

import type { Stage } from '../pipeline.js';
import { resolveAmounts } from './amounts/index.js';
import { agencySpan, markAgencyAsMedium, organisationMention, replaceMentionsIn } from './dateline-agency.js';
import { referenceDateOf, resolveDates } from './dates/index.js';
import { resolveEntities } from './entities/index.js';
import { addPlaceCountries } from './place-countries.js';
import { geocodePlaces } from './places/index.js';

export const resolveStage: Stage = {
  name: 'resolve',
  requires: ['sentences'],
  adds: ['entities', 'places', 'dates', 'amounts'],
  run(article, resources) {
    const { analysis, text } = article;
    if (!analysis) throw new Error('resolve: the article has no language analysis (the language stage must run first)');
    const reference = referenceDateOf(article);
    const agency = agencySpan(article);
    const agencyMention = agency && organisationMention(analysis, agency);
    const named = agency ? replaceMentionsIn(analysis, agency, agencyMention) : analysis;
    const places = geocodePlaces({ text, analysis: agency ? replaceMentionsIn(analysis, agency, null) : analysis }, resources.places);
    const resolved = addPlaceCountries(resolveEntities({ text, analysis: named, date: reference }, resources.actors), places);
    const entities = agency ? markAgencyAsMedium(resolved, agency) : resolved;
    const dates = resolveDates({ text, analysis, reference });
    const amounts = resolveAmounts({ text, analysis });
    return { ...article, entities, places, dates, amounts };
  },
};
