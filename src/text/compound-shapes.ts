// Shapes of words joined by a hyphen or dot that stay one token: phone numbers and
// dates (`713-853-3989`), EWT's prefixed compounds (`anti-ship`) and Reuters
// instrument codes (`VOD.L`).

import { isAsciiUpper, isDigit, isHyphen, isWordChar } from './char-classes.js';
import { HYPHEN_PREFIXES } from './word-shapes.js';

/**
 * End of a digit chain joined by hyphens when it is a phone number or date
 * (`713-853-3989`, `11-20-2000`, `646-8420`), else -1: ranges and scores (`1969-1970`, `3-2`)
 * are split, as in EWT.
 */
export function findNumberChainEnd(text: string, start: number, end: number): number {
  let q = start;
  let groups = 0;
  let firstLength = 0;
  let lastLength = 0;
  while (q < end) {
    const groupStart = q;
    while (q < end && isDigit(text.charCodeAt(q))) q += 1;
    if (q === groupStart) return -1;
    groups += 1;
    lastLength = q - groupStart;
    if (groups === 1) firstLength = lastLength;
    if (q + 1 < end && isHyphen(text.charCodeAt(q)) && isDigit(text.charCodeAt(q + 1))) q += 1;
    else break;
  }
  if (q < end && isWordChar(text.charCodeAt(q))) return -1;
  return groups >= 3 || (groups === 2 && firstLength === 3 && lastLength === 4) ? q : -1;
}

/** `anti-ship`, `e-mail`: a listed prefix on a compound with just one hyphen (`over-the-counter` splits). */
export function isPrefixCompound(text: string, start: number, q: number, end: number): boolean {
  if (q - start > 7) return false;
  if (!HYPHEN_PREFIXES.has(text.slice(start, q).toLowerCase())) return false;
  let r = q + 1;
  while (r < end && isWordChar(text.charCodeAt(r))) r += 1;
  return !(r + 1 < end && isHyphen(text.charCodeAt(r)) && isWordChar(text.charCodeAt(r + 1)));
}

/**
 * A Reuters instrument code (`VOD.L`, `7203.T`, `<MONI.MI>`): capitals or digits, a dot,
 * then one or two capitals that end the word. Without it `(VOD.L)` would end a sentence.
 */
export function isTickerSuffix(text: string, start: number, q: number, end: number): boolean {
  if (q - start > 6) return false;
  for (let i = start; i < q; i += 1) {
    const c = text.charCodeAt(i);
    if (!isAsciiUpper(c) && !isDigit(c)) return false;
  }
  let r = q + 1;
  while (r < end && isAsciiUpper(text.charCodeAt(r))) r += 1;
  const suffixLength = r - q - 1;
  if (suffixLength < 1 || suffixLength > 2) return false;
  return r === end || (!isWordChar(text.charCodeAt(r)) && text.charCodeAt(r) !== 46);
}
