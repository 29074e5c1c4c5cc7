// QUANTITY: a number with a unit of measure: `500 km`, `60 kilos`, `2,000 yards`, `500km`.

import { has, numberPhraseEnd } from './number-phrase.js';
import { C } from './token-classes.js';

export function matchQuantity(classes: Uint32Array, i: number, length: number): number {
  if ((classes[i]! & C.QuantityToken) !== 0) return i + 1;
  const numberEnd = numberPhraseEnd(classes, i, length);
  if (numberEnd < 0 || !has(classes, numberEnd, length, C.Unit)) return -1;
  let j = numberEnd + 1;
  while (has(classes, j, length, C.Unit)) j++;
  return j;
}
