// From a character span to the tokens of the language analysis under it.

import type { LanguageAnalysis } from '../../document/analysis.js';
import type { Span } from '../../document/article.js';

/** The span's token whose head lies outside it (the first such), or -1 when no token starts inside. */
export function headTokenOf(analysis: LanguageAnalysis, span: Span): number {
  let first = -1;
  for (let token = firstTokenFrom(analysis, span.start); token < analysis.tokenCount && analysis.starts[token]! < span.end; token++) {
    if (first < 0) first = token;
    const head = analysis.heads[token]!;
    if (head < 0 || analysis.starts[head]! < span.start || analysis.starts[head]! >= span.end) return token;
  }
  return first;
}

/** The first token that ends after the offset (binary search over the token ends). */
function firstTokenFrom(analysis: LanguageAnalysis, offset: number): number {
  let low = 0;
  let high = analysis.tokenCount;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (analysis.ends[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
