// What an amount counts: a currency (ISO 4217 code) for money, `percent`, a unit of
// measure as written, or the counted noun the number modifies in the parse.

import { numberValue } from './number-value.js';

/** Currency signs and words, longest prefixes first where they share one (`US$` before `$`). */
const CURRENCY_SIGNS: ReadonlyArray<readonly [string, string]> = [
  ['us$', 'USD'], ['a$', 'AUD'], ['c$', 'CAD'], ['nz$', 'NZD'], ['hk$', 'HKD'], ['s$', 'SGD'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'],
  ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['jpy', 'JPY'], ['cny', 'CNY'], ['rs.', 'INR'], ['rs', 'INR'],
];
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', euro: 'EUR', pound: 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rouble: 'RUB', ruble: 'RUB',
  franc: 'CHF', peso: 'MXN', won: 'KRW', lira: 'TRY', real: 'BRL', reais: 'BRL', rand: 'ZAR', shekel: 'ILS', baht: 'THB', ringgit: 'MYR', dirham: 'AED', riyal: 'SAR',
};

/** The currency a money phrase states and the phrase without it, e.g. `$5 million` -> USD, `5 million`. */
export function splitCurrency(phrase: string): { currency: string | null; number: string } {
  const lower = phrase.toLowerCase();
  for (const [sign, code] of CURRENCY_SIGNS) {
    if (lower.startsWith(sign)) return { currency: code, number: phrase.slice(sign.length).trim() };
  }
  const last = /\s+(\S+)$/.exec(phrase);
  const word = last?.[1]!.toLowerCase() ?? '';
  const code = CURRENCY_WORDS[word] ?? CURRENCY_WORDS[word.replace(/s$/, '')];
  return code ? { currency: code, number: phrase.slice(0, last!.index).trim() } : { currency: null, number: phrase };
}

const PERCENT_WORDS = /\s*(?:%|percent|per cent|pct\.?|percentage points?)$/i;

/** `7.2%`, `7.2 per cent` -> `7.2`, or null when the phrase states no percent. */
export function stripPercent(phrase: string): string | null {
  return PERCENT_WORDS.test(phrase) ? phrase.replace(PERCENT_WORDS, '') : null;
}

/** `500 km`, `500km`, `1.8 billion miles`, `two square miles` -> the number and the unit as written (lower case). */
export function splitUnit(phrase: string): { number: string; unit: string } | null {
  const words = phrase.replace(/(\d)(?=[a-z])/i, '$1 ').split(/[\s-]+/).filter(Boolean);
  let numberEnd = 0;
  while (numberEnd < words.length - 1 && numberValue(words.slice(0, numberEnd + 1).join(' ')) !== null) numberEnd++;
  if (numberEnd === 0) return null;
  return { number: words.slice(0, numberEnd).join(' '), unit: words.slice(numberEnd).join(' ').toLowerCase() };
}
