// The quotes stage.
// Reads: `text`, `paragraphs`, the language stage's `analysis` (tokens, lemmas, parse) and
// the resolve stage's `entities` (names, resolved pronouns, described people, groups).
// Adds: `quotes`, each with its span, kind, cue and speaker:
//   01 spans between quotation marks, across paragraphs for a continued quote
//   02 who said each, by which cue, direct or mixed (./02-attribute-quotes.ts)
//   03 reported speech without marks (after 02: a clause that holds a quote is the quote's)
// The source a report cites (`According to The Associated Press, …`) is `reportedBy`. A
// speaker's `he` or `she` that the entity rules left alone and this stage resolves, and a
// relative pronoun that speaks (`Stevie Wonder, who joked …`), become mentions of the
// speaker, as the entity rules' own pronouns are.

import type { Entity, Quote } from '../document/article.js';
import type { Stage } from '../pipeline.js';
import { findQuotedSpans } from './01-find-quote-spans.js';
import { attributeQuotes } from './02-attribute-quotes.js';
import { accordingToIn, findReportedSpeech } from './03-find-indirect-speech.js';
import type { Speaker } from './speaker.js';
import { QuoteView } from './quote-view.js';

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'entities'],
  adds: ['quotes'],
  run(article) {
    const { analysis, text } = article;
    if (!analysis) throw new Error('quotes: the article has no language analysis (the language stage must run first)');
    const view = new QuoteView(text, analysis, article.entities, article.paragraphs);
    const quoted = attributeQuotes(view, findQuotedSpans(text, article.paragraphs));
    const reported = findReportedSpeech(view, quoted);
    const quotes: Quote[] = [
      ...quoted.map((quote) => quoteOf(view, quote, quote.kind)),
      ...reported.map((speech) => quoteOf(view, speech, 'indirect')),
    ].sort((a, b) => a.start - b.start);
    return { ...article, entities: withResolvedPronouns(view), quotes };
  },
};

/** The entities with the speakers' pronouns this stage resolved as their mentions (a resolved pronoun is a mention of its entity). */
function withResolvedPronouns(view: QuoteView): Entity[] {
  if (view.resolvedPronouns.size === 0) return [...view.entities];
  return view.entities.map((entity) => {
    const added = [...view.resolvedPronouns].filter(([, person]) => person === entity)
      .map(([token]) => ({ start: view.start(token), end: view.end(token), text: view.form(token), kind: 'pronoun' as const }));
    return added.length === 0 ? entity : { ...entity, mentions: [...entity.mentions, ...added].sort((a, b) => a.start - b.start) };
  });
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly speaker: Speaker | null;
  readonly cue: string | null;
  readonly medium: string | null;
  readonly rule: string;
}

function quoteOf(view: QuoteView, found: Found, kind: Quote['kind']): Quote {
  const according = accordingToIn(view, found);
  const speaker = found.speaker ?? (found.cue === null ? null : according);
  const reportedBy = according !== null && according !== speaker && speaker !== null && according.name !== speaker.name ? according : null;
  return {
    text: view.text.slice(found.start, found.end),
    start: found.start,
    end: found.end,
    kind,
    speaker: speaker?.entity?.id ?? null,
    speakerName: speaker?.name ?? null,
    cue: found.cue,
    speakerKind: speaker?.kind ?? null,
    medium: found.medium,
    reportedBy: reportedBy && { entity: reportedBy.entity?.id ?? null, name: reportedBy.name },
    rule: found.rule,
  };
}
