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

/** The span of `text` with leading and trailing white space removed, or null when nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end -= 1;
  return start < end ? { start, end } : null;
}

function isWhiteSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0x202f || code === 0x205f || code === 0x1680 || code === 0x2028 || code === 0x2029 || code === 0x85;
}
