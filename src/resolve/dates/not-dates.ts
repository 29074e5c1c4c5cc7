// Spans that look like dates and are not, each recognised by one rule. They run before
// any value is computed.

import type { LanguageAnalysis } from '../../document/analysis.js';
import type { Span } from '../../document/article.js';

export interface FoundSpan {
  readonly text: string;
  readonly analysis: LanguageAnalysis;
  readonly span: Span;
  /** The span's syntactic head token (./span-tokens.ts), -1 when none. */
  readonly head: number;
}

type NotDateRule = (found: FoundSpan) => boolean;

const spanText = ({ text, span }: FoundSpan): string => text.slice(span.start, span.end);

/**
 * `2005 protesters`: a bare four-digit number counting a lower-case plural noun is no
 * year; one before a singular or capitalised noun is (`the 1991 settlement`, `the 2008 Olympic Games`).
 */
export const yearCountingNoun: NotDateRule = (found) => {
  const { text, analysis, head } = found;
  const noun = head >= 0 ? analysis.heads[head]! : -1;
  if (noun < 0 || !/^\d{4}$/.test(spanText(found)) || analysis.deprels[head] !== 'nummod') return false;
  return analysis.xpos[noun] === 'NNS' && /^\p{Ll}/u.test(text.slice(analysis.starts[noun]!, analysis.ends[noun]!));
};

/** Words that make a weekday the name of one day in history: `Black Monday`, `Super Tuesday`. */
const DAY_NAME_WORDS = /(?:^|[^\w])(?:Black|Cyber|Super|Bloody|Easter|Ash|Good|Holy|Palm|Maundy|Shrove)\s+$/;

export const weekdayInDayName: NotDateRule = (found) =>
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(spanText(found)) && DAY_NAME_WORDS.test(found.text.slice(Math.max(0, found.span.start - 12), found.span.start));

/** `this may have`: the recogniser takes a lower-case `may` or `march` after `this`/`last` for the month. */
export const lowerCaseMonthVerb: NotDateRule = (found) => /\b(?:may|march)$/.test(spanText(found));

/** `the September 11th terrorist attacks` name the 2001 attacks, not this year's September 11. */
export const septemberElevenAttacks: NotDateRule = (found) =>
  /^September 11(?:th)?$/.test(spanText(found)) && /^,?\s+(?:terror|attack)/i.test(found.text.slice(found.span.end, found.span.end + 12));

export const NOT_DATE_RULES: readonly NotDateRule[] = [yearCountingNoun, weekdayInDayName, lowerCaseMonthVerb, septemberElevenAttacks];

export function isNotDate(found: FoundSpan): boolean {
  return NOT_DATE_RULES.some((rule) => rule(found));
}
