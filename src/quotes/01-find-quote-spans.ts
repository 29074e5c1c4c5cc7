// Spans between quotation marks, read the way news prints them:
//   marks         straight and curly double marks, `„` and `«»`, and doubled single
//                 marks (`''unfair''`, ``` ``so'' ```, `´´`); a single mark is an
//                 apostrophe or a quote inside the quote, never the outer one
//   direction     from the characters beside the mark, not its glyph, so that a
//                 mismatched pair (`“….\"`) or a reversed curly mark still pairs up
//   paragraphs    a quote left open at a paragraph's end goes on when the next paragraph
//                 opens with a mark (the continued quote of several paragraphs; only the
//                 last one closes); else it ends with its paragraph
// Quotes inside the quote stay inside it, in single marks or, when a later mark closes the
// outer quote, in double ones.

import type { Span } from '../document/article.js';

export interface QuotedSpan extends Span {
  /** The characters inside the marks: `start`/`end` include the outer marks. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** Whether a closing mark ends it (not the end of its paragraph). */
  readonly isClosed: boolean;
  /** How many paragraphs it runs over (2 or more for a continued quote). */
  readonly paragraphCount: number;
}

const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‟', '″']);
const SINGLE_MARKS = new Set(["'", '‘', '’', '`', '´']);
/** Characters after which a mark opens a quote: nothing, space, an opening bracket, a dash. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/:;]/u;
/** Characters before which a mark closes a quote: nothing, space, punctuation. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}\u2014\u2013\-…]/u;

/** Whether a token is made of quotation marks only (double, single or doubled single). */
export function isQuoteMark(form: string): boolean {
  return form.length > 0 && [...form].every((character) => DOUBLE_MARKS.has(character) || SINGLE_MARKS.has(character));
}

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
}

export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const quotes: QuotedSpan[] = [];
  let open: { mark: Mark; paragraphCount: number } | null = null;
  paragraphs.forEach((paragraph, index) => {
    const marks = marksIn(text, paragraph);
    let first = 0;
    if (open !== null) {
      // A continued quote: this paragraph must open with a mark, else the quote ended with the last one.
      const opening = marks[0];
      if (opening && opening.start === firstCharacter(text, paragraph) && opening.canOpen) {
        open = { mark: open.mark, paragraphCount: open.paragraphCount + 1 };
        first = 1;
      } else {
        quotes.push(unclosed(text, open.mark, paragraphs[index - 1]!, open.paragraphCount));
        open = null;
      }
    }
    for (let k = first; k < marks.length; k++) {
      const mark = marks[k]!;
      if (open === null) {
        if (mark.canOpen) open = { mark, paragraphCount: 1 };
      } else if (mark.canOpen && !mark.canClose) {
        // `“… what he calls “hell” than live …”`: a quote inside the quote in double marks.
        const innerClose = nestedQuoteEnd(marks, k);
        if (innerClose > k) k = innerClose;
      } else if (mark.canClose) {
        quotes.push({ start: open.mark.start, end: mark.end, contentStart: open.mark.end, contentEnd: mark.start, isClosed: true, paragraphCount: open.paragraphCount });
        open = null;
      }
    }
    const isLast = index === paragraphs.length - 1;
    if (open !== null && (isLast || !opensWithMark(text, paragraphs[index + 1]!))) {
      quotes.push(unclosed(text, open.mark, paragraph, open.paragraphCount));
      open = null;
    }
  });
  return quotes.filter((quote) => quote.contentEnd > quote.contentStart);
}

/**
 * Where a quote opened inside an open quote closes (the index of its closing mark), when a
 * mark after that closes the outer one before any other quote opens; else -1 (an outer
 * quote left unclosed by mistake stays short rather than swallowing the paragraph).
 */
function nestedQuoteEnd(marks: readonly Mark[], opening: number): number {
  let inner = opening + 1;
  while (inner < marks.length && !marks[inner]!.canClose) inner++;
  for (let k = inner + 1; k < marks.length; k++) {
    if (marks[k]!.canClose) return inner;
    if (marks[k]!.canOpen) return -1;
  }
  return -1;
}

function unclosed(text: string, mark: Mark, paragraph: Span, paragraphCount: number): QuotedSpan {
  let end = paragraph.end;
  while (end > mark.end && /\s/u.test(text[end - 1]!)) end--;
  return { start: mark.start, end, contentStart: mark.end, contentEnd: end, isClosed: false, paragraphCount };
}

function firstCharacter(text: string, paragraph: Span): number {
  let k = paragraph.start;
  while (k < paragraph.end && /\s/u.test(text[k]!)) k++;
  return k;
}

function opensWithMark(text: string, paragraph: Span): boolean {
  const first = marksIn(text, { start: firstCharacter(text, paragraph), end: Math.min(paragraph.end, firstCharacter(text, paragraph) + 2) })[0];
  return first !== undefined && first.start === firstCharacter(text, paragraph) && first.canOpen;
}

/** The double quotation marks of a paragraph, with which way each may face. */
function marksIn(text: string, span: Span): Mark[] {
  const marks: Mark[] = [];
  for (let k = span.start; k < span.end; k++) {
    const character = text[k]!;
    let end = k + 1;
    if (!DOUBLE_MARKS.has(character)) {
      // Two single marks in a row stand for a double one (`''unfair''`, `´´`).
      if (!SINGLE_MARKS.has(character) || k + 1 >= span.end || !SINGLE_MARKS.has(text[k + 1]!)) continue;
      end = k + 2;
    }
    const before = k > span.start ? text[k - 1]! : ' ';
    const after = end < span.end ? text[end]! : ' ';
    const canOpen = OPENS_AFTER.test(before) && !/\s/u.test(after);
    const canClose = !/\s/u.test(before) && (CLOSES_BEFORE.test(after) || DOUBLE_MARKS.has(after) || SINGLE_MARKS.has(after));
    // A curly mark between two spaces, or glued on both sides, faces the way its glyph
    // does; a straight one there is a stray.
    const byGlyph = !canOpen && !canClose;
    marks.push({ start: k, end, canOpen: canOpen || (byGlyph && '“„«‟'.includes(character)), canClose: canClose || (byGlyph && '”»″'.includes(character)) });
    k = end - 1;
  }
  return marks;
}
