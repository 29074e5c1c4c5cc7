// What each token can contribute to a date, time, amount or count, as bit flags, so
// the numeric rules read flags instead of text. Words come from closed lists looked up
// by their lower hash; only tokens with a digit or a currency sign are read as text.

import { FLAG_HAS_DIGIT, FLAG_UPPER_INITIAL, type LexicalAttributes } from '../../language/lexical.js';
import type { TokenSequence } from '../../language/tokens.js';
import { hashString } from '../../linear/hash.js';
import { normaliseForm } from '../../language/lexical.js';
import { words } from '../word-set.js';

export const C = {
  Month: 1, Weekday: 2, Number: 4, Year: 8, Scale: 16, CurrencySign: 32, CurrencyWord: 64, PercentWord: 128,
  Per: 256, Cent: 512, Unit: 1024, TimeSuffix: 2048, Clock: 4096, IsoDate: 8192, Ordinal: 16384, Decade: 32768,
  RelativeDay: 1 << 16, DateModifier: 1 << 17, DatePeriod: 1 << 18, PercentToken: 1 << 19, MoneyToken: 1 << 20,
  QuantityToken: 1 << 21, TimeToken: 1 << 22, Capitalised: 1 << 23, Ago: 1 << 24, DayNumber: 1 << 25, Comma: 1 << 26,
  TimeWord: 1 << 27, Duration: 1 << 28, Of: 1 << 29, The: 1 << 30,
} as const;

const WORD_CLASSES: ReadonlyArray<readonly [number, string]> = [
  [C.Month, 'january february march april may june july august september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.'],
  [C.Weekday, 'monday tuesday wednesday thursday friday saturday sunday mon. tue. tues. wed. thu. thurs. fri. sat. sun.'],
  [C.Number, 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen'],
  [C.Scale, 'hundred thousand million billion trillion mln bln bn m k'],
  [C.CurrencySign, '$ € £ ¥ us$ a$ c$ nz$ hk$ s$ rs rs. usd eur gbp jpy cny'],
  [C.CurrencyWord, 'dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees rouble roubles ruble rubles franc francs peso pesos won lira real reais rand dinar dinars riyal riyals shekel shekels cent cents pence dirham dirhams baht ringgit krona kronor krone'],
  [C.PercentWord, '% percent pct pct. percentage'],
  [C.Per, 'per'],
  [C.Cent, 'cent'],
  [C.Unit, 'km kilometre kilometres kilometer kilometers mile miles metre metres meter meters m cm mm foot feet ft inch inches yard yards kg kilo kilos kilogram kilograms gram grams g lb lbs ton tons tonne tonnes acre acres hectare hectares ha barrel barrels bpd litre litres liter liters gallon gallons mph kph km/h degree degrees celsius fahrenheit mw gw kw megawatt megawatts ounce ounces oz square sq cubic'],
  [C.TimeSuffix, 'a.m. p.m. am pm a.m p.m gmt utc est edt et pst pdt cet bst jst'],
  [C.TimeWord, 'noon midnight tonight'],
  [C.RelativeDay, 'today yesterday tomorrow'],
  [C.DateModifier, 'last next this early late mid earlier later'],
  [C.DatePeriod, 'week month year weekend decade century quarter season spring summer autumn fall winter'],
  [C.Duration, 'year years month months week weeks day days decade decades century centuries'],
  [C.Ago, 'ago'],
  [C.Comma, ','],
  [C.Of, 'of'],
  [C.The, 'the'],
];

export class NumericLexicon {
  private readonly classesOfWord = new Map<number, number>();

  constructor() {
    for (const [bit, list] of WORD_CLASSES) {
      for (const word of words(list)) {
        const hash = hashString(normaliseForm(word));
        this.classesOfWord.set(hash, (this.classesOfWord.get(hash) ?? 0) | bit);
      }
    }
  }

  /** Fills out[k - first] with the classes of tokens [first, end). */
  classify(tokens: TokenSequence, lex: LexicalAttributes, first: number, end: number, out: Uint32Array): void {
    for (let k = first; k < end; k++) {
      const flags = lex.flags[k]!;
      let classes = this.classesOfWord.get(lex.lower[k]!) ?? 0;
      if ((flags & FLAG_HAS_DIGIT) !== 0) classes |= classifyDigits(tokens.text.slice(tokens.starts[k]!, tokens.ends[k]!));
      if ((flags & FLAG_UPPER_INITIAL) !== 0) classes |= C.Capitalised;
      out[k - first] = classes;
    }
  }
}

const NUMBER = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\.\d+$|^\d+\/\d+$/;

/** Classes of a token with at least one digit. */
export function classifyDigits(text: string): number {
  if (NUMBER.test(text)) {
    let classes: number = C.Number;
    if (/^(1[5-9]|20)\d\d$/.test(text)) classes |= C.Year;
    if (/^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= 31) classes |= C.DayNumber;
    return classes;
  }
  if (/^[-+]?\d[\d,]*(\.\d+)?%$/.test(text)) return C.PercentToken;
  if (/^(?:US|A|C|NZ|HK|S)?[$€£¥]\d[\d,]*(\.\d+)?(?:bn|m|k)?$/i.test(text)) return C.MoneyToken;
  if (/^\d{1,2}[:.]\d\d(?::\d\d)?$/.test(text) && Number(text.slice(0, text.search(/[:.]/))) <= 24) return C.TimeToken;
  if (/^\d{1,2}(?::\d\d)?(?:am|pm|a\.m\.|p\.m\.)$/i.test(text)) return C.TimeToken | C.TimeSuffix;
  if (/^\d{4}-\d\d-\d\d$|^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(text)) return C.IsoDate;
  if (/^\d{1,2}(?:st|nd|rd|th)$/i.test(text)) return C.Ordinal | C.DayNumber;
  if (/^(?:\d{4}|\d0)'?s$/.test(text)) return C.Decade;
  if (/^\d[\d,]*(?:\.\d+)?-?(?:km|kg|mm|cm|m|mi|lb|lbs|ft|t|mph|kph|ha|mw|gw|kw|sq)$/i.test(text)) return C.QuantityToken;
  return 0;
}
