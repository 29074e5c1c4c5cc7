// Places on the map.
// Reads: the article's text and its language analysis: GPE, LOC and FAC mentions; NORP
// mentions (demonyms: `Japanese` is a mention of Japan); ORG and MISC mentions named
// after a place (`Mansfield Police`, `University of Nebraska`); and a few forms no
// mention covers (`D-Ill.`, a dateline `CROMWELL —`).
// Adds: `places`, each with the gazetteer's name, point, country and id and all the
// mentions that name it, in order of first mention. A name the gazetteer does not know
// gives no place, except beside a known one (`Yokota in the western suburbs of Tokyo`).
// Leaves to others: which entity a place stands for as an actor (`Washington said`),
// and the place of each event.
//
// Order: each name first gets the place it most often means (prior) in the light of the
// other names' candidates, so that the article's countries and divisions are known;
// then each name is chosen again in that context, hints (`Y, Z`, `X province`) first; a
// name keeps one place in an article.

import type { LanguageAnalysis } from '../../document/analysis.js';
import type { Place, Span } from '../../document/article.js';
import { contextFor } from './article-context.js';
import { choosePlace, type ArticleContext } from './choose-place.js';
import { normalisePlaceName, type GazetteerPlace, type PlaceGazetteer } from './place-gazetteer.js';
import type { PlaceMention } from './mention-name.js';
import { findPlaceMentions } from './place-mentions.js';

export { PlaceGazetteer, normalisePlaceName, type GazetteerPlace, type PlaceGazetteerFiles, type PlaceKind } from './place-gazetteer.js';

export interface GeocodeInput {
  readonly text: string;
  readonly analysis: LanguageAnalysis;
}

interface Resolved {
  readonly mention: PlaceMention;
  readonly place: GazetteerPlace;
  /** Null when the place is the gazetteer's; the mention's own name for a place placed near another. */
  readonly nearName: string | null;
}

export function geocodePlaces(input: GeocodeInput, gazetteer: PlaceGazetteer): Place[] {
  const mentions = findPlaceMentions(input.text, input.analysis, gazetteer);
  const demonyms = demonymCountries(input, gazetteer);
  const byName = groupByName(mentions);
  const first = new Map([...byName].map(([key, group]) => [key, { candidates: group[0]!.candidates, chosen: null }]));
  const prior = new Map([...byName].map(([key, group]) => [key, { candidates: group[0]!.candidates, chosen: chooseForName(group, contextFor(key, first, demonyms)) }]));
  const chosen = new Map([...byName].map(([key, group]) => [key, chooseForName(group, contextFor(key, prior, demonyms))]));
  const resolved: Resolved[] = [];
  for (const mention of mentions) {
    const place = chosen.get(normalisePlaceName(mention.name));
    if (place) resolved.push({ mention, place, nearName: null });
  }
  for (const mention of mentions) {
    if (mention.candidates.length > 0 || !mention.anchor) continue;
    const anchor = resolved.find((other) => other.mention.start === mention.anchor!.start && other.nearName === null);
    if (anchor) resolved.push({ mention, place: anchor.place, nearName: mention.name });
  }
  return placesOf(resolved);
}

/** Countries named by demonyms and adjectives (`Japanese`, `Ukrainian forces`). */
function demonymCountries(input: GeocodeInput, gazetteer: PlaceGazetteer): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mention of input.analysis.mentions) {
    if (mention.type !== 'NORP') continue;
    const country = gazetteer.countryOfDemonym(input.text.slice(mention.start, mention.end));
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

function groupByName(mentions: readonly PlaceMention[]): Map<string, PlaceMention[]> {
  const groups = new Map<string, PlaceMention[]>();
  for (const mention of mentions) {
    if (mention.candidates.length === 0) continue;
    const key = normalisePlaceName(mention.name);
    groups.set(key, [...(groups.get(key) ?? []), mention]);
  }
  return groups;
}

/** One place for all mentions of a name; a mention with a hint (`Y, Z`, `X province`) decides. */
function chooseForName(group: readonly PlaceMention[], context: ArticleContext): GazetteerPlace | null {
  const hinted = group.find((mention) => mention.container || mention.isDivision);
  const candidates = hinted ? candidatesFitting(hinted) : group[0]!.candidates;
  return choosePlace(group[0]!.name, candidates, context);
}

function candidatesFitting(mention: PlaceMention): readonly GazetteerPlace[] {
  const { container } = mention;
  let fitting = mention.candidates;
  if (container) {
    fitting = fitting.filter((place) => place !== container && place.country === container.country &&
      (container.kind !== 'admin1' || place.admin1 === container.admin1));
  }
  if (mention.isDivision) fitting = fitting.filter((place) => place.kind === 'admin1');
  return fitting.length > 0 ? fitting : mention.candidates;
}

function placesOf(resolved: readonly Resolved[]): Place[] {
  const byPlace = new Map<string, { first: Resolved; mentions: Span[] }>();
  for (const entry of resolved) {
    const key = entry.nearName === null ? entry.place.id : `near:${normalisePlaceName(entry.nearName)}`;
    const group = byPlace.get(key);
    const span = { start: entry.mention.start, end: entry.mention.end };
    if (group) group.mentions.push(span);
    else byPlace.set(key, { first: entry, mentions: [span] });
  }
  return [...byPlace.values()]
    .map(({ first, mentions }) => ({ first, mentions: mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map(({ first, mentions }) => ({
      name: first.nearName ?? first.place.name,
      lat: first.place.lat,
      lon: first.place.lon,
      country: first.place.country,
      gazetteerId: first.nearName === null ? first.place.id : null,
      mentions,
    }));
}
