// Amounts with their unit or counted noun and qualifier (issue 4, part 6): the seed's
// three, money with currencies, written numbers, and the number and unit helpers.

import { beforeAll, describe, expect, it } from 'vitest';
import { analyseLanguage } from '../../src/language/analyse.js';
import type { LanguageModels } from '../../src/language/models.js';
import { loadLanguageModels } from '../../src/resources/language-models.js';
import { resolveAmounts } from '../../src/resolve/amounts/index.js';
import { numberValue } from '../../src/resolve/amounts/number-value.js';
import { splitCurrency, splitUnit, stripPercent } from '../../src/resolve/amounts/units.js';

let models: LanguageModels;
beforeAll(() => {
  models = loadLanguageModels();
});

type Row = [text: string, value: number, unit: string | null, qualifier: string | null, start: number, end: number];

function amountsOf(text: string): Row[] {
  const analysis = analyseLanguage(text, [{ start: 0, end: text.length }], models);
  return resolveAmounts({ text, analysis }).map((amount) => [amount.text, amount.value, amount.unit, amount.qualifier, amount.start, amount.end]);
}

describe('resolveAmounts', () => {
  const cases: ReadonlyArray<readonly [string, string, Row[]]> = [
    ['a count with its qualifier and counted noun (seed)', 'Japan is home to more than 50,000 US troops, but the commander has no authority.', [['more than 50,000 US troops', 50000, 'troops', 'more than', 17, 43]]],
    ['a percentage, not the noun it modifies (seed)', 'In March, Beijing announced a 7.2% increase in its defense budget.', [['7.2%', 7.2, 'percent', null, 30, 34]]],
    ['a capitalised qualifier at the start of a sentence (seed)', 'More than 100 protesters lined the walkway taken by delegates.', [['More than 100 protesters', 100, 'protesters', 'more than', 0, 24]]],
    ['a written number counting a compound noun (seed)', 'It read one placard held by two landmine victims.', [['two landmine victims', 2, 'victims', null, 28, 48]]],
    ['money with a sign and a scale word', 'The deal is worth $5 million.', [['$5 million', 5000000, 'USD', null, 18, 28]]],
    ['money with a glued sign and scale', 'The French paid €3bn for it.', [['€3bn', 3000000000, 'EUR', null, 16, 20]]],
    ['money with a currency word', 'The Japanese paid 5 million dollars.', [['5 million dollars', 5000000, 'USD', null, 18, 35]]],
    ['`a dozen`', 'A dozen people were hurt.', [['A dozen people', 12, 'people', null, 0, 14]]],
    ['a count of a noun whose plural is its singular', 'The airline ordered 30 short-haul aircraft.', [['30 short-haul aircraft', 30, 'aircraft', null, 20, 42]]],
    ['a quantity with its unit', 'The road runs 500 km through the hills.', [['500 km', 500, 'km', null, 14, 20]]],
    ['a length of time', 'The EU and Mercosur struck a deal after 25 years of talks.', [['25 years', 25, 'years', null, 40, 48]]],
    ['a quantity with a scale word', 'The probe will travel about 1.8 billion miles.', [['about 1.8 billion miles', 1800000000, 'miles', 'about', 22, 45]]],
    ['a decimal with a scale word and a qualifier', 'About 2.5 million voters stayed home.', [['About 2.5 million voters', 2500000, 'voters', 'about', 0, 24]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(amountsOf(text)).toEqual(expected);
  });

  it('keeps every span exact', () => {
    const text = 'More than 100 protesters and two landmine victims saw a 7.2% rise worth $5 million.';
    const analysis = analyseLanguage(text, [{ start: 0, end: text.length }], models);
    for (const amount of resolveAmounts({ text, analysis })) expect(text.slice(amount.start, amount.end)).toBe(amount.text);
  });
});

describe('numberValue', () => {
  const cases: ReadonlyArray<readonly [string, number]> = [
    ['50,000', 50000], ['7.2', 7.2], ['two', 2], ['twenty-five', 25], ['a dozen', 12], ['2.5 million', 2500000],
    ['two hundred thousand', 200000], ['3bn', 3e9], ['2.3 million', 2300000], ['.5', 0.5],
  ];
  it.each(cases)('%s -> %d', (phrase, value) => {
    expect(numberValue(phrase)).toBe(value);
  });
});

describe('units', () => {
  it('splits a currency off a money phrase', () => {
    expect(splitCurrency('$5 million')).toEqual({ currency: 'USD', number: '5 million' });
    expect(splitCurrency('US$ 300')).toEqual({ currency: 'USD', number: '300' });
    expect(splitCurrency('£20')).toEqual({ currency: 'GBP', number: '20' });
    expect(splitCurrency('100 yen')).toEqual({ currency: 'JPY', number: '100' });
    expect(splitCurrency('40 euros')).toEqual({ currency: 'EUR', number: '40' });
  });

  it('strips the percent words', () => {
    expect(stripPercent('7.2%')).toBe('7.2');
    expect(stripPercent('7.2 per cent')).toBe('7.2');
    expect(stripPercent('seven percent')).toBe('seven');
  });

  it('splits a unit off a quantity', () => {
    expect(splitUnit('500 km')).toEqual({ number: '500', unit: 'km' });
    expect(splitUnit('500km')).toEqual({ number: '500', unit: 'km' });
    expect(splitUnit('two square miles')).toEqual({ number: 'two', unit: 'square miles' });
    expect(splitUnit('1.8 billion\nmiles')).toEqual({ number: '1.8 billion', unit: 'miles' });
    expect(splitUnit('four-hour')).toEqual({ number: 'four', unit: 'hour' });
  });
});
