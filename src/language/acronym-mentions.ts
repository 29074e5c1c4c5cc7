// Acronyms of names the article spells out: after `US Forces Japan` and `US Indo-Pacific
// Command`, a bare `USFJ` or `INDOPACOM` names the same organisation, which the
// recogniser, seeing the sentence alone, often misses (an unknown all-capitals word).
// A capitalised token not inside any mention becomes a mention of the spelt-out name's
// type when its letters are, in order, the beginnings of the name's words: one or more
// letters of each (`INDO`+`PA`+`COM`), leading words and small words may be skipped, and
// the last word always counts. Two-letter acronyms must be plain initials (`AP`).

import type { Mention, MentionType } from '../document/analysis.js';
import type { TokenSequence } from './tokens.js';

const EXPANDABLE: ReadonlySet<MentionType> = new Set<MentionType>(['ORG', 'EVENT', 'FAC', 'MISC']);
const ACRONYM = /^[A-Z]{2,10}$/;
// Capitalised words that are not acronyms of a name: roman numerals (`LaserJet II`) and
// company forms (`Cie du Midi SA`).
const NOT_ACRONYMS = /^(?:[IVXL]+|SA|AG|NV|BV|AB|AS|ASA|OY|KK|PLC|INC|LTD|CO|CORP|LLC|LLP|GMBH|SPA|SARL|PTY|BHD)$/;
/** Characters that make a capitalised token part of a longer code: `MS-DOS`, `AS/XL`, `DP-4`. */
const JOINERS = /[-/\u2010\u2011&+]/;
/** Words an acronym may leave out inside a name (`International Campaign to Ban Landmines`: ICBL). */
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'at', 'de', '&']);

export function addAcronymMentions(tokens: TokenSequence, mentions: readonly Mention[]): Mention[] {
  const { text, starts, ends, count } = tokens;
  const names = mentions
    .filter((mention) => EXPANDABLE.has(mention.type) && mention.endToken - mention.firstToken >= 2)
    .map((mention) => ({ type: mention.type, words: nameWords(text.slice(mention.start, mention.end)) }));
  if (names.length === 0) return [...mentions];
  const covered = new Uint8Array(count);
  for (const mention of mentions) covered.fill(1, mention.firstToken, mention.endToken);
  const added: Mention[] = [];
  for (let k = 0; k < count; k++) {
    if (covered[k]) continue;
    const form = text.slice(starts[k]!, ends[k]!);
    if (!ACRONYM.test(form) || NOT_ACRONYMS.test(form) || isJoined(text, starts[k]!, ends[k]!)) continue;
    const name = names.find((candidate) => isAcronymOf(form, candidate.words));
    if (name) added.push({ start: starts[k]!, end: ends[k]!, firstToken: k, endToken: k + 1, type: name.type });
  }
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

function isJoined(text: string, start: number, end: number): boolean {
  return (start > 0 && JOINERS.test(text[start - 1]!)) || (end < text.length && JOINERS.test(text[end]!));
}

/** The words of a name, hyphenated ones apart (`Indo-Pacific`: Indo, Pacific). */
export function nameWords(name: string): string[] {
  return name.split(/[\s\-‐–]+/).filter((word) => /\p{L}/u.test(word));
}

/** Whether the acronym's letters are the beginnings of the name's words, in order, ending on the last word. */
export function isAcronymOf(acronym: string, words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const matcher = new AcronymMatcher(acronym.toLowerCase(), words.map((word) => word.toLowerCase()));
  // Leading words may be left out (`US Indo-Pacific Command`: INDOPACOM); later ones only if small.
  for (let first = 0; first < words.length - 1; first++) {
    if (matcher.matches(0, first, 0)) return true;
  }
  return false;
}

/** The search behind isAcronymOf, remembering the states that failed so that no name takes more than letters × words × 3 steps. */
class AcronymMatcher {
  private readonly failed: Uint8Array;
  private readonly initialsOnly: boolean;

  constructor(
    private readonly letters: string,
    private readonly words: readonly string[],
  ) {
    this.failed = new Uint8Array((letters.length + 1) * (words.length + 1) * 3);
    this.initialsOnly = letters.length === 2;
  }

  /** Whether letters[at..] match words[w..], each word used giving a non-empty prefix; `used` counts words used so far (2 means 2 or more). */
  matches(at: number, w: number, used: number): boolean {
    const { letters, words } = this;
    if (w === words.length) return at === letters.length && used >= 2;
    if (at === letters.length) return false;
    const state = (at * (words.length + 1) + w) * 3 + used;
    if (this.failed[state]) return false;
    const word = words[w]!;
    const next = Math.min(used + 1, 2);
    const longest = this.initialsOnly ? 1 : Math.min(word.length, letters.length - at);
    for (let length = longest; length >= 1; length--) {
      if (word.startsWith(letters.slice(at, at + length)) && this.matches(at + length, w + 1, next)) return true;
    }
    if (w < words.length - 1 && SMALL_WORDS.has(word) && this.matches(at, w + 1, used)) return true;
    this.failed[state] = 1;
    return false;
  }
}
