// What the rest of an article says about where a name is. Two kinds of evidence:
// the places chosen for the other names in the first pass (their countries and
// divisions), and every candidate of the other names, so that two ambiguous names
// that fit together support each other whatever the first pass chose (`Huntsville` and
// `Walker County`: both in Texas; `Fargo` and `Moorhead`: 5 km apart; `Athens` beside
// `Georgia`: the Athens in the state of Georgia, even when the first pass read Georgia
// as the country).

import { countyKey, divisionKey, isTownLike, type ArticleContext } from './choose-place.js';
import type { GazetteerPlace } from './place-gazetteer.js';

export interface NameEvidence {
  readonly candidates: readonly GazetteerPlace[];
  /** The first pass's choice, or null before it. */
  readonly chosen: GazetteerPlace | null;
}

const LOCAL_KINDS: ReadonlySet<string> = new Set(['city', 'admin1', 'admin2']);
const BROAD_KINDS: ReadonlySet<string> = new Set(['country', 'admin1', 'continent', 'sea', 'region']);

/** The context of the name `ownKey`: the evidence of every other name, and the countries demonyms name. */
export function contextFor(ownKey: string, names: ReadonlyMap<string, NameEvidence>, demonyms: ReadonlyMap<string, number>): ArticleContext {
  const countries = new Map(demonyms);
  const divisions = new Map<string, number>();
  const localCountries = new Set<string>();
  const towns: GazetteerPlace[] = [];
  const counties = new Set<string>();
  for (const [key, { candidates, chosen }] of names) {
    if (key === ownKey) continue;
    // A name that is also a country, a division or a region (`Norway`, `Vermont`) is that
    // more likely than a town: its towns lend no support (Maine's Norway, Poland and
    // Denmark would otherwise hold each other up in a list of countries).
    const isLendingTowns = !candidates.some((candidate) => BROAD_KINDS.has(candidate.kind));
    for (const candidate of candidates) {
      // A division another name may be: counted as named, with no weight of its own.
      const offered = candidate.kind === 'admin1' ? divisionKey(candidate) : null;
      if (offered) divisions.set(offered, divisions.get(offered) ?? 0);
      if (!isLendingTowns) continue;
      if (isTownLike(candidate)) towns.push(candidate);
      const county = countyKey(candidate);
      if (county) counties.add(county);
    }
    if (!chosen) continue;
    if (chosen.country) countries.set(chosen.country, (countries.get(chosen.country) ?? 0) + 1);
    if (chosen.country && LOCAL_KINDS.has(chosen.kind)) localCountries.add(chosen.country);
    const division = divisionKey(chosen);
    if (division) divisions.set(division, (divisions.get(division) ?? 0) + 1);
  }
  return { countries, divisions, localCountries, towns, counties };
}
