// A publication date from metadata (ISO 8601, RFC 822 as in RSS, `July 28, 2024`,
// Unix time) as `YYYY-MM-DD`. The calendar day is kept as the publisher wrote it,
// in the publisher's own time zone: `2024-07-28T23:30:00-05:00` is July 28.

import { findCalendarDates, formatDate, monthNumber, monthPattern } from './calendar.js';

const isoPrefix = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/;
const rfc822 = new RegExp(`^(?:[A-Za-z]{3},?\\s+)?(\\d{1,2})\\s+(${monthPattern})\\.?\\s+(\\d{2}|\\d{4})\\b`, 'i');
const unixTime = /^\d{10}(\d{3})?$/;

export function normalizePublishedDate(value: string): string | null {
  const text = value.trim();
  let match = isoPrefix.exec(text) ?? slashed.exec(text) ?? compact.exec(text);
  if (match) return formatDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = rfc822.exec(text);
  if (match) {
    const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return formatDate(year, monthNumber(match[2]!) ?? 0, Number(match[1]));
  }
  if (unixTime.test(text)) {
    const milliseconds = text.length === 13 ? Number(text) : Number(text) * 1000;
    return new Date(milliseconds).toISOString().slice(0, 10);
  }
  const printed = findCalendarDates(text)[0];
  return printed && printed.start <= 12 ? printed.value : null;
}
