// Attachment scores as in the CoNLL 2018 shared task: punctuation included, LAS on
// the universal part of the relation (before ':'); the full-label LAS is reported too.

import type { Parser } from './parser.js';
import type { TreebankSentence } from './treebank.js';

export interface AttachmentScores {
  readonly uas: number;
  readonly las: number;
  readonly lasFull: number;
  readonly words: number;
  /** Words per second of parse() alone (tags and lexical attributes precomputed). */
  readonly parseWordsPerSecond: number;
}

export function scoreParser(parser: Parser, sentences: readonly TreebankSentence[]): AttachmentScores {
  let words = 0;
  let headHits = 0;
  let labelHits = 0;
  let fullHits = 0;
  let elapsed = 0;
  const universal = parser.relations.map((relation) => relation.split(':')[0]!);
  for (const sentence of sentences) {
    const n = sentence.heads.length;
    const heads = new Int32Array(n);
    const labels = new Uint8Array(n);
    const started = performance.now();
    parser.parse(sentence.tokens, sentence.lexical, 0, n, sentence.upos, sentence.xpos, heads, labels);
    elapsed += performance.now() - started;
    for (let i = 0; i < n; i++) {
      const gold = sentence.heads[i] === n ? -1 : sentence.heads[i]!;
      if (heads[i] !== gold) continue;
      headHits++;
      const relation = sentence.relations[i]!;
      if (universal[labels[i]!] === relation.split(':')[0]) labelHits++;
      if (parser.relations[labels[i]!] === relation) fullHits++;
    }
    words += n;
  }
  const percent = (hits: number): number => Math.round((10000 * hits) / words) / 100;
  return { uas: percent(headHits), las: percent(labelHits), lasFull: percent(fullHits), words, parseWordsPerSecond: Math.round(words / (elapsed / 1000)) };
}
