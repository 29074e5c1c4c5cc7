// The place gazetteer: every place of data/places (or of a test world) in compact
// columns, and an index from each normalised name and alternate name to the places
// that bear it. Built by scripts/build-places.ts; read once into Resources.

import { gunzipSync } from 'node:zlib';

export const PLACE_KINDS = ['country', 'capital', 'city', 'admin1', 'admin2', 'region', 'sea', 'continent'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** One place of the gazetteer, as the rules read it. */
export interface GazetteerPlace {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-3, or null for seas and regions across borders. */
  readonly country: string | null;
  readonly kind: PlaceKind;
  readonly population: number;
  /** GeoNames first-level division code within the country (`IL`, `40`), or null. */
  readonly admin1: string | null;
  /** The US county (FIPS code within the state) of a county or a US town, or null. */
  readonly admin2: string | null;
}

export interface PlaceGazetteerFiles {
  /** `places.tsv` or `places.tsv.gz`: a header line, then id, name, altNames (|), lat, lon, country, kind, population, admin1[, admin2]. */
  readonly places: Uint8Array;
  /** `demonyms.tsv`: word<TAB>ISO3. */
  readonly demonyms: Uint8Array;
}

/**
 * The key names are compared by: no accents, lower case, no full stops or `the`, hyphens
 * as spaces, one space (`U.K.` is `UK`, `Democratic Republic of Congo` is `Democratic
 * Republic of the Congo`, `Indo Pacific` is `Indo-Pacific`).
 */
export function normalisePlaceName(name: string): string {
  // Most names are plain ASCII: skip the costly Unicode decomposition for them.
  const plain = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
  return plain.toLowerCase().replace(/\./g, '').replace(/-/g, ' ').replace(/\bthe\b/g, ' ').replace(/\s+/g, ' ').trim();
}

export class PlaceGazetteer {
  private constructor(
    private readonly places: readonly GazetteerPlace[],
    private readonly byName: ReadonlyMap<string, readonly number[]>,
    private readonly demonyms: ReadonlyMap<string, string>,
    private readonly countries: ReadonlyMap<string, number>,
    private readonly admin1s: ReadonlyMap<string, number>,
    /** `Ill.`, `W.Va.`, `S.C.`: the abbreviations of first-level divisions, as printed. */
    readonly divisionAbbreviations: ReadonlyMap<string, GazetteerPlace>,
  ) {}

  static fromBytes(files: PlaceGazetteerFiles): PlaceGazetteer {
    const places = parsePlaces(textOf(files.places));
    const byName = new Map<string, number[]>();
    const countries = new Map<string, number>();
    const admin1s = new Map<string, number>();
    const abbreviations = new Map<string, GazetteerPlace>();
    for (const [index, { place, names }] of places.entries()) {
      if (place.kind === 'admin1') for (const name of names) if (/^[A-Z][\w. ]{0,5}\.$/.test(name)) abbreviations.set(name, place);
      for (const name of names) {
        const key = normalisePlaceName(name);
        const list = byName.get(key);
        // A place's names come together, so a repeat (`Tokyo` and `TOKYO`) is the last entry.
        if (!list) byName.set(key, [index]);
        else if (list[list.length - 1] !== index) list.push(index);
      }
      if (place.kind === 'country' && place.country) countries.set(place.country, index);
      if (place.kind === 'admin1' && place.country && place.admin1) admin1s.set(`${place.country}:${place.admin1}`, index);
    }
    return new PlaceGazetteer(places.map(({ place }) => place), byName, parseDemonyms(textOf(files.demonyms)), countries, admin1s, abbreviations);
  }

  get size(): number {
    return this.places.length;
  }

  place(index: number): GazetteerPlace {
    const place = this.places[index];
    if (!place) throw new Error(`place gazetteer: no place ${index}`);
    return place;
  }

  /** Places named `name` (main or alternate name, compared normalised), in file order. */
  lookup(name: string): readonly GazetteerPlace[] {
    return (this.byName.get(normalisePlaceName(name)) ?? []).map((index) => this.places[index]!);
  }

  /** The country an adjective or people word names (`Japanese` → JPN, `Ukrainians` → UKR), or null. */
  countryOfDemonym(word: string): string | null {
    const key = normalisePlaceName(word);
    return this.demonyms.get(key) ?? (key.endsWith('s') ? this.demonyms.get(key.slice(0, -1)) ?? null : null);
  }

  /** The country itself as a place (`JPN` → Japan), or null. */
  countryPlace(iso3: string): GazetteerPlace | null {
    const index = this.countries.get(iso3);
    return index === undefined ? null : this.places[index]!;
  }

  /** The first-level division a place lies in, or null. */
  admin1Of(place: GazetteerPlace): GazetteerPlace | null {
    if (!place.country || !place.admin1) return null;
    const index = this.admin1s.get(`${place.country}:${place.admin1}`);
    return index === undefined ? null : this.places[index]!;
  }
}

function textOf(bytes: Uint8Array): string {
  const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return new TextDecoder().decode(isGzip ? gunzipSync(bytes) : bytes);
}

function parsePlaces(text: string): Array<{ place: GazetteerPlace; names: string[] }> {
  const lines = text.split('\n');
  if (!lines[0]?.startsWith('id\tname\t')) throw new Error('place gazetteer: places table lacks its header line (id, name, altNames, ...)');
  const places: Array<{ place: GazetteerPlace; names: string[] }> = [];
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (line === '') continue;
    const [id, name, altNames, lat, lon, country, kind, population, admin1, admin2] = line.split('\t');
    if (!id || !name || !PLACE_KINDS.includes(kind as PlaceKind)) throw new Error(`place gazetteer: line ${k + 1} is malformed: ${line.slice(0, 80)}`);
    const place: GazetteerPlace = {
      index: places.length, id, name, lat: Number(lat), lon: Number(lon), country: country || null,
      kind: kind as PlaceKind, population: Number(population) || 0, admin1: admin1 || null, admin2: admin2?.trim() || null,
    };
    places.push({ place, names: altNames ? [name, ...altNames.split('|')] : [name] });
  }
  return places;
}

function parseDemonyms(text: string): Map<string, string> {
  const demonyms = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [word, country] = line.split('\t');
    if (word && country) demonyms.set(normalisePlaceName(word), country.trim());
  }
  return demonyms;
}
