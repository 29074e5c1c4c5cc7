// The place gazetteer: every place of data/places (or of a test world) in compact
// columns (place-table.ts), and an index from each normalised name and alternate name to
// the places that bear it (place-name-index.ts). Built by scripts/build-places.ts; read
// once into Resources.

import { gunzipSync } from 'node:zlib';
import { PlaceNameIndexBuilder, type PlaceNameIndex } from './place-name-index.js';
import { countByte, PlaceTable, type GazetteerPlace } from './place-table.js';

export { PLACE_KINDS, type GazetteerPlace, type PlaceKind } from './place-table.js';

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
  /** `Ill.`, `W.Va.`, `S.C.`: the abbreviations of first-level divisions, as printed. */
  readonly divisionAbbreviations: ReadonlyMap<string, GazetteerPlace>;

  private constructor(
    private readonly places: PlaceTable,
    private readonly byName: PlaceNameIndex,
    private readonly demonyms: ReadonlyMap<string, string>,
    private readonly countries: ReadonlyMap<string, number>,
    private readonly admin1s: ReadonlyMap<string, number>,
    abbreviations: ReadonlyArray<readonly [string, number]>,
  ) {
    this.divisionAbbreviations = new Map(abbreviations.map(([name, index]) => [name, places.place(index)]));
  }

  static fromBytes(files: PlaceGazetteerFiles): PlaceGazetteer {
    const bytes = unzipped(files.places);
    // At most a main and an alternate name a line, and one more after each `|`.
    const byName = new PlaceNameIndexBuilder(2 * (countByte(bytes, 0x0a) + 1) + countByte(bytes, 0x7c));
    const abbreviations: Array<readonly [string, number]> = [];
    const places = PlaceTable.parse(bytes, (index, kind, names) => {
      if (kind === 'admin1') for (const name of names) if (/^[A-Z][\w. ]{0,5}\.$/.test(name)) abbreviations.push([name, index]);
      for (const name of names) byName.add(normalisePlaceName(name), index);
    });
    const countries = new Map<string, number>();
    const admin1s = new Map<string, number>();
    for (let index = 0; index < places.size; index++) {
      const [kind, country, admin1] = [places.kindOf(index), places.countryOf(index), places.admin1Of(index)];
      if (kind === 'country' && country) countries.set(country, index);
      if (kind === 'admin1' && country && admin1) admin1s.set(`${country}:${admin1}`, index);
    }
    return new PlaceGazetteer(places, byName.build(), parseDemonyms(textOf(files.demonyms)), countries, admin1s, abbreviations);
  }

  get size(): number {
    return this.places.size;
  }

  /** Place `index`; the same object on every call, as the rules compare places by identity. */
  place(index: number): GazetteerPlace {
    return this.places.place(index);
  }

  /** Places named `name` (main or alternate name, compared normalised), in file order. */
  lookup(name: string): readonly GazetteerPlace[] {
    return this.byName.placesOf(normalisePlaceName(name), (index) => this.places.place(index));
  }

  /** The country an adjective or people word names (`Japanese` → JPN, `Ukrainians` → UKR), or null. */
  countryOfDemonym(word: string): string | null {
    const key = normalisePlaceName(word);
    return this.demonyms.get(key) ?? (key.endsWith('s') ? this.demonyms.get(key.slice(0, -1)) ?? null : null);
  }

  /** The country itself as a place (`JPN` → Japan), or null. */
  countryPlace(iso3: string): GazetteerPlace | null {
    const index = this.countries.get(iso3);
    return index === undefined ? null : this.places.place(index);
  }

  /** The first-level division a place lies in, or null. */
  admin1Of(place: GazetteerPlace): GazetteerPlace | null {
    if (!place.country || !place.admin1) return null;
    const index = this.admin1s.get(`${place.country}:${place.admin1}`);
    return index === undefined ? null : this.places.place(index);
  }
}

function unzipped(bytes: Uint8Array): Uint8Array {
  const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return isGzip ? gunzipSync(bytes) : bytes;
}

function textOf(bytes: Uint8Array): string {
  return new TextDecoder().decode(unzipped(bytes));
}

function parseDemonyms(text: string): Map<string, string> {
  const demonyms = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [word, country] = line.split('\t');
    if (word && country) demonyms.set(normalisePlaceName(word), country.trim());
  }
  return demonyms;
}
