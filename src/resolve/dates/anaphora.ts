// Date expressions that point back at a date the article named before them rather than
// at the reference: `the same day`, `the year previous`. They need a reference all the
// same (without one only expressions that state their year get a value).

import type { DateValue } from '../../document/article.js';
import { calendarDate, dayPeriod, valueOfPeriod } from './calendar-day.js';

/** `the day`, `that day`, `the same day`: the last day the article named, else its own date. */
const DAY_ANAPHOR = /^(?:(?:that|same|very) )*day$/;
/** `the previous year`, `the year before`, `a year earlier`: the year before the last date named. */
const YEAR_BEFORE_ANAPHOR = /^(?:(?:previous|prior) year|year (?:previous|before|earlier)|a year (?:earlier|before))$/;

/** The value of an anaphoric phrase; undefined when the phrase is no anaphor, null when it has no antecedent. */
export function valueByAnaphora(phrase: string, earlier: readonly DateValue[], reference: number | null): string | null | undefined {
  const isDay = DAY_ANAPHOR.test(phrase);
  if (!isDay && !YEAR_BEFORE_ANAPHOR.test(phrase)) return undefined;
  if (reference === null) return null;
  if (isDay) return lastValue(earlier, (value) => value.length === 10) ?? valueOfPeriod(dayPeriod(reference));
  const antecedent = lastValue(earlier, () => true);
  const year = antecedent ? Number(antecedent.slice(0, 4)) : calendarDate(reference).year;
  return String(year - 1).padStart(4, '0');
}

function lastValue(dates: readonly DateValue[], isWanted: (value: string) => boolean): string | null {
  for (let index = dates.length - 1; index >= 0; index--) if (isWanted(dates[index]!.value)) return dates[index]!.value;
  return null;
}
