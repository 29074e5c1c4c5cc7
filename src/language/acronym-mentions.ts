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
function nameWords(name: string): string[] {
  return name.split(/[\s\-‐–]+/).filter((word) => /\p{L}/u.test(word));
}

/** Whether the acronym's letters are the beginnings of the name's words, in order, ending on the last word. */
export function isAcronymOf(acronym: string, words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const letters = acronym.toLowerCase();
  const lower = words.map((word) => word.toLowerCase());
  const initialsOnly = letters.length === 2;
  // Leading words may be left out (`US Indo-Pacific Command`: INDOPACOM); later ones only if small.
  for (let first = 0; first < lower.length - 1; first++) {
    if (matchFrom(letters, 0, lower, first, initialsOnly, 0)) return true;
  }
  return false;
}

/** Matches letters[at..] against words[w..], each used word giving a non-empty prefix; `used` counts the words used so far. */
function matchFrom(letters: string, at: number, words: readonly string[], w: number, initialsOnly: boolean, used: number): boolean {
  if (w === words.length) return at === letters.length && used >= 2;
  if (at === letters.length) return false;
  const word = words[w]!;
  const isLast = w === words.length - 1;
  const longest = initialsOnly ? 1 : Math.min(word.length, letters.length - at);
  for (let length = longest; length >= 1; length--) {
    if (word.startsWith(letters.slice(at, at + length)) && matchFrom(letters, at + length, words, w + 1, initialsOnly, used + 1)) return true;
  }
  return !isLast && SMALL_WORDS.has(word) && matchFrom(letters, at, words, w + 1, initialsOnly, used);
}
