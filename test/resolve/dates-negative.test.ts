// Inputs that must give no date (issue 4, part 5): numbers that are not dates, words
// that only look like months or weekdays, and relative dates without a reference.

import { beforeAll, describe, expect, it } from 'vitest';
import { analyseLanguage } from '../../src/language/analyse.js';
import type { LanguageModels } from '../../src/language/models.js';
import { loadLanguageModels } from '../../src/resources/language-models.js';
import { parseIsoDay } from '../../src/resolve/dates/calendar-day.js';
import { normaliseDatePhrase, periodOfPhrase } from '../../src/resolve/dates/date-rules.js';
import { resolveDates } from '../../src/resolve/dates/index.js';

let models: LanguageModels;
beforeAll(() => {
  models = loadLanguageModels();
});

function datesOf(text: string, reference: string | null): string[] {
  const analysis = analyseLanguage(text, [{ start: 0, end: text.length }], models);
  return resolveDates({ text, analysis, reference }).map((date) => `${date.text}=${date.value}`);
}

describe('resolveDates gives nothing for', () => {
  const cases: ReadonlyArray<readonly [string, string, string | null]> = [
    ['a count of troops', 'Japan is home to more than 50,000 US troops.', '2024-07-28'],
    ['a percentage', 'Beijing announced a 7.2% increase in its budget.', '2024-07-28'],
    ['a name with numbers in it', 'The ministers met at the Japan-US Security Consultative Committee, known as “2+2” security talks.', '2024-07-28'],
    ['a bare number', 'The index fell 12 and then rose again.', '2024-07-28'],
    ['a four-digit count of people', 'Some 2000 people marched through the capital.', '2024-07-28'],
    ['the modal `may`', 'Apple believes that this may have a large impact on the film industry.', '2005-10-13'],
    ['a weekday that names a day in history', 'Markets crashed on what is known as Black Monday.', '2007-10-20'],
    ['a phone number', 'Call 555-1234 for tickets.', '2024-07-28'],
    ['a date that names a past event without its year', 'It was the worst fall since the September 11th terrorist attacks.', '2007-02-27'],
    ['a relative weekday without a reference', 'Landmine victims gathered at a conference in Cambodia on Tuesday.', null],
    ['a relative week without a reference', "Washington's announcement last week was criticized.", null],
    ['a month without a year or a reference', 'In March, Beijing announced a budget increase.', null],
    ['a duration', 'The talks lasted four years.', '2024-07-28'],
    ['a time of day alone', 'The talks began at 10:30 a.m. sharp.', '2024-07-28'],
    ['`the day` in an idiom or a compound', 'Her speech carried the day, and the day-to-day work went on.', '2024-07-28'],
  ];
  it.each(cases)('%s', (_name, text, reference) => {
    expect(datesOf(text, reference)).toEqual([]);
  });
});

describe('date rules give no period for', () => {
  const reference = parseIsoDay('2024-11-26');
  const phrases = ['four years', 'two years later', 'three days later than planned', 'now', 'the 1990s', 'several years', 'recently'];
  it.each(phrases)('%s', (text) => {
    expect(periodOfPhrase(normaliseDatePhrase(text), { reference, tense: 'unknown' })).toBeNull();
  });

  it('needs a reference for relative phrases', () => {
    for (const text of ['today', 'last week', 'three years ago', 'Tuesday', 'March', 'June 18']) {
      expect(periodOfPhrase(normaliseDatePhrase(text), { reference: null, tense: 'past' }), text).toBeNull();
    }
  });
});
