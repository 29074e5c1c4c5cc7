// Chooses among the places that bear a name. A place scores by how much news names it
// (population, and the kind of place: a country or capital beats a town of the same
// name) and by the article around it: its country named elsewhere in the article, its
// state or province named or holding other places of the article (`Georgia` beside
// Atlanta is the state), and, for capitals, an article about several countries
// (`Washington` beside Beijing and Kyiv is the capital, not the state), and for towns,
// other towns of the article nearby (local news names its neighbourhood) or a county
// of the article that holds them.

import { normalisePlaceName, type GazetteerPlace, type PlaceKind } from './place-gazetteer.js';

const KIND_PRIOR: Readonly<Record<PlaceKind, number>> = {
  country: 3, continent: 4, sea: 4, region: 4, capital: 2.5, admin1: 1, city: 0, admin2: 0,
};
// Seas and regions have no population (news names them as often as a big city), nor
// counties; a city of unknown population is one of more than 1000 people.
const UNCOUNTED_POPULATION: Readonly<Record<PlaceKind, number>> = {
  country: 1e6, continent: 1e7, sea: 1e7, region: 1e7, capital: 1e5, admin1: 1e5, city: 1e3, admin2: 1e4,
};
const SAME_COUNTRY = 3;
const SAME_DIVISION = 2.5;
const INTERNATIONAL_CAPITAL = 1;
const NEARBY_TOWN = 2;
// `Huntsville` beside `Walker County`: the Huntsville in a Walker County (Texas), whichever
// of either name's places the first pass chose.
const SAME_COUNTY = 2.5;
// A place called by its own name gets a little more than one the name is only an
// alternate or old name of (`Canton` is first the Ohio city, then Guangzhou).
const OWN_NAME = 1;
const NEARBY_KM = 75;
const POINT_KINDS: ReadonlySet<PlaceKind> = new Set(['city', 'capital', 'admin2']);

/** What the rest of the article says: countries and first-level divisions (`USA:GA`) it names, with counts. */
export interface ArticleContext {
  readonly countries: ReadonlyMap<string, number>;
  readonly divisions: ReadonlyMap<string, number>;
  /** Countries of the towns, counties and divisions (not capitals) chosen for the other names. */
  readonly localCountries: ReadonlySet<string>;
  /** Towns and counties chosen for the article's other names. */
  readonly towns: readonly GazetteerPlace[];
  /** Counties (`USA:TX:471`) that some candidate of another name lies in or is. */
  readonly counties: ReadonlySet<string>;
}

export function countyKey(place: GazetteerPlace): string | null {
  return place.admin2 && place.admin1 && place.country ? `${place.country}:${place.admin1}:${place.admin2}` : null;
}

export function isTownLike(place: GazetteerPlace): boolean {
  return POINT_KINDS.has(place.kind);
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const radians = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * radians) / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(((b.lon - a.lon) * radians) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function divisionKey(place: GazetteerPlace): string | null {
  return place.country && place.admin1 && place.kind !== 'country' ? `${place.country}:${place.admin1}` : null;
}

export function priorScore(place: GazetteerPlace): number {
  const population = place.population > 0 ? place.population : UNCOUNTED_POPULATION[place.kind];
  return Math.log10(population + 1) + KIND_PRIOR[place.kind];
}

export function contextScore(place: GazetteerPlace, context: ArticleContext): number {
  let score = 0;
  // A division needs other places inside its country: `Georgia` beside Atlanta is the
  // state, beside Washington and Moscow the country.
  const countries = place.kind === 'admin1' ? context.localCountries : context.countries;
  if (place.country && countries.has(place.country)) score += SAME_COUNTRY;
  const division = divisionKey(place);
  if (division && context.divisions.has(division)) score += SAME_DIVISION;
  const isInternational = [...context.countries.keys()].filter((country) => country !== place.country).length >= 2;
  if (place.kind === 'capital' && isInternational) score += INTERNATIONAL_CAPITAL;
  const county = countyKey(place);
  if (county && context.counties.has(county)) score += SAME_COUNTY;
  if (isTownLike(place) && context.towns.some((town) => town !== place && isNearby(town, place))) score += NEARBY_TOWN;
  return score;
}

function isNearby(a: GazetteerPlace, b: GazetteerPlace): boolean {
  // A degree of latitude is 111 km: most pairs are ruled out before the trigonometry.
  return Math.abs(a.lat - b.lat) * 111 <= NEARBY_KM && distanceKm(a, b) <= NEARBY_KM;
}

/** Whether the name is the place's own, or its own before a comma (`Washington` of `Washington, D.C.`). */
function isOwnName(place: GazetteerPlace, key: string): boolean {
  return normalisePlaceName(place.name) === key || normalisePlaceName(place.name.split(',')[0]!) === key;
}

/** The best-scoring candidate for a name, or null when there is none. */
export function choosePlace(name: string, candidates: readonly GazetteerPlace[], context: ArticleContext | null): GazetteerPlace | null {
  const key = normalisePlaceName(name);
  let best: GazetteerPlace | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const ownName = isOwnName(candidate, key) ? OWN_NAME : 0;
    const score = priorScore(candidate) + ownName + (context ? contextScore(candidate, context) : 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
