// PERCENT: `7.2%`, `7.2 %`, `7.2 percent`, `7.2 per cent`, `seven pct`.

import { has, numberPhraseEnd } from './number-phrase.js';
import { C } from './token-classes.js';

export function matchPercent(classes: Uint32Array, i: number, length: number): number {
  if ((classes[i]! & C.PercentToken) !== 0) return i + 1;
  const numberEnd = numberPhraseEnd(classes, i, length);
  if (numberEnd < 0) return -1;
  if (has(classes, numberEnd, length, C.PercentWord)) return numberEnd + 1;
  return has(classes, numberEnd, length, C.Per) && has(classes, numberEnd + 1, length, C.Cent) ? numberEnd + 2 : -1;
}
