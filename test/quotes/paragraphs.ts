// Paragraphs of a test text, one per line, as clean gives them to the quote rules.

import type { Span } from '../../src/document/article.js';

export function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}
