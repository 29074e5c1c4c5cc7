// Lays the cleaned parts out as the article's final `text` (headline, captions, body
// paragraphs, each separated by a blank line) and records every part as a span of it.

import { makeArticleId, makeSourceKey } from '../document/article-id.js';
import type { Article, ArticleSource, Caption, Dateline, ReferenceDate, Span } from '../document/article.js';
import { findCalendarDates } from './calendar.js';
import type { DraftCaption } from './draft.js';
import { findDateline } from './find-dateline.js';

export interface ComposeInput {
  readonly source: ArticleSource;
  readonly title: string | null;
  readonly captions: readonly DraftCaption[];
  readonly paragraphs: readonly string[];
  readonly publishedAt: string | null;
  readonly byline: string | null;
  readonly warnings: readonly string[];
}

const separator = '\n\n';

export function composeArticle(input: ComposeInput): Article {
  const parts: string[] = [];
  let length = 0;
  const place = (part: string): number => {
    if (parts.length > 0) length += separator.length;
    const start = length;
    parts.push(part);
    length += part.length;
    return start;
  };
  const titleStart = input.title ? place(input.title) : null;
  const captions = input.captions.map((caption) => placeCaption(caption, place(caption.line)));
  const paragraphs: Span[] = input.paragraphs.map((paragraph) => {
    const start = place(paragraph);
    return { start, end: start + paragraph.length };
  });
  const text = parts.join(separator);
  const dateline = readDateline(text, paragraphs);
  return {
    id: makeArticleId(makeSourceKey(input.source), text),
    source: input.source,
    title: input.title ?? '',
    publishedAt: input.publishedAt,
    text,
    captions,
    paragraphs,
    sentences: [],
    entities: [],
    places: [],
    dates: [],
    amounts: [],
    quotes: [],
    events: [],
    titleSpan: titleStart === null || !input.title ? null : { start: titleStart, end: titleStart + input.title.length },
    byline: input.byline,
    dateline,
    referenceDates: findReferenceDates(text, captions, dateline),
    analysis: null,
    layers: ['text', 'captions', 'paragraphs'],
    warnings: input.warnings,
  };
}

function placeCaption(caption: DraftCaption, lineStart: number): Caption {
  const hasCredit = caption.creditStart !== null && caption.creditEnd !== null;
  // A line that is all credit (`REUTERS/Jane Doe` alone) keeps the credit as its text.
  const text = caption.textEnd > 0 ? caption.line.slice(0, caption.textEnd) : caption.line;
  return {
    text,
    start: lineStart,
    end: lineStart + text.length,
    credit: hasCredit ? caption.line.slice(caption.creditStart!, caption.creditEnd!) : null,
    creditSpan: hasCredit ? { start: lineStart + caption.creditStart!, end: lineStart + caption.creditEnd! } : null,
  };
}

/** A standfirst may come before the lead, so the dateline is looked for in the first few paragraphs. */
const datelineReach = 3;

function readDateline(text: string, paragraphs: readonly Span[]): Dateline | null {
  for (const paragraph of paragraphs.slice(0, datelineReach)) {
    const found = findDateline(text.slice(paragraph.start, paragraph.end));
    if (found) return { start: paragraph.start, end: paragraph.start + found.end, place: found.place, agency: found.agency, dateText: found.dateText };
  }
  return null;
}

/** Complete dates printed in captions and the dateline: the reference for relative dates when metadata has none. */
function findReferenceDates(text: string, captions: readonly Caption[], dateline: Dateline | null): ReferenceDate[] {
  const found: ReferenceDate[] = [];
  const scan = (span: Span, from: ReferenceDate['from']): void => {
    for (const date of findCalendarDates(text.slice(span.start, span.end))) {
      found.push({ text: date.text, value: date.value, start: span.start + date.start, end: span.start + date.end, from });
    }
  };
  if (dateline) scan(dateline, 'dateline');
  for (const caption of captions) scan(caption, 'caption');
  return found.sort((a, b) => a.start - b.start);
}
