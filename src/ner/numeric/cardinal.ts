// CARDINAL: any other number: `50,000`, `two`, `2.5 million`. Last in the rule order,
// so it only takes what no date, time, amount or measure claimed.

import { numberPhraseEnd } from './number-phrase.js';

export function matchCardinal(classes: Uint32Array, i: number, length: number): number {
  return numberPhraseEnd(classes, i, length);
}
