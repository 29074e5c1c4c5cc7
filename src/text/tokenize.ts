// One pass over a block with charCodeAt: skip whitespace, then scan a URL, a word or
// number, or a symbol, each pushing its tokens straight into the shared TokenBuffer.

import { isCloser, isQuote, isSpace, isWordChar } from './char-classes.js';
import { scanSymbol } from './scan-symbol.js';
import { createWordScan, scanWord } from './scan-word.js';
import type { TokenBuffer } from './token-buffer.js';

/** Appends the tokens of text[start, end) to `out`. */
export function tokenizeRange(text: string, start: number, end: number, out: TokenBuffer): void {
  const scan = createWordScan(text, end, out);
  let p = start;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (isSpace(c)) {
      p += 1;
    } else if (isWordChar(c)) {
      const urlEnd = findUrlEnd(text, p, end);
      if (urlEnd > 0) {
        out.push(p, urlEnd);
        p = urlEnd;
      } else {
        p = scanWord(scan, p, p);
      }
    } else {
      p = scanSymbol(scan, p);
    }
  }
}

/**
 * End of a URL starting at `p` (`http://`, `https://` or `www.`), or -1. A URL runs to
 * whitespace or a quote mark, and gives back trailing sentence punctuation
 * (`see https://example.com/a?b=c.`), keeping a `)` it opened itself (Wikipedia links).
 */
function findUrlEnd(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  let bodyStart: number;
  if (c === 104 && text.startsWith('http', p)) {
    if (text.startsWith('://', p + 4)) bodyStart = p + 7;
    else if (text.startsWith('s://', p + 4)) bodyStart = p + 8;
    else return -1;
  } else if (c === 119 && text.startsWith('www.', p)) {
    bodyStart = p + 4;
  } else {
    return -1;
  }
  let q = bodyStart;
  // Parentheses opened minus closed: a trailing `)` the URL did not open is the sentence's.
  let balance = 0;
  while (q < end) {
    const d = text.charCodeAt(q);
    if (isSpace(d) || isQuote(d) || d === 60 || d === 62) break;
    if (d === 40) balance += 1;
    else if (d === 41) balance -= 1;
    q += 1;
  }
  while (q > bodyStart && isTrailingPunctuation(text.charCodeAt(q - 1), balance)) {
    if (text.charCodeAt(q - 1) === 41) balance += 1;
    q -= 1;
  }
  return q > bodyStart && isWordChar(text.charCodeAt(bodyStart)) ? q : -1;
}

function isTrailingPunctuation(c: number, balance: number): boolean {
  if (c === 41) return balance < 0;
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || (isCloser(c) && c !== 41);
}
