// MONEY: `$5 million`, `$ 5 million`, `US$ 300`, `5 million dollars`, `100 yen`.

import { has, numberPhraseEnd } from './number-phrase.js';
import { C } from './token-classes.js';

export function matchMoney(classes: Uint32Array, i: number, length: number): number {
  const token = classes[i]!;
  if ((token & C.CurrencySign) !== 0) return numberPhraseEnd(classes, i + 1, length);
  if ((token & C.MoneyToken) !== 0) {
    let j = i + 1;
    while (has(classes, j, length, C.Scale)) j++;
    return j;
  }
  const numberEnd = numberPhraseEnd(classes, i, length);
  return numberEnd > 0 && has(classes, numberEnd, length, C.CurrencyWord) ? numberEnd + 1 : -1;
}
