// DATE: `July 28, 2024`, `28 July 2024`, `July 2024`, `March`, `Tuesday` (in `on
// Tuesday`), `2024-07-28`, `2005`, `the 1990s`, `today`, `last week`, `three years ago`.
// Months and weekdays count only when capitalised (`may`, `march` are verbs).

import { has, numberPhraseEnd } from './number-phrase.js';
import { C } from './token-classes.js';

export function matchDate(classes: Uint32Array, i: number, length: number): number {
  const token = classes[i]!;
  if ((token & (C.Month | C.Capitalised)) === (C.Month | C.Capitalised)) return monthDateEnd(classes, i, length);
  if ((token & C.DayNumber) !== 0 && has(classes, i + 1, length, C.Month) && has(classes, i + 1, length, C.Capitalised)) {
    return has(classes, i + 2, length, C.Year) ? i + 3 : i + 2;
  }
  if ((token & (C.Weekday | C.Capitalised)) === (C.Weekday | C.Capitalised)) return i + 1;
  if ((token & (C.IsoDate | C.Decade | C.RelativeDay)) !== 0) return i + 1;
  if ((token & C.Year) !== 0 && !has(classes, i + 1, length, C.Scale | C.Unit | C.CurrencyWord | C.PercentWord | C.Per | C.Duration)) return i + 1;
  if ((token & C.DateModifier) !== 0 && has(classes, i + 1, length, C.DatePeriod | C.Weekday | C.Month)) {
    return (classes[i + 1]! & C.Month) !== 0 ? monthDateEnd(classes, i + 1, length) : i + 2;
  }
  const numberEnd = numberPhraseEnd(classes, i, length);
  if (numberEnd > 0 && has(classes, numberEnd, length, C.Duration)) return has(classes, numberEnd + 1, length, C.Ago) ? numberEnd + 2 : numberEnd + 1;
  return -1;
}

/** `July`, `July 28`, `July 28, 2024`, `July 2024` from the month at i. */
function monthDateEnd(classes: Uint32Array, i: number, length: number): number {
  let j = i + 1;
  if (has(classes, j, length, C.DayNumber)) {
    j++;
    if (has(classes, j, length, C.Comma) && has(classes, j + 1, length, C.Year)) j += 2;
    else if (has(classes, j, length, C.Year)) j++;
  } else if (has(classes, j, length, C.Year)) {
    j++;
  }
  return j;
}
