// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so that dates
// compare and shift as integers and no time zone or clock is ever read.

/** Days since 1970-01-01 of a calendar date; month 1-12. Out-of-range days roll over. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function calendarDate(days: number): CalendarDate {
  const date = new Date(days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** Day number of an ISO `YYYY-MM-DD` (a `YYYY-MM` or `YYYY` reads as its first day), or null. */
export function parseIsoDay(value: string): number | null {
  const match = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const days = dayNumber(year, month, day);
  return calendarDate(days).day === day ? days : null;
}

/** A run of days, both ends included: what a date expression names. */
export interface Period {
  readonly first: number;
  readonly last: number;
}

export function dayPeriod(days: number): Period {
  return { first: days, last: days };
}

export function monthPeriod(year: number, month: number): Period {
  return { first: dayNumber(year, month, 1), last: dayNumber(year, month + 1, 0) };
}

export function yearPeriod(year: number): Period {
  return { first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The narrowest value of the contract (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) that contains
 * the whole period: a day stays a day, `last week` becomes its month (or its year when
 * the week straddles two months), a quarter its year. Null when no single year holds it.
 */
export function valueOfPeriod(period: Period): string | null {
  const first = calendarDate(period.first);
  const last = calendarDate(period.last);
  if (first.year !== last.year || first.year < 1 || first.year > 9999) return null;
  if (first.month !== last.month) return pad(first.year, 4);
  if (period.first !== period.last) return `${pad(first.year, 4)}-${pad(first.month, 2)}`;
  return `${pad(first.year, 4)}-${pad(first.month, 2)}-${pad(first.day, 2)}`;
}
