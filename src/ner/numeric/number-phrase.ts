// A number as the numeric rules see it: digits or number words, then scale words
// (`50,000`, `7.2`, `two`, `2.5 million`, `two hundred thousand`).

import { C } from './token-classes.js';

/** End (exclusive) of the number phrase starting at i, or -1 when none starts there. */
export function numberPhraseEnd(classes: Uint32Array, i: number, length: number): number {
  if (i >= length || (classes[i]! & C.Number) === 0) return -1;
  let j = i + 1;
  while (j < length && (classes[j]! & (C.Number | C.Scale)) !== 0 && (classes[j]! & C.Year) === 0) j++;
  return j;
}

export function has(classes: Uint32Array, i: number, length: number, bits: number): boolean {
  return i >= 0 && i < length && (classes[i]! & bits) !== 0;
}
