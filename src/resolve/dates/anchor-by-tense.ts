// Which occurrence of a date that does not state its year (`March`, `June 18`) or week
// (`Tuesday`) is meant, given the reference date and the tense of its clause: the last
// one before the reference in a past clause, the next one in a future clause, and the
// nearest one when the tense says nothing.

import { calendarDate, dayNumber, weekdayOf, type Period, monthPeriod, dayPeriod } from './calendar-day.js';
import type { Tense } from './clause-tense.js';

export function monthByTense(reference: number, month: number, tense: Tense): Period {
  const { year, month: referenceMonth } = calendarDate(reference);
  if (tense === 'past') return monthPeriod(month <= referenceMonth ? year : year - 1, month);
  if (tense === 'future') return monthPeriod(month >= referenceMonth ? year : year + 1, month);
  const years = [year - 1, year, year + 1];
  const distance = (candidate: number): number => Math.abs(candidate * 12 + month - (year * 12 + referenceMonth));
  // Ties go to the past: news reports more than it announces.
  const nearest = years.reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best));
  return monthPeriod(nearest, month);
}

export function monthDayByTense(reference: number, month: number, day: number, tense: Tense): Period {
  const { year } = calendarDate(reference);
  // `February 29` only exists in leap years: elsewhere it reads as the nearest leap year's.
  const inYear = (candidate: number): number => dayNumber(isValidDay(candidate, month, day) ? candidate : nearestLeapYear(candidate), month, day);
  if (tense === 'past') return dayPeriod(inYear(year) <= reference ? inYear(year) : inYear(year - 1));
  if (tense === 'future') return dayPeriod(inYear(year) >= reference ? inYear(year) : inYear(year + 1));
  const days = [inYear(year - 1), inYear(year), inYear(year + 1)];
  return dayPeriod(days.reduce((best, candidate) => (Math.abs(candidate - reference) < Math.abs(best - reference) ? candidate : best)));
}

/**
 * `Tuesday`: on or before the reference in a past or tenseless clause, on or after it in
 * a future one (wire copy names the weekday even for the day it is dated).
 */
export function weekdayByTense(reference: number, weekday: number, tense: Tense): Period {
  if (tense === 'future') return dayPeriod(reference + ((weekday - weekdayOf(reference) + 7) % 7));
  return dayPeriod(reference - ((weekdayOf(reference) - weekday + 7) % 7));
}

function isValidDay(year: number, month: number, day: number): boolean {
  return calendarDate(dayNumber(year, month, day)).day === day;
}

function nearestLeapYear(year: number): number {
  return [0, -1, 1, -2, 2, -3, 3, -4, 4].map((shift) => year + shift).find((candidate) => isValidDay(candidate, 2, 29)) ?? year;
}
