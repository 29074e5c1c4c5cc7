// Scans one run of word characters and what joins it (`50,000`, `U.S.`, `O'Brien`,
// `anti-ship`, `AT&T`, `name@example.com`) and pushes its tokens, splitting clitics
// (`do` `n't`, `Kyiv` `'s`) and hyphens (`US` `-` `Japan`) the UD English EWT way.

import { findAbbreviation, LONGEST_ABBREVIATION } from './abbreviations.js';
import { isApostrophe, isAsciiLetter, isAsciiUpper, isDigit, isHyphen, isLower, isSpace, isUpper, isWordChar } from './char-classes.js';
import { findNumberChainEnd, isPrefixCompound, isTickerSuffix } from './compound-shapes.js';
import { joinsNumber, pushWord } from './number-shapes.js';
import type { TokenBuffer } from './token-buffer.js';
import { APOSTROPHE_CLITICS } from './word-shapes.js';

/** Scanner state for one tokenizeRange call, reused for every word to avoid an object per word. */
export interface WordScan {
  readonly text: string;
  readonly end: number;
  readonly out: TokenBuffer;
  tokenStart: number;
  /** Start of the current segment: the part after the last joining `.`, `-`, `,`, `:` or `/`. */
  segmentStart: number;
  segmentDigits: number;
  /** False once a hyphen has been split off: `Jamaat-e-Islami` must not read `e-` as a prefix. */
  isChainStart: boolean;
  hasInnerDot: boolean;
  /** Every dotted segment so far is one or two letters, as in `U.S`, `a.m`, `Ph.D`. */
  isShortDotted: boolean;
}

export function createWordScan(text: string, end: number, out: TokenBuffer): WordScan {
  return { text, end, out, tokenStart: 0, segmentStart: 0, segmentDigits: 0, isChainStart: true, hasInnerDot: false, isShortDotted: true };
}

/** Scans from `from` (a word character); `start` is one earlier when a sign leads (`+44`). Returns the end. */
export function scanWord(scan: WordScan, start: number, from: number): number {
  startToken(scan, start, from);
  scan.isChainStart = true;
  let q = from;
  for (;;) {
    q = skipWordChars(scan, q);
    const next = q > scan.tokenStart && q < scan.end ? joinAt(scan, q) : -1;
    if (next < 0) break;
    q = next;
  }
  return finishToken(scan, q);
}

function startToken(scan: WordScan, start: number, segmentStart: number): void {
  scan.tokenStart = start;
  scan.segmentStart = segmentStart;
  scan.segmentDigits = 0;
  scan.hasInnerDot = false;
  scan.isShortDotted = true;
}

function skipWordChars(scan: WordScan, from: number): number {
  const { text, end } = scan;
  let q = from;
  while (q < end) {
    const c = text.charCodeAt(q);
    if (!isWordChar(c)) break;
    if (isDigit(c)) scan.segmentDigits += 1;
    q += 1;
  }
  return q;
}

/** Decides what the non-word character at `q` does: joins the token (returns where to go on) or ends it (-1). */
function joinAt(scan: WordScan, q: number): number {
  const { text } = scan;
  const c = text.charCodeAt(q);
  const next = q + 1 < scan.end ? text.charCodeAt(q + 1) : -1;
  if (isApostrophe(c)) return joinApostrophe(scan, q, next);
  if (!isWordChar(next)) return -1;
  if (c === 46) return joinDot(scan, q, next);
  if (isHyphen(c)) return joinHyphen(scan, q, next);
  if (c === 64) return pushEmail(scan, q);
  // `AT&T`, `S&P`, `PG&E`
  if (c === 38) return isAsciiUpper(text.charCodeAt(q - 1)) && isAsciiUpper(next) ? newSegment(scan, q + 1) : -1;
  if (isDigitSegment(scan, q) && joinsNumber(text, q, scan.end)) return newSegment(scan, q + 1);
  return -1;
}

function newSegment(scan: WordScan, at: number): number {
  scan.segmentStart = at;
  scan.segmentDigits = 0;
  return at;
}

function isDigitSegment(scan: WordScan, q: number): boolean {
  return q > scan.segmentStart && scan.segmentDigits === q - scan.segmentStart;
}

/** `'s` `'m` `'d` `'ll` `'re` `'ve` and `n't` split off; an apostrophe inside a name (`O'Brien`) joins. */
function joinApostrophe(scan: WordScan, q: number, next: number): number {
  const { text, end } = scan;
  let r = q + 1;
  while (r < end && r - q <= 3 && isAsciiLetter(text.charCodeAt(r))) r += 1;
  if (r > q + 1 && (r === end || !isWordChar(text.charCodeAt(r)))) {
    const clitic = text.slice(q + 1, r).toLowerCase();
    const beforeN = q - 1;
    if (clitic === 't' && beforeN > scan.tokenStart && (text.charCodeAt(beforeN) | 0x20) === 110) {
      return pushClitic(scan, beforeN, r);
    }
    if (APOSTROPHE_CLITICS.has(clitic)) return pushClitic(scan, q, r);
  }
  return isWordChar(next) && !isDigit(next) ? q + 1 : -1;
}

/** Pushes the word before `cliticStart` and the clitic up to `end`, and starts an empty token after it. */
function pushClitic(scan: WordScan, cliticStart: number, end: number): number {
  pushWord(scan.text, scan.tokenStart, cliticStart, scan.out);
  scan.out.push(cliticStart, end);
  startToken(scan, end, end);
  return end;
}

/** A dot inside a number (`7.2`), a domain (`reuters.com`), a dotted abbreviation (`U.S`) or a ticker (`VOD.L`) joins. */
function joinDot(scan: WordScan, q: number, next: number): number {
  const isDigits = isDigitSegment(scan, q);
  const isShortLetters = q - scan.segmentStart <= 2 && scan.segmentDigits === 0;
  const joins = isDigits ? isDigit(next) : isLower(next) || isDigit(next) || (isUpper(next) && isShortLetters);
  const isTicker = !joins && isUpper(next) && scan.segmentStart === scan.tokenStart && isTickerSuffix(scan.text, scan.tokenStart, q, scan.end);
  if (!joins && !isTicker) return -1;
  scan.hasInnerDot = true;
  if (!isShortLetters) scan.isShortDotted = false;
  return newSegment(scan, q + 1);
}

/** Keeps phone numbers and EWT's prefixed compounds whole (`713-853-3989`, `anti-ship`); splits the rest (`F` `-` `16`, as EWT). */
function joinHyphen(scan: WordScan, q: number, next: number): number {
  const { text } = scan;
  const isFirstSegment = scan.segmentStart === scan.tokenStart;
  if (isFirstSegment && isDigitSegment(scan, q) && isDigit(next)) {
    const chainEnd = findNumberChainEnd(text, scan.tokenStart, scan.end);
    if (chainEnd > 0) return newSegment(scan, chainEnd);
  }
  if (isFirstSegment && scan.isChainStart && isPrefixCompound(text, scan.tokenStart, q, scan.end)) return newSegment(scan, q + 1);
  pushWord(text, scan.tokenStart, q, scan.out);
  scan.out.push(q, q + 1);
  scan.isChainStart = false;
  startToken(scan, q + 1, q + 1);
  return q + 1;
}

/** `name@example.com`: the domain joins while dots and hyphens stand between word characters. */
function pushEmail(scan: WordScan, at: number): number {
  const { text, end } = scan;
  let q = at + 1;
  for (;;) {
    while (q < end && isWordChar(text.charCodeAt(q))) q += 1;
    const c = q + 1 < end ? text.charCodeAt(q) : -1;
    if ((c === 46 || isHyphen(c)) && isWordChar(text.charCodeAt(q + 1))) q += 1;
    else break;
  }
  scan.out.push(scan.tokenStart, q);
  startToken(scan, q, q);
  return q;
}

/** Pushes the token ending at `q`, taking a following `.` when it is an abbreviation's. Returns the end. */
function finishToken(scan: WordScan, q: number): number {
  const { text, tokenStart } = scan;
  if (q === tokenStart) return q;
  if (ownsPeriod(scan, q)) {
    scan.out.push(tokenStart, q + 1);
    return q + 1;
  }
  pushWord(text, tokenStart, q, scan.out);
  return q;
}

/** True when the `.` at `q` belongs to the word: `U.S.`, `a.m.`, an initial `J.`, or a listed `Gen.`. */
function ownsPeriod(scan: WordScan, q: number): boolean {
  const { text, end, tokenStart } = scan;
  if (q >= end || text.charCodeAt(q) !== 46) return false;
  // `…` written as dots is its own token, and `end..` is not an abbreviation.
  if (q + 1 < end && text.charCodeAt(q + 1) === 46) return false;
  const length = q - tokenStart;
  if (scan.hasInnerDot) return scan.isShortDotted && q - scan.segmentStart <= 2 && scan.segmentDigits === 0;
  if (length === 1) return isUpper(text.charCodeAt(tokenStart));
  if (length > LONGEST_ABBREVIATION) return false;
  const kind = findAbbreviation(text.slice(tokenStart, q));
  if (kind === 'numero') {
    const after = skipSpaces(text, q + 1, end);
    return after < end && isDigit(text.charCodeAt(after));
  }
  return kind !== null;
}

function skipSpaces(text: string, from: number, end: number): number {
  let q = from;
  while (q < end && isSpace(text.charCodeAt(q))) q += 1;
  return q;
}
