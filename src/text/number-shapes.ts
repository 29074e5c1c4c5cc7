// How numbers hold together and where a finished word splits in two: `50,000`,
// `10:30`, `3/4`, `2+2` stay whole; `10am` → `10` `am` and `cannot` → `can` `not` (EWT).

import { isAsciiLetter, isDigit } from './char-classes.js';
import type { TokenBuffer } from './token-buffer.js';
import { FUSED_WORDS, NUMBER_UNITS } from './word-shapes.js';

/**
 * True when the `,` `:` `/` or `+` at `q`, after digits, joins them to the digits that
 * follow: a thousands comma needs exactly three digits (`50,000` but `1,2` splits),
 * times, fractions, dates and sums need one (`10:30`, `3/4`, `9/11`, `2+2`).
 */
export function joinsNumber(text: string, q: number, end: number): boolean {
  const c = text.charCodeAt(q);
  if (c === 44) {
    if (q + 3 >= end) return false;
    for (let i = q + 1; i <= q + 3; i += 1) if (!isDigit(text.charCodeAt(i))) return false;
    return q + 4 >= end || !isDigit(text.charCodeAt(q + 4));
  }
  if (c === 58 || c === 47 || c === 43) return q + 1 < end && isDigit(text.charCodeAt(q + 1));
  return false;
}

/** Pushes the word [start, end) as one token, or as two when EWT splits it (`can` `not`, `10` `am`). */
export function pushWord(text: string, start: number, end: number, out: TokenBuffer): void {
  const split = findWordSplit(text, start, end);
  if (split > start && split < end) {
    out.push(start, split);
    out.push(split, end);
  } else {
    out.push(start, end);
  }
}

function findWordSplit(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  if (isDigit(first)) return findUnitStart(text, start, end);
  const length = end - start;
  const initial = first | 0x20;
  const final = text.charCodeAt(end - 1) | 0x20;
  // Only `cannot`, `gonna`, `wanna`, `gotta`: test the shape before building a string.
  if (length < 5 || length > 6 || (initial !== 99 && initial !== 103 && initial !== 119) || (final !== 116 && final !== 97)) return -1;
  const at = FUSED_WORDS.get(text.slice(start, end).toLowerCase());
  return at === undefined ? -1 : start + at;
}

/** Start of a unit written onto a number (`10am`, `1.5bn`), or -1 for `2nd`, `1990s`, `3D`. */
function findUnitStart(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && isAsciiLetter(text.charCodeAt(k - 1))) k -= 1;
  if (k === end || end - k > 3 || k === start || !isDigit(text.charCodeAt(k - 1))) return -1;
  return NUMBER_UNITS.has(text.slice(k, end)) ? k : -1;
}
