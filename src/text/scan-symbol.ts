// Tokens that start with a non-word character: punctuation and quotes (one mark each,
// with the runs EWT keeps whole: `...`, `--`, `!!`, `''`, ``` `` ```), handles and
// hashtags, signed numbers (`+44`), years (`'73`) and clitics after a period (`Inc.'s`).

import { isApostrophe, isDigit, isEmojiLead, isHyphen, isWordChar } from './char-classes.js';
import { scanWord, type WordScan } from './scan-word.js';
import { APOSTROPHE_CLITICS } from './word-shapes.js';

/** Scans the token at `p` (a non-space, non-word character) and returns the position after it. */
export function scanSymbol(scan: WordScan, p: number): number {
  const { text, end, out } = scan;
  const c = text.charCodeAt(p);
  const next = p + 1 < end ? text.charCodeAt(p + 1) : -1;
  if (c === 46 || c === 33 || c === 63 || c === 45) return pushRun(scan, p, c);
  if (c === 43 && isDigit(next)) return scanWord(scan, p, p + 1);
  if ((c === 64 || c === 35) && startsHandle(c, next)) return pushHandle(scan, p);
  if (c === 96 || c === 39 || c === 0x2018 || c === 0x2019 || c === 0xb4) {
    const q = matchSingleQuoteForm(text, p, end);
    out.push(p, q);
    return q;
  }
  const length = isEmojiLead(c) && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  out.push(p, p + length);
  return p + length;
}

/** `...` and `--` are single tokens in EWT, as are `!!!` and `??`; `?!` is two. A lone `-` is one. */
function pushRun(scan: WordScan, p: number, c: number): number {
  const { text, end, out } = scan;
  let q = p + 1;
  while (q < end && (text.charCodeAt(q) === c || (c === 45 && isHyphen(text.charCodeAt(q))))) q += 1;
  out.push(p, q);
  return q;
}

/** `@handle` takes any word character; `#hashtag` must start with a letter so `#1` stays `#` `1`. */
function startsHandle(c: number, next: number): boolean {
  if (!isWordChar(next)) return false;
  return c === 64 || !isDigit(next);
}

function pushHandle(scan: WordScan, p: number): number {
  const { text, end, out } = scan;
  let q = p + 1;
  while (q < end && isWordChar(text.charCodeAt(q))) q += 1;
  out.push(p, q);
  return q;
}

/**
 * End of the single-quote-like token at `p`: a doubled mark (`''`, ``` `` ```, `’’`), a
 * clipped year (`'73`, `’90s`), a clitic after an abbreviation (`Inc.'s`), or the mark alone.
 */
function matchSingleQuoteForm(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  if (p + 1 < end && text.charCodeAt(p + 1) === c) return p + 2;
  if (!isApostrophe(c)) return p + 1;
  const yearEnd = matchClippedYear(text, p, end);
  if (yearEnd > 0) return yearEnd;
  if (p > 0 && text.charCodeAt(p - 1) === 46) return matchClitic(text, p, end);
  return p + 1;
}

function matchClippedYear(text: string, p: number, end: number): number {
  if (p + 2 >= end || !isDigit(text.charCodeAt(p + 1)) || !isDigit(text.charCodeAt(p + 2))) return -1;
  let q = p + 3;
  if (q < end && text.charCodeAt(q) === 115) q += 1;
  return q < end && isWordChar(text.charCodeAt(q)) ? -1 : q;
}

function matchClitic(text: string, p: number, end: number): number {
  let q = p + 1;
  while (q < end && q - p <= 3 && isWordChar(text.charCodeAt(q)) && !isDigit(text.charCodeAt(q))) q += 1;
  if (q === p + 1 || (q < end && isWordChar(text.charCodeAt(q)))) return p + 1;
  return APOSTROPHE_CLITICS.has(text.slice(p + 1, q).toLowerCase()) ? q : p + 1;
}
