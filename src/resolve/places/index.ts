// Places on the map.
// Reads: the article's text and its language analysis: GPE, LOC and FAC mentions; NORP
// mentions (demonyms: `Japanese` is a mention of Japan); ORG and MISC mentions named
// after a place (`Mansfield Police`, `University of Nebraska`); PERSON mentions that the
// words around them make places (`in Lombard`, `Becker and Clay counties`, `R-Marshall`,
// `Toledo Mayor ...`); and a few forms no mention covers (`D-Ill.`, a dateline `CROMWELL —`).
// Adds: `places`, each with the gazetteer's name, point, country and id and all the
// mentions that name it, in order of first mention. A name the gazetteer does not know
// gives no place, except beside a known one (`Yokota in the western suburbs of Tokyo`).
// Leaves to others: which entity a place stands for as an actor (`Washington said`),
// and the place of each event.
//
// Order: each name first gets the place it most often means (prior) in the light of the
// other names' candidates, so that the article's countries and divisions are known;
// then each name is chosen again in that context, hints (`Y, Z`, `X province`) first; a
// name keeps one place in an article. A name read as a place on weak evidence (`in
// Lombard`, typed PERSON) joins only when the places chosen for the other names hold one
// of its places: in the same state or province, or a town nearby.

import type { LanguageAnalysis } from '../../document/analysis.js';
import type { Place, Span } from '../../document/article.js';
import { contextFor, type NameEvidence } from './article-context.js';
import { choosePlace, distanceKm, divisionKey, isTownLike, type ArticleContext } from './choose-place.js';
import { normalisePlaceName, type GazetteerPlace, type PlaceGazetteer } from './place-gazetteer.js';
import { plainMention, type PlaceMention } from './mention-name.js';
import { personTypedPlaceNames } from './person-typed-places.js';
import { findPlaceMentions } from './place-mentions.js';
import { spansOverlap } from '../../document/span.js';

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

// A town within an hour's drive of a place the article names: local news names its neighbourhood.
const SUPPORTING_TOWN_KM = 50;

export function geocodePlaces(input: GeocodeInput, gazetteer: PlaceGazetteer): Place[] {
  const found = findPlaceMentions(input.text, input.analysis, gazetteer);
  const demonyms = demonymCountries(input, gazetteer);
  const strong = found.filter((mention) => !mention.needsSupport);
  const weak = found.filter((mention) => mention.needsSupport);
  const mentions = weak.length === 0 ? strong : [...strong, ...supported(weak, priorChoices(groupByName(strong), demonyms))].sort((a, b) => a.start - b.start);
  const byName = groupByName(mentions);
  const prior = priorChoices(byName, demonyms);
  const chosen = new Map([...byName].map(([key, group]) => [key, chooseForName(group, contextFor(key, prior, demonyms))]));
  const resolved: Resolved[] = [];
  for (const mention of mentions) {
    const place = chosen.get(normalisePlaceName(mention.name));
    if (place) resolved.push({ mention, place, nearName: null });
  }
  // `Greer` typed PERSON in an article that places `Greer, South Carolina` beside other
  // places of the state: the same place (not the `Lincoln` of `a Lincoln impersonator`);
  // a country or a state needs no neighbour.
  const named = new Set([...chosen].filter(([key, place]) => place && (!isTownLike(place) || supportFrom(chosen, key)(place))).map(([key]) => key));
  for (const span of personTypedPlaceNames(input.text, input.analysis, named, normalisePlaceName)) {
    if (mentions.some((mention) => spansOverlap(mention, span))) continue;
    const place = chosen.get(normalisePlaceName(input.text.slice(span.start, span.end)))!;
    resolved.push({ mention: plainMention(span, input.text.slice(span.start, span.end), [place]), place, nearName: null });
  }
  for (const mention of mentions) {
    if (mention.candidates.length > 0 || !mention.anchor) continue;
    const anchor = resolved.find((other) => other.mention.start === mention.anchor!.start && other.nearName === null);
    if (anchor) resolved.push({ mention, place: anchor.place, nearName: mention.name });
  }
  return placesOf(resolved);
}

/** Each name's place by its prior, in the light of the other names' candidates. */
function priorChoices(byName: ReadonlyMap<string, readonly PlaceMention[]>, demonyms: ReadonlyMap<string, number>): Map<string, NameEvidence> {
  const first = new Map([...byName].map(([key, group]) => [key, { candidates: group[0]!.candidates, chosen: null }]));
  return new Map([...byName].map(([key, group]) => [key, { candidates: group[0]!.candidates, chosen: chooseForName(group, contextFor(key, first, demonyms)) }]));
}

/** Weak mentions with only the candidates that the places chosen for the other names support; none is dropped. */
function supported(weak: readonly PlaceMention[], prior: ReadonlyMap<string, NameEvidence>): PlaceMention[] {
  const chosen = new Map([...prior].map(([key, evidence]) => [key, evidence.chosen]));
  const countries = new Set([...chosen.values()].map((place) => place?.country).filter((country): country is string => typeof country === 'string'));
  return weak.map((mention) => {
    const isSupported = supportFrom(chosen, normalisePlaceName(mention.name));
    const fits = (candidate: GazetteerPlace) => isSupported(candidate) || (mention.isCountrySupportEnough === true && candidate.country !== null && countries.has(candidate.country));
    return { ...mention, candidates: mention.candidates.filter(fits) };
  }).filter((mention) => mention.candidates.length > 0);
}

/** Whether a place lies in the state or province of a place chosen for another name than `ownKey`, or near one of its towns. */
function supportFrom(chosen: ReadonlyMap<string, GazetteerPlace | null>, ownKey: string): (candidate: GazetteerPlace) => boolean {
  const places = [...chosen].filter(([key]) => key !== ownKey).map(([, place]) => place).filter((place): place is GazetteerPlace => place !== null);
  const divisions = new Set(places.map(divisionKey).filter((key): key is string => key !== null));
  const towns = places.filter(isTownLike);
  return (candidate) => (divisionKey(candidate) !== null && divisions.has(divisionKey(candidate)!)) ||
    towns.some((town) => distanceKm(town, candidate) <= SUPPORTING_TOWN_KM);
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
