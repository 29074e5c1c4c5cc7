import { describe, expect, it } from 'vitest';
import { findCalendarDates } from '../../src/clean/calendar.js';
import { findDateline } from '../../src/clean/find-dateline.js';
import { isResidueLine, isSeparatorLine, isTitleLike } from '../../src/clean/line-shapes.js';
import { normalizePublishedDate } from '../../src/clean/published-date.js';
import { isByline } from '../../src/clean/02-find-byline.js';

describe('isResidueLine', () => {
  it.each(['TT', 'AP', '|', '• • •', 'Advertisement', 'ADVERTISEMENT', 'Share this article', 'Story continues below advertisement', '0 comments', '© 2024 The Harbor Ledger', 'Follow us on Twitter', 'Read more:'])('drops %j', (line) => {
    expect(isResidueLine(line)).toBe(true);
  });

  it.each(['No.', '“No.”', 'Why?', '2024.', 'He said no.', 'Share prices fell 3% on Monday.', 'Advertisement spending rose in March.'])('keeps %j', (line) => {
    expect(isResidueLine(line)).toBe(false);
  });
});

describe('isSeparatorLine', () => {
  it.each(['-----', '==========', '#####', '  ~~~  ', '\f'])('sees a separator in %j', (line) => expect(isSeparatorLine(line)).toBe(true));
  it.each(['--', '* * *', '— 30 —', 'A-B-C'])('sees none in %j', (line) => expect(isSeparatorLine(line)).toBe(false));
});

describe('isTitleLike', () => {
  it.each(['US-Japan Security Talks Underscore Threat from China', 'Landmine victims gather to protest US decision', 'Is the U.S. ready for a recession?', '“We are tired”: landmine victims speak'])('takes %j for a headline', (line) => {
    expect(isTitleLike(line)).toBe(true);
  });

  it.each([
    ['a sentence', 'The ministers met in Tokyo on Sunday.'],
    ['two words', 'Breaking news'],
    ['a caption with a credit', 'Athletes wave from a boat. (AP Photo/Ashley Landis)'],
    ['two sentences', 'Residents walk in the mud. Paiporta was hit hardest'],
    ['a line starting in lower case', 'and then the rain came down on the town'],
    ['residue', 'Story continues below advertisement'],
  ])('does not take %s for a headline', (_name, line) => {
    expect(isTitleLike(line)).toBe(false);
  });
});

describe('isByline', () => {
  it.each(['By Dana Whitfield', 'By Elena Marquez and Tom Kirby, Associated Press', 'By JANE SMITH | Reuters', 'By Mari Tanaka & Ken Sato'])('reads %j as a byline', (line) => expect(isByline(line)).toBe(true));
  it.each(['By the numbers: the election in charts', 'By Monday, rescuers had reached the village.', 'Bylines are added by editors'])('does not read %j as one', (line) => expect(isByline(line)).toBe(false));
});

describe('findDateline', () => {
  it.each([
    ['TOKYO (Reuters) - Japanese and US defense chiefs agreed', { end: 18, place: 'TOKYO', agency: 'Reuters', dateText: null }],
    ['KYIV, Ukraine (AP) — Russian drones struck', { end: 21, place: 'KYIV, Ukraine', agency: 'AP', dateText: null }],
    ['SIEM REAP, Cambodia, Nov 26 (Reuters) - Landmine victims', { end: 40, place: 'SIEM REAP, Cambodia', agency: 'Reuters', dateText: 'Nov 26' }],
    ['CAPE CANAVERAL, Fla. (AP) — NASA launched', { end: 28, place: 'CAPE CANAVERAL, Fla.', agency: 'AP', dateText: null }],
    ['Tokyo (AFP) - Japan said', { end: 14, place: 'Tokyo', agency: 'AFP', dateText: null }],
    ['PARIS — The Games opened', { end: 8, place: 'PARIS', agency: null, dateText: null }],
  ])('reads the dateline of %j', (paragraph, expected) => {
    const found = findDateline(paragraph);
    expect(found).toEqual(expected);
    expect(paragraph.slice(found!.end)).toMatch(/^\S/);
  });

  it.each(['US-Japan Security Talks Underscore Threat', 'Tokyo - the capital of Japan - is large.', 'Japan is home to more than 50,000 US troops.', 'A - B testing is common.'])('finds no dateline in %j', (paragraph) => {
    expect(findDateline(paragraph)).toBeNull();
  });
});

describe('findCalendarDates', () => {
  it('finds complete dates with their offsets', () => {
    const text = 'in Tokyo, Japan July 28, 2024. On 26 November 2024 and 2024-11-30, and Nov. 5, 2024.';
    expect(findCalendarDates(text).map((date) => [date.text, date.value, text.slice(date.start, date.end)])).toEqual([
      ['July 28, 2024', '2024-07-28', 'July 28, 2024'],
      ['26 November 2024', '2024-11-26', '26 November 2024'],
      ['2024-11-30', '2024-11-30', '2024-11-30'],
      ['Nov. 5, 2024', '2024-11-05', 'Nov. 5, 2024'],
    ]);
  });

  it.each(['more than 50,000 US troops', 'a 7.2% increase', 'February 30, 2024', 'in March', 'the 2+2 talks', 'May 2024', 'call 2024-13-45'])('finds no complete date in %j', (text) => {
    expect(findCalendarDates(text)).toEqual([]);
  });
});

describe('normalizePublishedDate', () => {
  it.each([
    ['2024-07-28T23:30:00-05:00', '2024-07-28'],
    ['2024-01-01T19:05:00+09:00', '2024-01-01'],
    ['Sun, 15 Dec 2024 18:20:00 +0300', '2024-12-15'],
    ['15 Dec 24 18:20 GMT', '2024-12-15'],
    ['20240726', '2024-07-26'],
    ['2024/07/26', '2024-07-26'],
    ['July 26, 2024', '2024-07-26'],
    ['Friday, July 26, 2024 10:00 AM', '2024-07-26'],
    ['1722000000', '2024-07-26'],
    ['1722000000000', '2024-07-26'],
  ])('reads %j', (value, expected) => expect(normalizePublishedDate(value)).toBe(expected));

  it.each(['yesterday', '2024-02-30', 'not a date', '12345', 'Published by the desk on July 26, 2024 after a long delay'])('gives null for %j', (value) => {
    expect(normalizePublishedDate(value)).toBeNull();
  });
});
