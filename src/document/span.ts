import type { Span } from './article.js';

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** True when the span is non-empty and lies inside a text of the given length. */
export function isSpanWithin(span: Span, textLength: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= textLength;
}

/** True when spans are ordered by start and do not overlap. */
export function areSpansOrdered(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i += 1) {
    if (spans[i]!.start < spans[i - 1]!.end) return false;
  }
  return true;
}

/** True when the two spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
