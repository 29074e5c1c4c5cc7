// Dates, times, amounts and counts found by rules over token classes.

import type { LexicalAttributes } from '../../language/lexical.js';
import type { TokenSequence } from '../../language/tokens.js';
import { matchCardinal } from './cardinal.js';
import { matchDate } from './date.js';
import { matchMoney } from './money.js';
import { matchPercent } from './percent.js';
import { matchQuantity } from './quantity.js';
import { matchTime } from './time.js';
import { NumericLexicon } from './token-classes.js';

export type NumericLabel = 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL';

export interface NumericSpan {
  readonly start: number;
  readonly end: number;
  readonly label: NumericLabel;
}

type Rule = (classes: Uint32Array, i: number, length: number) => number;

// The first rule that matches at a token wins. DATE and TIME come before the amounts
// because they contain bare numbers (`July 28`, `10:30`); CARDINAL is the fallback.
const RULES: ReadonlyArray<readonly [NumericLabel, Rule]> = [
  ['DATE', matchDate], ['TIME', matchTime], ['MONEY', matchMoney], ['PERCENT', matchPercent],
  ['QUANTITY', matchQuantity], ['CARDINAL', matchCardinal],
];

export class NumericRecognizer {
  private readonly lexicon = new NumericLexicon();
  private classes = new Uint32Array(256);

  /** Numeric mentions in tokens [first, end), global token indices, left to right. */
  recognise(tokens: TokenSequence, lex: LexicalAttributes, first: number, end: number): NumericSpan[] {
    const length = end - first;
    if (length > this.classes.length) this.classes = new Uint32Array(length * 2);
    const classes = this.classes;
    this.lexicon.classify(tokens, lex, first, end, classes);
    const spans: NumericSpan[] = [];
    for (let i = 0; i < length; i++) {
      if (classes[i] === 0) continue;
      for (const [label, rule] of RULES) {
        const matchEnd = rule(classes, i, length);
        if (matchEnd <= i) continue;
        spans.push({ start: first + i, end: first + matchEnd, label });
        i = matchEnd - 1;
        break;
      }
    }
    return spans;
  }
}
