// Names from data/gazetteer (countries, cities, demonyms, organisations…) matched
// against tokens by their normalised lower-case hashes, so matching allocates nothing.
// A name of several tokens is stored as a chain of hashes: every prefix is marked, so
// the longest match stops as soon as a prefix is unknown.

import { hashString, mixHash } from '../linear/hash.js';
import { FLAG_HAS_DIGIT, FLAG_UPPER_INITIAL, normaliseForm, type LexicalAttributes } from '../language/lexical.js';

export const GAZ_CATEGORIES = ['country', 'city', 'place', 'demonym', 'region', 'org', 'person', 'capital'] as const;
export type GazetteerCategory = (typeof GAZ_CATEGORIES)[number];
export const GAZ = { country: 1, city: 2, place: 4, demonym: 8, region: 16, org: 32, person: 64, capital: 128 } as const;
/** The categories the recogniser's features read (what its model was trained with); the type rules read all. */
const FEATURE_CATEGORIES = GAZ.country | GAZ.city | GAZ.place | GAZ.demonym | GAZ.region | GAZ.org | GAZ.person;

const IS_PREFIX = 0x8000;
const CHAIN_SEED = 0x6a2e;
const MAX_NAME_TOKENS = 8;

/** Splits a name the way news tokenisers split text: spaces, and a trailing comma. */
export function nameTokens(name: string): string[] {
  return name.split(/\s+/).flatMap((word) => (word.length > 1 && word.endsWith(',') ? [word.slice(0, -1), ','] : [word])).filter((word) => word !== '');
}

/** The tokens of a name, and when it has a hyphenated word also as src/text splits it (`Indo - Pacific`). */
export function nameTokenVariants(name: string): string[][] {
  const tokens = nameTokens(name);
  if (!tokens.some((token) => /\p{L}-\p{L}/u.test(token))) return [tokens];
  const split = tokens.flatMap((token) => (/\p{L}-\p{L}/u.test(token) ? token.split(/(-)/) : [token]));
  return [tokens, split];
}

function addName(table: Map<number, number>, tokens: readonly string[], bits: number): void {
  if (tokens.length === 0 || tokens.length > MAX_NAME_TOKENS) return;
  let chain = CHAIN_SEED;
  tokens.forEach((token, k) => {
    chain = mixHash(chain, hashString(normaliseForm(token)));
    table.set(chain, (table.get(chain) ?? 0) | (k === tokens.length - 1 ? bits : IS_PREFIX));
  });
}

export class Gazetteer {
  private readonly table: Map<number, number>;

  private constructor(table: Map<number, number>) {
    this.table = table;
  }

  /** Reads `name<TAB>category,category` lines. */
  static fromTsv(text: string): Gazetteer {
    const table = new Map<number, number>();
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      let bits = 0;
      for (const category of line.slice(tab + 1).split(',')) {
        const index = GAZ_CATEGORIES.indexOf(category.trim() as GazetteerCategory);
        if (index >= 0) bits |= 1 << index;
      }
      if (bits === 0) continue;
      for (const tokens of nameTokenVariants(line.slice(0, tab))) addName(table, tokens, bits);
    }
    return new Gazetteer(table);
  }

  /** Categories of a name covering exactly tokens [first, end), or 0. */
  categoriesOf(lex: LexicalAttributes, first: number, end: number): number {
    let chain = CHAIN_SEED;
    let entry = 0;
    for (let k = first; k < end; k++) {
      chain = mixHash(chain, lex.lower[k]!);
      entry = this.table.get(chain) ?? 0;
      if (entry === 0) return 0;
    }
    return entry & ~IS_PREFIX;
  }

  /** Categories of a one-token name given as text, or 0. */
  categoriesOfName(token: string): number {
    return (this.table.get(mixHash(CHAIN_SEED, hashString(normaliseForm(token)))) ?? 0) & ~IS_PREFIX;
  }

  /**
   * Marks the longest capitalised matches, left to right, in tokens [first, end):
   * out[k - first] = categories << 2 | BILU position, 0 outside any match (a match
   * whose categories the features do not read still marks its tokens).
   */
  markSentence(lex: LexicalAttributes, first: number, end: number, out: Uint16Array): void {
    out.fill(0, 0, end - first);
    for (let start = first; start < end; start++) {
      if ((lex.flags[start]! & (FLAG_UPPER_INITIAL | FLAG_HAS_DIGIT)) === 0) continue;
      let chain = CHAIN_SEED;
      let bestEnd = -1;
      let bestBits = 0;
      for (let k = start; k < end && k - start < MAX_NAME_TOKENS; k++) {
        chain = mixHash(chain, lex.lower[k]!);
        const entry = this.table.get(chain);
        if (entry === undefined) break;
        const bits = entry & ~IS_PREFIX;
        // A name ends on a capitalised token: `Bank of England`, not `Bank of`.
        if (bits !== 0 && (lex.flags[k]! & (FLAG_UPPER_INITIAL | FLAG_HAS_DIGIT)) !== 0) {
          bestEnd = k + 1;
          bestBits = bits;
        }
        if ((entry & IS_PREFIX) === 0) break;
      }
      if (bestEnd < 0) continue;
      for (let k = start; k < bestEnd; k++) {
        const position = bestEnd - start === 1 ? 3 : k === start ? 0 : k === bestEnd - 1 ? 2 : 1;
        out[k - first] = ((bestBits & FEATURE_CATEGORIES) << 2) | position;
      }
      start = bestEnd - 1;
    }
  }
}
