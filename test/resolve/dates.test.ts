// Dates normalised against the article's reference date (issue 4, part 5): the seed's
// expressions, the tense rule for month-only dates, and the calendar helpers.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/document/article.js';
import { analyseLanguage } from '../../src/language/analyse.js';
import type { LanguageModels } from '../../src/language/models.js';
import { loadLanguageModels } from '../../src/resources/language-models.js';
import { valueByAnaphora } from '../../src/resolve/dates/anaphora.js';
import { monthByTense, weekdayByTense } from '../../src/resolve/dates/anchor-by-tense.js';
import { parseIsoDay, valueOfPeriod } from '../../src/resolve/dates/calendar-day.js';
import { normaliseDatePhrase, periodOfPhrase, type DateContext } from '../../src/resolve/dates/date-rules.js';
import { referenceDateOf, resolveDates } from '../../src/resolve/dates/index.js';

let models: LanguageModels;
beforeAll(() => {
  models = loadLanguageModels();
});

function datesOf(text: string, reference: string | null): Array<[string, string, number, number]> {
  const analysis = analyseLanguage(text, [{ start: 0, end: text.length }], models);
  return resolveDates({ text, analysis, reference }).map((date) => [date.text, date.value, date.start, date.end]);
}

describe('resolveDates', () => {
  const cases: ReadonlyArray<readonly [string, string, string | null, Array<[string, string, number, number]>]> = [
    ['a caption date states its year, so it needs no reference', 'Defense ministers attend their meeting in Tokyo, Japan July 28, 2024.', null, [['July 28, 2024', '2024-07-28', 55, 68]]],
    ['the second caption date', 'Activists hold placards in Siem Reap province on November 26, 2024.', null, [['November 26, 2024', '2024-11-26', 49, 66]]],
    ['a month in a past clause is the March before the reference', 'In March, Beijing announced a 7.2% increase in its defense budget.', '2024-07-28', [['March', '2024-03', 3, 8]]],
    ['`set for March` is the March after the reference', "The ministers said the US command reorganization, set for March to be in line with Japan's own command updating, aimed to help.", '2024-07-28', [['March', '2025-03', 58, 63]]],
    ['`on Tuesday` in a past clause is the reference day when that is a Tuesday', 'Landmine victims gathered at a conference in Cambodia on Tuesday to protest.', '2024-11-26', [['Tuesday', '2024-11-26', 57, 64]]],
    ['`in 2005` is the year', 'Alex Munyambabazi, who lost a leg to a landmine in northern Uganda in 2005, said he condemned it.', '2024-11-26', [['2005', '2005', 70, 74]]],
    ['`last week` is the month that holds the week before the reference (Monday to Sunday)', "Washington's announcement last week that it would send landmines was criticized.", '2024-11-26', [['last week', '2024-11', 26, 35]]],
    ['relative days and years counted back', 'He was hurt three years ago and came back yesterday.', '2024-11-26', [['three years ago', '2021', 12, 27], ['yesterday', '2024-11-25', 42, 51]]],
    ['a month and day without a year takes the past year in a past clause', 'The plane made its maiden flight on 11 December, four years late.', '2010-01-25', [['11 December', '2009-12-11', 36, 47]]],
    ['`will` sends a weekday forward', 'The committee will meet on Friday in Geneva.', '2024-11-26', [['Friday', '2024-11-29', 27, 33]]],
    ['`October of next year` is that month of the next year', "Dealers whose franchises won't be renewed after October of next year will receive a letter.", '2009-05-15', [['October of next year', '2010-10', 48, 68]]],
    ['an apostrophe year', "The Nikkei fell to its lowest level since '82 on Monday.", '2008-10-27', [["'82", '1982', 42, 45], ['Monday', '2008-10-27', 49, 55]]],
    ['`since November` lies behind the reference whatever the verb', 'US stock markets have their best week since November.', '2009-03-13', [['November', '2008-11', 44, 52]]],
    ['a month before the noun it dates is the nearest one', "They reaffirmed their alliance after Biden's withdrawal from the November presidential race.", '2024-07-28', [['November', '2024-11', 65, 73]]],
    ['`this morning` and `Thursday night` are days', 'Apple announced this morning what GM admitted Thursday night.', '2008-01-11', [['this morning', '2008-01-11', 16, 28], ['Thursday night', '2008-01-10', 46, 60]]],
    ['`the same day` is the last day the article named', 'Stocks fell on Monday. Figures released on the same day showed losses.', '2009-04-08', [['Monday', '2009-04-06', 15, 21], ['the same day', '2009-04-06', 43, 55]]],
  ];
  it.each(cases)('%s', (_name, text, reference, expected) => {
    expect(datesOf(text, reference)).toEqual(expected);
  });

  it('keeps every span exact and the output sorted by start', () => {
    const text = 'On July 4, 2019, and again last year, and yesterday, it rained.';
    const analysis = analyseLanguage(text, [{ start: 0, end: text.length }], models);
    const dates = resolveDates({ text, analysis, reference: '2024-11-26' });
    expect(dates.map((date) => date.value)).toEqual(['2019-07-04', '2023', '2024-11-25']);
    for (const date of dates) expect(text.slice(date.start, date.end)).toBe(date.text);
    expect(dates.map((date) => date.start)).toEqual([...dates.map((date) => date.start)].sort((a, b) => a - b));
  });
});

describe('date rules', () => {
  const reference = parseIsoDay('2024-11-26');
  const context = (tense: DateContext['tense']): DateContext => ({ reference, tense });
  const cases: ReadonlyArray<readonly [string, DateContext['tense'], string]> = [
    ['today', 'unknown', '2024-11-26'],
    ['tomorrow', 'unknown', '2024-11-27'],
    ['last night', 'unknown', '2024-11-25'],
    // This week runs from 25 November to 1 December: only its year holds it.
    ['this week', 'unknown', '2024'],
    ['last week', 'unknown', '2024-11'],
    ['next month', 'unknown', '2024-12'],
    ['last year', 'unknown', '2023'],
    ['last quarter', 'unknown', '2024'],
    ['a week ago', 'unknown', '2024-11-19'],
    ['two months ago', 'unknown', '2024-09'],
    ['last tuesday', 'unknown', '2024-11-26'],
    ['next march', 'unknown', '2025-03'],
    ['march', 'past', '2024-03'],
    ['march', 'future', '2025-03'],
    ['december', 'unknown', '2024-12'],
    ['july 28, 2024', 'future', '2024-07-28'],
    ['may 2008', 'unknown', '2008-05'],
    ['7/8/07', 'unknown', '2007-07-08'],
    ['-2011', 'unknown', '2011'],
    ['first quarter of 2009', 'unknown', '2009'],
  ];
  it.each(cases)('%s (%s) -> %s', (phrase, tense, value) => {
    const period = periodOfPhrase(phrase, context(tense));
    expect(period && valueOfPeriod(period)).toBe(value);
  });

  it('normalises a phrase: lower case, no `the`, no `early`/`mid-`, no `the end of`', () => {
    expect(normaliseDatePhrase('Early June')).toBe('june');
    expect(normaliseDatePhrase('mid-2011')).toBe('2011');
    expect(normaliseDatePhrase('the end of last year')).toBe('last year');
    expect(normaliseDatePhrase('the beginning of the year')).toBe('this year');
    expect(normaliseDatePhrase('later this year')).toBe('this year');
  });

  it('gives a week that straddles two months its year', () => {
    // 2024-10-02 is a Wednesday: last week ran from Monday 23 to Sunday 29 September.
    expect(valueOfPeriod(periodOfPhrase('last week', { reference: parseIsoDay('2024-10-02'), tense: 'unknown' })!)).toBe('2024-09');
    // 2024-11-06: last week ran from 28 October to 3 November.
    expect(valueOfPeriod(periodOfPhrase('last week', { reference: parseIsoDay('2024-11-06'), tense: 'unknown' })!)).toBe('2024');
  });

  it('reads `February 29` in the nearest leap year', () => {
    const period = periodOfPhrase('february 29', { reference: parseIsoDay('2009-03-10'), tense: 'past' });
    expect(valueOfPeriod(period!)).toBe('2008-02-29');
  });

  it('anchors months and weekdays by tense', () => {
    const day = parseIsoDay('2024-07-28')!; // a Sunday
    expect(valueOfPeriod(monthByTense(day, 7, 'past'))).toBe('2024-07');
    expect(valueOfPeriod(monthByTense(day, 8, 'past'))).toBe('2023-08');
    expect(valueOfPeriod(monthByTense(day, 6, 'future'))).toBe('2025-06');
    expect(valueOfPeriod(weekdayByTense(day, 2, 'past'))).toBe('2024-07-23');
    expect(valueOfPeriod(weekdayByTense(day, 2, 'future'))).toBe('2024-07-30');
    expect(valueOfPeriod(weekdayByTense(day, 0, 'future'))).toBe('2024-07-28');
  });
});

describe('valueByAnaphora', () => {
  const reference = parseIsoDay('2010-01-28');
  const earlier = (...values: string[]) => values.map((value) => ({ text: value, value, start: 0, end: 1 }));
  it('reads `the same day` as the last day named, else the reference', () => {
    expect(valueByAnaphora('same day', earlier('2010-01-26', '2009'), reference)).toBe('2010-01-26');
    expect(valueByAnaphora('day', earlier('2009'), reference)).toBe('2010-01-28');
  });
  it('reads `the year previous` as the year before the last date named, else before the reference', () => {
    expect(valueByAnaphora('year previous', earlier('2009'), reference)).toBe('2008');
    expect(valueByAnaphora('previous year', [], reference)).toBe('2009');
  });
  it('leaves other phrases to the rules and needs a reference', () => {
    expect(valueByAnaphora('last year', [], reference)).toBeUndefined();
    expect(valueByAnaphora('same day', earlier('2010-01-26'), null)).toBeNull();
  });
});

describe('referenceDateOf', () => {
  const article = (publishedAt: string | null, referenceDates: string[]): Article =>
    ({ publishedAt, referenceDates: referenceDates.map((value) => ({ value, text: value, start: 0, end: 1, from: 'caption' })) }) as unknown as Article;
  it('prefers publishedAt, then the first dateline or caption date, else null', () => {
    expect(referenceDateOf(article('2024-07-29', ['2024-07-28']))).toBe('2024-07-29');
    expect(referenceDateOf(article(null, ['2024-07-28', '2024-11-26']))).toBe('2024-07-28');
    expect(referenceDateOf(article(null, []))).toBeNull();
  });
});
