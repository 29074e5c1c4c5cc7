// The places of the gazetteer in columns: points and populations in typed arrays, kinds
// as numbers, the country and division codes (which repeat) as numbers into small
// tables, ids and names as UTF-8 in one buffer. A place becomes a GazetteerPlace object
// only when asked for, and then is always the same object: the rules compare places by
// identity (`===`, Set and Map membership).

import { PackedStrings } from './packed-strings.js';

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

const NEWLINE = 0x0a;

export class PlaceTable {
  /** The places made so far, by index: those lookups have returned (about 4,000 over 1,500 Reuters articles). */
  private readonly made = new Map<number, GazetteerPlace>();

  private constructor(
    readonly size: number,
    /** Place i's id is string 2i, its name string 2i + 1. */
    private readonly idsAndNames: PackedStrings,
    private readonly lats: Float64Array,
    private readonly lons: Float64Array,
    private readonly populations: Float64Array | Uint32Array,
    /** Indexes into PLACE_KINDS. */
    private readonly kinds: Uint8Array,
    private readonly countries: CodeColumn,
    private readonly admin1s: CodeColumn,
    private readonly admin2s: CodeColumn,
  ) {}

  /**
   * Reads `places.tsv` (a header line, then id, name, altNames (|), lat, lon, country, kind,
   * population, admin1[, admin2]), line by line from its UTF-8 bytes, and hands each place's
   * main and alternate names to `useNames` in file order.
   */
  static parse(bytes: Uint8Array, useNames: (index: number, kind: PlaceKind, names: readonly string[]) => void): PlaceTable {
    const capacity = countByte(bytes, NEWLINE) + 1;
    const idsAndNames = new PackedStrings();
    const [lats, lons, populations] = [new Float64Array(capacity), new Float64Array(capacity), new Float64Array(capacity)];
    const kinds = new Uint8Array(capacity);
    const [countries, admin1s, admin2s] = [new CodeColumn(capacity), new CodeColumn(capacity), new CodeColumn(capacity)];
    let size = 0;
    forEachLine(bytes, (line, lineNumber) => {
      if (lineNumber === 1) {
        if (!line.startsWith('id\tname\t')) throw new Error('place gazetteer: places table lacks its header line (id, name, altNames, ...)');
        return;
      }
      if (line === '') return;
      const [id, name, altNames, lat, lon, country, kind, population, admin1, admin2] = line.split('\t');
      const kindIndex = PLACE_KINDS.indexOf(kind as PlaceKind);
      if (!id || !name || kindIndex < 0) throw new Error(`place gazetteer: line ${lineNumber} is malformed: ${line.slice(0, 80)}`);
      idsAndNames.add(id);
      idsAndNames.add(name);
      lats[size] = Number(lat);
      lons[size] = Number(lon);
      populations[size] = Number(population) || 0;
      kinds[size] = kindIndex;
      countries.set(size, country || null);
      admin1s.set(size, admin1 || null);
      admin2s.set(size, admin2?.trim() || null);
      useNames(size, PLACE_KINDS[kindIndex]!, altNames ? [name, ...altNames.split('|')] : [name]);
      size++;
    });
    return new PlaceTable(size, idsAndNames.trim(), lats.slice(0, size), lons.slice(0, size), narrowed(populations.subarray(0, size)), kinds.slice(0, size), countries.trim(size), admin1s.trim(size), admin2s.trim(size));
  }

  /** Place `index`: made on the first call, the same object on every later one. */
  place(index: number): GazetteerPlace {
    const made = this.made.get(index);
    if (made) return made;
    if (!Number.isInteger(index) || index < 0 || index >= this.size) throw new Error(`place gazetteer: no place ${index}`);
    // `| 0`: place(-0) is place 0.
    const place = this.makePlace(index | 0);
    this.made.set(index, place);
    return place;
  }

  kindOf(index: number): PlaceKind {
    return PLACE_KINDS[this.kinds[index]!]!;
  }

  countryOf(index: number): string | null {
    return this.countries.get(index);
  }

  admin1Of(index: number): string | null {
    return this.admin1s.get(index);
  }

  private makePlace(index: number): GazetteerPlace {
    return {
      index, id: this.idsAndNames.get(2 * index), name: this.idsAndNames.get(2 * index + 1), lat: this.lats[index]!, lon: this.lons[index]!,
      country: this.countries.get(index), kind: this.kindOf(index), population: this.populations[index]!, admin1: this.admin1s.get(index), admin2: this.admin2s.get(index),
    };
  }
}

/** Codes that repeat (`USA`, `IL`), each kept once: place i's is values[numbers[i]], 0 for none. */
class CodeColumn {
  private readonly values: Array<string | null> = [null];
  private readonly numberOf = new Map<string, number>();
  private numbers: Uint8Array | Uint16Array | Uint32Array;

  constructor(capacity: number) {
    this.numbers = new Uint32Array(capacity);
  }

  set(index: number, code: string | null): void {
    if (code === null) return;
    let number = this.numberOf.get(code);
    if (number === undefined) {
      number = this.values.push(code) - 1;
      this.numberOf.set(code, number);
    }
    this.numbers[index] = number;
  }

  get(index: number): string | null {
    return this.values[this.numbers[index]!]!;
  }

  /** Keeps the first `size` places, in the narrowest array their numbers fit. */
  trim(size: number): this {
    const numbers = this.numbers.subarray(0, size);
    this.numbers = this.values.length <= 0x100 ? Uint8Array.from(numbers) : this.values.length <= 0x10000 ? Uint16Array.from(numbers) : numbers.slice();
    this.numberOf.clear();
    return this;
  }
}

/** Populations as 32-bit integers when they all are (they are counts), else as they are. */
function narrowed(populations: Float64Array): Float64Array | Uint32Array {
  const isCount = populations.every((population) => Number.isInteger(population) && population >= 0 && population <= 0xffffffff);
  return isCount ? Uint32Array.from(populations) : populations.slice();
}

/** Decodes each line (split at `\n`) on its own, so that the whole file is never one string. */
function forEachLine(bytes: Uint8Array, use: (line: string, lineNumber: number) => void): void {
  // The first line drops a byte-order mark, as decoding the whole file would; later lines keep theirs.
  const first = new TextDecoder();
  const rest = new TextDecoder('utf-8', { ignoreBOM: true });
  let lineNumber = 0;
  for (let start = 0; start <= bytes.length; ) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    lineNumber++;
    use((lineNumber === 1 ? first : rest).decode(bytes.subarray(start, end)), lineNumber);
    start = end + 1;
  }
}

/** How many times `byte` occurs in `bytes`. */
export function countByte(bytes: Uint8Array, byte: number): number {
  let count = 0;
  for (let at = bytes.indexOf(byte); at !== -1; at = bytes.indexOf(byte, at + 1)) count++;
  return count;
}
