// Dates (issue 4, part 5). Reads the article's text, its language analysis (DATE
// mentions, tags, dependency trees) and its reference date; adds `dates`: every date
// expression with the narrowest contract value (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) that
// holds what it names. `In March, Beijing announced` is the March before the reference,
// `set for March` the one after; `last week` is the month holding that week (weeks run
// Monday to Sunday), or its year when the week straddles two months. Without a reference
// only expressions stating their year get a value. Event dates are left to `events`.

import type { LanguageAnalysis } from '../../document/analysis.js';
import type { Article, DateValue } from '../../document/article.js';
import { valueByAnaphora } from './anaphora.js';
import { parseIsoDay, valueOfPeriod } from './calendar-day.js';
import { clauseTense } from './clause-tense.js';
import { normaliseDatePhrase, periodOfPhrase, type DateContext } from './date-rules.js';
import { findDateSpans } from './find-date-spans.js';
import { isNotDate } from './not-dates.js';
import { headTokenOf } from './span-tokens.js';

export interface DateInput {
  readonly text: string;
  readonly analysis: LanguageAnalysis;
  /** `YYYY-MM-DD` (a `YYYY-MM` or `YYYY` reads as its first day), or null. */
  readonly reference: string | null;
}

export function resolveDates({ text, analysis, reference }: DateInput): DateValue[] {
  const referenceDay = reference === null ? null : parseIsoDay(reference);
  const dates: DateValue[] = [];
  for (const span of findDateSpans(text, analysis)) {
    const head = headTokenOf(analysis, span);
    if (isNotDate({ text, analysis, span, head })) continue;
    const phrase = normaliseDatePhrase(text.slice(span.start, span.end));
    const value = valueByAnaphora(phrase, dates, referenceDay)
      ?? valueOfPhrase(phrase, { reference: referenceDay, tense: head >= 0 ? clauseTense(analysis, head) : 'unknown' });
    if (value !== null) dates.push({ text: text.slice(span.start, span.end), value, start: span.start, end: span.end });
  }
  return dates;
}

function valueOfPhrase(phrase: string, context: DateContext): string | null {
  const period = periodOfPhrase(phrase, context);
  return period ? valueOfPeriod(period) : null;
}

/** The article's date: publishedAt, else the first dateline or caption date, else null. */
export function referenceDateOf(article: Article): string | null {
  return article.publishedAt ?? article.referenceDates[0]?.value ?? null;
}
