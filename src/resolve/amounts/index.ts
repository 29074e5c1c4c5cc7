// Amounts (issue 4, part 6). Reads the language analysis: the recogniser's MONEY,
// PERCENT, QUANTITY and CARDINAL mentions and the dependency tree; adds `amounts`: the
// number's value, its unit (ISO 4217 currency, `percent`, a unit of measure, or the noun
// it counts: `more than 50,000 US troops` -> 50000 `troops`, qualifier `more than`).
// Of the DATE mentions only lengths of time are amounts (`25 years` of talks, not `three
// years ago`); TIME mentions never are. A bare number that counts no noun (`2+2`,
// `Russell 2000`, a phone number, a model number: ./model-numbers.ts) is none either.

import type { LanguageAnalysis, Mention } from '../../document/analysis.js';
import type { Amount } from '../../document/article.js';
import { findModelNumbers } from './model-numbers.js';
import { numberValue } from './number-value.js';
import { splitCurrency, splitUnit, stripPercent } from './units.js';

export interface AmountInput {
  readonly text: string;
  readonly analysis: LanguageAnalysis;
}

/** Words before a number that bound or soften it. */
const QUALIFIER = /(?:^|[^\w])((?:more|less|fewer) than|no (?:more|less|fewer) than|at (?:least|most)|up to|as (?:many|much|few|little) as|just (?:over|under)|close to|an estimated|nearly|almost|about|around|approximately|roughly|some|over|under|only)\s+$/i;
/** A number glued to another by an operator or a dash is part of a formula, a score or a phone number. */
const GLUED_BEFORE = /[\d][+\-/:x×]$|[+/=]$/;
const GLUED_AFTER = /^[+\-/:x×=]\d/;

export function resolveAmounts({ text, analysis }: AmountInput): Amount[] {
  const modelNumbers = findModelNumbers(text, analysis);
  const amounts: Amount[] = [];
  for (const mention of analysis.mentions) {
    if (!['MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'DATE'].includes(mention.type)) continue;
    if (mention.type === 'CARDINAL' && modelNumbers.has(text.slice(mention.start, mention.end))) continue;
    if (GLUED_BEFORE.test(text.slice(Math.max(0, mention.start - 2), mention.start)) || GLUED_AFTER.test(text.slice(mention.end, mention.end + 2))) continue;
    const amount = amountOf(text, analysis, mention);
    if (amount) amounts.push(amount);
  }
  // A qualifier or counted noun can reach over a neighbour (`10 or 20 troops`): keep the first.
  const kept: Amount[] = [];
  for (const amount of amounts.sort((a, b) => a.start - b.start)) if (kept.length === 0 || amount.start >= kept[kept.length - 1]!.end) kept.push(amount);
  return kept;
}

function amountOf(text: string, analysis: LanguageAnalysis, mention: Mention): Amount | null {
  const article = /^dozens?$/i.test(text.slice(mention.start, mention.end)) ? /\ban?\s+$/i.exec(text.slice(Math.max(0, mention.start - 4), mention.start)) : null;
  const start = mention.start - (article?.[0].length ?? 0);
  const phrase = text.slice(start, mention.end);
  const measured = measureOf(phrase, mention.type);
  if (!measured && mention.type === 'DATE') return null;
  const counted = measured ? null : countedNounOf(analysis, mention);
  if (!measured && !counted && !/dozen/i.test(phrase)) return null;
  // `one placard`, `one of them`: the word one is an article or a pronoun more than a count.
  if (!measured && /^one$/i.test(phrase)) return null;
  const value = numberValue(measured?.number ?? phrase);
  if (value === null) return null;
  const qualifier = QUALIFIER.exec(text.slice(Math.max(0, start - 30), start));
  const spanStart = qualifier ? start - qualifier[0].length + qualifier[0].search(/\S/) : start;
  const end = counted ? analysis.ends[counted]! : mention.end;
  const unit = measured?.unit ?? (counted === null ? null : unitOfNoun(text.slice(analysis.starts[counted]!, end)));
  return { text: text.slice(spanStart, end), value, unit, qualifier: qualifier ? qualifier[1]!.toLowerCase() : null, start: spanStart, end };
}

/** Number and unit of a money, percent or quantity phrase; null for a bare count. */
function measureOf(phrase: string, type: Mention['type']): { number: string; unit: string } | null {
  if (type === 'MONEY') {
    const { currency, number } = splitCurrency(phrase);
    return currency ? { number, unit: currency } : null;
  }
  if (type === 'PERCENT') {
    const number = stripPercent(phrase);
    return number === null ? null : { number, unit: 'percent' };
  }
  if (type === 'DATE') {
    // `25 years of talks` is a length of time; `2005`, `July 28` and `three years ago` are dates.
    const duration = splitUnit(phrase);
    return duration && DURATION_UNIT.test(duration.unit) ? duration : null;
  }
  return type === 'QUANTITY' ? splitUnit(phrase) : null;
}

const DURATION_UNIT = /^(?:day|week|month|year|decade|century|centuries|hour|minute)s?$/;

/** Nouns whose plural is their singular: `300 aircraft`, `200 staff`. */
const INVARIANT_NOUNS = new Set(['aircraft', 'staff', 'personnel', 'crew', 'cattle', 'livestock', 'police', 'people', 'sheep', 'fish', 'deer', 'offspring', 'spacecraft', 'militia']);

/**
 * A count takes a plural noun: `737 replacement`, `the 2000 election` name things. The
 * lemma decides for nouns the tagger leaves singular (`300 aircraft`).
 */
function isCountedForm(analysis: LanguageAnalysis, noun: number): boolean {
  return analysis.xpos[noun] === 'NNS' || INVARIANT_NOUNS.has((analysis.lemmas[noun] ?? '').toLowerCase());
}

/** `Protesters` in a title-case headline is `protesters`; `A350s` stays as written. */
function unitOfNoun(noun: string): string {
  return /^\p{Lu}\p{Ll}+$/u.test(noun) ? noun.toLowerCase() : noun;
}

/** The common noun the number counts (`two landmine victims` -> victims), from the `nummod` arc. */
function countedNounOf(analysis: LanguageAnalysis, mention: Mention): number | null {
  for (let token = mention.firstToken; token < mention.endToken; token++) {
    const head = analysis.heads[token]!;
    if (head >= mention.firstToken && head < mention.endToken) continue;
    const isCount = analysis.deprels[token]?.startsWith('nummod') && head > token && analysis.upos[head] === 'NOUN';
    return isCount && isCountedForm(analysis, head) ? head : null;
  }
  return null;
}
