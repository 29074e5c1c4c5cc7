// Calendar dates as printed in metadata, captions and datelines. Full date
// normalisation of article text (relative dates, tense) belongs to `resolve` (issue 4).

const monthNumbers: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

export const monthPattern = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

export function monthNumber(name: string): number | null {
  return monthNumbers[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** `YYYY-MM-DD` when the day exists in that month, else null. */
export function formatDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface FoundDate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: string;
}

const monthDayYear = new RegExp(`\\b(${monthPattern})\\.? (\\d{1,2}),? (\\d{4})\\b`, 'g');
const dayMonthYear = new RegExp(`\\b(\\d{1,2}) (${monthPattern})\\.?,? (\\d{4})\\b`, 'g');
const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Complete calendar dates (`July 28, 2024`, `26 November 2024`, `2024-11-26`) in a piece of text. */
export function findCalendarDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(monthDayYear)) {
    pushDate(found, match, formatDate(Number(match[3]), monthNumber(match[1]!) ?? 0, Number(match[2])));
  }
  for (const match of text.matchAll(dayMonthYear)) {
    pushDate(found, match, formatDate(Number(match[3]), monthNumber(match[2]!) ?? 0, Number(match[1])));
  }
  for (const match of text.matchAll(isoDate)) {
    pushDate(found, match, formatDate(Number(match[1]), Number(match[2]), Number(match[3])));
  }
  return found.sort((a, b) => a.start - b.start);
}

function pushDate(found: FoundDate[], match: RegExpMatchArray, value: string | null): void {
  if (value === null || match.index === undefined) return;
  const start = match.index;
  const end = start + match[0].length;
  if (found.some((other) => other.start < end && start < other.end)) return;
  found.push({ start, end, text: match[0], value });
}
