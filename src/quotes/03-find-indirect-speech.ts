// Reported speech without quotation marks: the clause a speech verb reports.
//   reportedClause   `Austin said China is engaging …`, `X told reporters that …`: the
//                    verb's complement clause, with the verb's subject as speaker
// A clause that holds or overlaps a quote already found is that quote's.
// `accordingToIn` reads `According to The Associated Press, the ministers said …` for
// ./index.ts: the report's source (`reportedBy`) when the quote has a speaker of its own,
// else its speaker.

import type { Span } from '../document/article.js';
import { spansOverlap } from '../document/span.js';
import { isSpeechVerb, opensAdverbialClause, speakerAt, subjectOf, type Speaker } from './speaker.js';
import type { QuoteView } from './quote-view.js';

export interface ReportedSpeech extends Span {
  readonly speaker: Speaker | null;
  readonly cue: string;
  readonly medium: string | null;
  readonly rule: string;
}

/** Speech verbs that also name other acts (`read a book`, `asked for help`, `posted a photo`): they report speech only with quote marks (as do the judging verbs, `called`, `described`). */
const QUOTE_ONLY_VERBS: ReadonlySet<string> = new Set(['read', 'ask', 'continue', 'post', 'report', 'thank', 'charge', 'counter', 'demand', 'threaten']);
const COMPLEMENT_RELATIONS: ReadonlySet<string> = new Set(['ccomp']);
const MIN_CONTENT_TOKENS = 3;

export function findReportedSpeech(view: QuoteView, taken: readonly Span[]): ReportedSpeech[] {
  const found: ReportedSpeech[] = [];
  for (let verb = 0; verb < view.count; verb++) {
    if (!isSpeechVerb(view, verb) || QUOTE_ONLY_VERBS.has(view.lemma(verb))) continue;
    const complement = view.children(verb).find((child) => COMPLEMENT_RELATIONS.has(view.deprel(child)) && child > verb);
    if (complement === undefined || opensAdverbialClause(view, complement)) continue;
    const { first, end } = view.extent(complement);
    // The clause follows the verb (`said China is …`, `told reporters that …`, `said on NHK's
    // “Morning Report” that …`); a `ccomp` further on with no `that` is a misparse.
    if (first > verb + 4 && view.lower(first) !== 'that') continue;
    let start = Math.max(first, verb + 1);
    while (start < end && (view.lower(start) === 'that' || view.form(start) === ',')) start++;
    let stop = end;
    while (stop > start && view.upos(stop - 1) === 'PUNCT') stop--;
    if (stop - start < MIN_CONTENT_TOKENS) continue;
    const span = { start: view.start(start), end: view.end(stop - 1) };
    if (taken.some((quote) => spansOverlap(quote, span))) continue;
    const subject = subjectOf(view, verb);
    found.push({ ...span, speaker: subject === null ? null : speakerAt(view, subject), cue: view.form(verb), medium: null, rule: 'reportedClause' });
  }
  return found;
}

/** `According to X,` in the sentence of `span`: X, or null. */
export function accordingToIn(view: QuoteView, span: Span): Speaker | null {
  const first = view.tokenAt(span.start);
  if (first < 0) return null;
  for (let t = view.sentenceStart(first); t + 2 < view.sentenceStop(first); t++) {
    if (view.lower(t) === 'according' && view.lower(t + 1) === 'to') return speakerAt(view, t + 2);
  }
  return null;
}
