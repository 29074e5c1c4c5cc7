// Where the date expressions are: the recogniser's DATE mentions, joined by what
// chrono finds in the same sentence, and a few news phrases. chrono catches forms the
// token rules miss (`7/8/07`, `April 2nd`, `the end of last year`).

// The English parsers only: the package's full import holds every locale (20 MiB against 9).
import * as chrono from 'chrono-node/en';
import type { LanguageAnalysis } from '../../document/analysis.js';
import type { Span } from '../../document/article.js';
import { spansOverlap } from '../../document/span.js';

/** Sentences without any of these cannot hold a date; chrono is not run over them. */
const MAY_HOLD_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day\b|week|month|year|tonight|ago\b/i;
/** Words chrono puts in front of a date that are not part of it. */
const LEADING_WORDS = /^(?:(?:on|in|at|by|since|from|until|till|during|of|for|before|after)\s+)+/i;
/** Month and day names that are also common words: chrono reads `this may have` as a month. */
const LOWER_CASE_NAME = /\b(?:may|march|sat|sun|wed)\b/;
/** chrono finds that name no day, month, year or weekday: clock times, `now`. */
const DATE_PARTS = ['year', 'month', 'day', 'weekday'] as const;

/**
 * News phrases neither finds: `the same day`, `the year before` (./anaphora.ts),
 * `the beginning of the year`, `the previous year`, `this morning`, `'82`.
 */
const NEWS_PHRASES = [
  /(?<!\b(?:win|won|carry|carried|save|saved|seize|seized) )\b(?:the|that) (?:same |very )?day\b(?!-| (?:before|after|of|when|that|which|in which)\b)/gi,
  /\bthe (?:start|beginning|end|middle) of (?:the|this|last|next) (?:year|month|week)\b/gi,
  /\bthe (?:previous|prior) (?:year|month|week)\b/gi,
  /\b(?:the year (?:previous|before)|a year (?:earlier|before))\b/gi,
  /\b(?:[Tt]his|[Yy]esterday|[Tt]omorrow|[Ll]ast|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) (?:morning|afternoon|evening|night)\b/g,
  /(?<![\w'’])['’]\d\d\b(?!['’]?s\b)/g,
];
/** `October of next year`: the year clause after a month belongs to it. */
const YEAR_CLAUSE = /^ of (?:last|this|next|past|previous|coming) year\b/i;

export function findDateSpans(text: string, analysis: LanguageAnalysis): Span[] {
  const recognised = analysis.mentions.filter((mention) => mention.type === 'DATE').map(({ start, end }) => ({ start, end }));
  const parsed = analysis.sentences.flatMap((sentence) => chronoSpans(text, sentence));
  const phrases = NEWS_PHRASES.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })));
  // The news phrases are the most specific; chrono reads ranges too widely (`11 December --
  // four years`), so its finds only count where the recogniser saw nothing.
  const spans = mergeOverlapping(withoutOverlaps([phrases, recognised, parsed])).map((span) => {
    const clause = YEAR_CLAUSE.exec(text.slice(span.end, span.end + 30));
    return clause ? { start: span.start, end: span.end + clause[0].length } : span;
  });
  // A year clause taken into its month also covers the recogniser's `next year`.
  return mergeOverlapping(spans);
}

function chronoSpans(text: string, sentence: Span): Span[] {
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (!MAY_HOLD_DATE.test(sentenceText)) return [];
  // The instant only orients chrono's guesses; values come from ./date-rules.ts.
  const results = chrono.parse(sentenceText, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 });
  return results
    .filter((result) => DATE_PARTS.some((part) => result.start.isCertain(part)) && !LOWER_CASE_NAME.test(result.text))
    .map((result) => trimSpan(text, { start: sentence.start + result.index, end: sentence.start + result.index + result.text.length }))
    .filter((span): span is Span => span !== null);
}

/** The span without leading prepositions and trailing punctuation; null if nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  const slice = text.slice(span.start, span.end);
  const lead = LEADING_WORDS.exec(slice)?.[0].length ?? 0;
  const trail = /(?:[\s.,;:!?"”)\]-]|\s(?:of|on|in|at|and)\b)*$/i.exec(slice.slice(lead))?.[0].length ?? 0;
  const start = span.start + lead;
  const end = span.end - trail;
  return end > start ? { start, end } : null;
}

/** The spans of every list that overlap none of an earlier list. */
export function withoutOverlaps(lists: ReadonlyArray<readonly Span[]>): Span[] {
  const kept: Span[] = [];
  for (const list of lists) {
    const earlier = [...kept];
    kept.push(...list.filter((span) => !earlier.some((other) => spansOverlap(span, other))));
  }
  return kept;
}

/** Spans sorted by start, overlapping ones replaced by their union. */
export function mergeOverlapping(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}
