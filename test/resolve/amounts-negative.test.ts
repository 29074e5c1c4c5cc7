// Inputs that must give no amount (issue 4, part 6): years, dates, times, ordinals,
// numbers inside names and formulas, phone numbers, the word `one`, and numbers that
// count nothing.

import { beforeAll, describe, expect, it } from 'vitest';
import { analyseLanguage } from '../../src/language/analyse.js';
import type { LanguageModels } from '../../src/language/models.js';
import { loadLanguageModels } from '../../src/resources/language-models.js';
import { resolveAmounts } from '../../src/resolve/amounts/index.js';
import { numberValue } from '../../src/resolve/amounts/number-value.js';

let models: LanguageModels;
beforeAll(() => {
  models = loadLanguageModels();
});

function amountsOf(text: string): string[] {
  const analysis = analyseLanguage(text, [{ start: 0, end: text.length }], models);
  return resolveAmounts({ text, analysis }).map((amount) => amount.text);
}

describe('resolveAmounts gives nothing for', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['a year', 'Alex Munyambabazi lost a leg to a landmine in northern Uganda in 2005.'],
    ['a date', 'They met in Siem Reap province on November 26, 2024.'],
    ['a time of day', 'The talks began at 10:30 a.m. in Tokyo.'],
    ['a date counted back from the reference', 'He was hurt three years ago and came back yesterday.'],
    ['an ordinal', 'The budget is already the world’s second-highest behind the United States.'],
    ['`2+2` inside a name', 'The Japan-US Security Consultative Committee is known as “2+2” security talks.'],
    ['a phone number', 'Call 555-1234 for tickets.'],
    ['a number inside a proper name', 'The Russell 2000 Index fell sharply.'],
    ['a number before a singular noun, which it names', 'Boeing pushes back 737 replacement development before the 2000 election.'],
    ['a model number the article names after its maker', 'The Boeing 737 sells well, and airlines ordered 737 aircraft.'],
    ['a bare number that counts nothing', 'The index fell 12 and then rose again.'],
    ['the word one, an article more than a count', 'It read one placard, and one of them wept.'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(amountsOf(text)).toEqual([]);
  });
});

describe('numberValue gives null for', () => {
  it.each(['a', 'an', '', 'dollars', '12th', 'two-thirds of'])('%j', (phrase) => {
    expect(numberValue(phrase)).toBeNull();
  });
});
