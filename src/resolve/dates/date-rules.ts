// The rules that turn one date expression into the period it names. Each rule reads
// the normalised phrase (lower case, `the` and edge modifiers removed) and returns a
// period, or null when it does not recognise the phrase. The first rule that answers wins.

// The English parsers only: the package's full import holds every locale (20 MiB against 9).
import * as chrono from 'chrono-node/en';
import { monthByTense, monthDayByTense, weekdayByTense } from './anchor-by-tense.js';
import { calendarDate, dayNumber, dayPeriod, monthPeriod, weekdayOf, yearPeriod, type Period } from './calendar-day.js';
import type { Tense } from './clause-tense.js';

export interface DateContext {
  /** Day number of the article's reference date; null when it has none. */
  readonly reference: number | null;
  readonly tense: Tense;
}

type DateRule = (phrase: string, context: DateContext) => Period | null;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const COUNTS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const SHIFTS: Readonly<Record<string, number>> = { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };

/** `today`, `yesterday morning`, `this afternoon`, `last night`. */
export const relativeDay: DateRule = (phrase, { reference }) => {
  if (reference === null) return null;
  const match = /^(today|tonight|yesterday|tomorrow|this|last)(?: (morning|afternoon|evening|night))?$/.exec(phrase);
  if (!match || (match[1] === 'this' && !match[2]) || (match[1] === 'last' && match[2] !== 'night')) return null;
  const shift = match[1] === 'yesterday' || match[1] === 'last' ? -1 : match[1] === 'tomorrow' ? 1 : 0;
  return dayPeriod(reference + shift);
};

/** `last week`, `this year`, `next month`, `the past weekend`; weeks run Monday to Sunday (ISO 8601). */
export const shiftedPeriod: DateRule = (phrase, { reference }) => {
  const match = /^(last|past|previous|this|current|next|coming) (week|weekend|month|quarter|year)$/.exec(phrase);
  if (reference === null || !match) return null;
  const shift = SHIFTS[match[1]!]!;
  const { year, month } = calendarDate(reference);
  if (match[2] === 'year') return yearPeriod(year + shift);
  if (match[2] === 'month') return monthPeriod(year, month + shift);
  if (match[2] === 'quarter') {
    const firstMonth = Math.floor((month - 1) / 3) * 3 + 1 + 3 * shift;
    return { first: dayNumber(year, firstMonth, 1), last: dayNumber(year, firstMonth + 3, 0) };
  }
  const monday = reference - ((weekdayOf(reference) + 6) % 7) + 7 * shift;
  return match[2] === 'week' ? { first: monday, last: monday + 6 } : { first: monday + 5, last: monday + 6 };
};

/** `last Tuesday`, `next March`, `this September`: the named day or month before or after the reference. */
export const shiftedName: DateRule = (phrase, { reference }) => {
  const match = /^(last|past|this|next|coming) ([a-z]+)$/.exec(phrase);
  if (reference === null || !match) return null;
  const tense: Tense = SHIFTS[match[1]!]! < 0 ? 'past' : SHIFTS[match[1]!]! > 0 ? 'future' : 'unknown';
  const weekday = WEEKDAYS.indexOf(match[2]!);
  if (weekday >= 0) return weekdayByTense(reference, weekday, tense);
  const month = MONTHS.indexOf(match[2]!) + 1;
  return month > 0 ? monthByTense(reference, month, tense) : null;
};

/** `three years ago`, `a week ago`: counted back from the reference, at the unit's granularity. */
export const unitsAgo: DateRule = (phrase, { reference }) => {
  const match = /^(\d+|[a-z]+) (day|week|month|year)s? ago$/.exec(phrase);
  if (reference === null || !match) return null;
  const count = /^\d+$/.test(match[1]!) ? Number(match[1]) : COUNTS[match[1]!];
  if (count === undefined) return null;
  const { year, month } = calendarDate(reference);
  if (match[2] === 'year') return yearPeriod(year - count);
  if (match[2] === 'month') return monthPeriod(year, month - count);
  return dayPeriod(reference - count * (match[2] === 'week' ? 7 : 1));
};

/** `Tuesday`, `Thursday night`: which one depends on the tense. */
export const weekdayName: DateRule = (phrase, { reference, tense }) => {
  const weekday = WEEKDAYS.indexOf(phrase.replace(/ (?:morning|afternoon|evening|night)$/, ''));
  return reference === null || weekday < 0 ? null : weekdayByTense(reference, weekday, tense);
};

/** `July 28, 2024`, `May 2008`, `7/8/07`, `June 18`, `March`: chrono reads the calendar parts; a missing year comes from the tense. */
export const calendarParts: DateRule = (phrase, { reference, tense }) => {
  // The instant given here is arbitrary, so only finds of chrono's calendar parsers count:
  // casual (`now`) and relative (`two years later`) ones would read it.
  const [result] = chrono.parse(phrase, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 });
  if (!result || result.index !== 0 || RELATIVE_WORDS.test(phrase) || [...result.tags()].some((tag) => /relative|casual/i.test(tag))) return null;
  const parts = result.start;
  const month = parts.isCertain('month') ? parts.get('month') : null;
  const day = parts.isCertain('day') && month !== null ? parts.get('day') : null;
  if (parts.isCertain('year')) {
    const year = parts.get('year')!;
    return month === null ? yearPeriod(year) : day === null ? monthPeriod(year, month) : dayPeriod(dayNumber(year, month, day));
  }
  if (reference === null || month === null) return null;
  return day === null ? monthByTense(reference, month, tense) : monthDayByTense(reference, month, day, tense);
};

/** Phrases chrono would read against its instant; the rules before calendarParts own them. */
const RELATIVE_WORDS = /\b(?:this|last|next|past|previous|coming|ago|later|earlier|within|after|before|now)\b/;

/** `'82`, `iLife '11`: that year of the century, at most ten years after the reference (or 2000). */
export const apostropheYear: DateRule = (phrase, { reference }) => {
  const match = /^['’](\d\d)$/.exec(phrase);
  if (!match) return null;
  const referenceYear = reference === null ? 2000 : calendarDate(reference).year;
  const century = Math.floor(referenceYear / 100) * 100;
  const year = century + Number(match[1]) > referenceYear + 10 ? century - 100 + Number(match[1]) : century + Number(match[1]);
  return yearPeriod(year);
};

/** `October of next year`, `March of this year`: the month in the shifted year. */
export const monthOfShiftedYear: DateRule = (phrase, { reference }) => {
  const match = /^([a-z]+) of (last|this|next|past|previous|coming) year$/.exec(phrase);
  const month = match ? MONTHS.indexOf(match[1]!) + 1 : 0;
  if (reference === null || month === 0) return null;
  return monthPeriod(calendarDate(reference).year + SHIFTS[match![2]!]!, month);
};

/** `2005`, `mid-2011`, `fiscal 2009`, `the first quarter of 2009`: one stated year, nothing finer understood. */
export const statedYear: DateRule = (phrase) => {
  // `the 1990s` is a decade, which no contract value holds.
  const years = phrase.match(/(?<![\d.,])(1[0-9]\d\d|20\d\d)(?![\d.,%]|['’]?s\b)/g);
  return years?.length === 1 ? yearPeriod(Number(years[0])) : null;
};

// Relative phrases first: chrono would read `last week` as the day seven days back.
export const DATE_RULES: readonly DateRule[] = [
  relativeDay, shiftedPeriod, shiftedName, unitsAgo, monthOfShiftedYear, weekdayName, apostropheYear, calendarParts, statedYear,
];

/** The phrase the rules read: lower case, no leading `the`, no `early`/`late`/`mid-`, no `the end of`. */
export function normaliseDatePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '')
    .replace(/^(?:(?:the|early|late|mid|earlier|later|around|about|since|by|until|on|in|at|from)(?:\s+|-))+/, '')
    .replace(/^(?:(?:very )?(?:start|beginning|end|middle|rest|remainder|close) of (?:the )?)/, '')
    .replace(/^(year|month|week)$/, 'this $1')
    .trim();
}

export function periodOfPhrase(phrase: string, context: DateContext): Period | null {
  for (const rule of DATE_RULES) {
    const period = rule(phrase, context);
    if (period) return period;
  }
  return null;
}
