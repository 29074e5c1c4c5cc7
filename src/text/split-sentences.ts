// Splits one block's tokens into sentences. Conventions, chosen for news copy:
//
// - A sentence ends at `.` `?` `!` `…` (or `...`), taking with it the closing quotes and
//   brackets written right after the mark (`future.”`, `said.)`), when the next token
//   does not start with a lower-case letter or continuing punctuation (`,` `;` `:` `)` `%`).
//   So `…the core," Kamikawa said.` has no break after `core,"` (a comma, not an end),
//   `…our future.” Austin said` breaks after `”`, and `"Why?" he asked` does not break.
// - A sentence break inside a quote counts like any other: `"We are tired. We don't…"`
//   is two sentences, `"We are tired.` and `We don't … he told AFP.`.
// - After an abbreviation that keeps its period (`U.S.`, `Inc.`, `J.`, `a.m.`), a
//   sentence ends only when a closed-class sentence starter follows (`… the U.S. The
//   next …`) or an opening quote does, also past closing marks (`Sony (U.K.) Ltd` stays
//   whole); a title (`Gen.`, `Dr.`) never ends one. So `U.S. Forces`, `Lloyd J.
//   Austin`, `10 p.m. Tuesday` and `the U.S. command` stay whole.
// - `:` and `;` never split, and a block without a final mark is one sentence (headlines).

import { findAbbreviation } from './abbreviations.js';
import { isCloser, isLower, isTerminal } from './char-classes.js';
import type { SentenceRange } from './index.js';
import { isSentenceStarter } from './sentence-starters.js';
import type { TokenBuffer } from './token-buffer.js';

type Ending = 'none' | 'mark' | 'abbreviation';

/** Appends the sentences of tokens [first, end) to `out`; every token lands in exactly one. */
export function splitSentences(text: string, tokens: TokenBuffer, first: number, end: number, out: SentenceRange[]): void {
  let sentenceFirst = first;
  let i = first;
  while (i < end) {
    const ending = classifyEnding(text, tokens, i);
    if (ending === 'none') {
      i += 1;
      continue;
    }
    const next = skipAttachedClosers(text, tokens, i + 1, end);
    const isBreak =
      next < end && (ending === 'abbreviation' ? startsAfterAbbreviation(text, tokens, i, next) : startsSentence(text, tokens, next));
    if (isBreak) {
      out.push(sentenceOf(tokens, sentenceFirst, next));
      sentenceFirst = next;
    }
    i = next;
  }
  if (sentenceFirst < end) out.push(sentenceOf(tokens, sentenceFirst, end));
}

function sentenceOf(tokens: TokenBuffer, firstToken: number, endToken: number): SentenceRange {
  return { start: tokens.startOf(firstToken), end: tokens.endOf(endToken - 1), firstToken, endToken };
}

/** `mark` for a run of final marks (`.`, `?!`, `…`), `abbreviation` for a word that kept its period. */
function classifyEnding(text: string, tokens: TokenBuffer, i: number): Ending {
  const start = tokens.startOf(i);
  const end = tokens.endOf(i);
  const last = text.charCodeAt(end - 1);
  if (!isTerminal(last)) return 'none';
  if (isTerminal(text.charCodeAt(start))) return 'mark';
  return last === 46 ? 'abbreviation' : 'none';
}

/** Skips final marks and closing quotes or brackets written with no space after the mark. */
function skipAttachedClosers(text: string, tokens: TokenBuffer, from: number, end: number): number {
  let j = from;
  while (j < end && tokens.startOf(j) === tokens.endOf(j - 1)) {
    // Whole-mark tokens only: `”` and `?` close, a clitic `'s` (`Inc.'s`) does not.
    const c = text.charCodeAt(tokens.startOf(j));
    const last = text.charCodeAt(tokens.endOf(j) - 1);
    if (!(isCloser(c) || isTerminal(c)) || !(isCloser(last) || isTerminal(last))) break;
    j += 1;
  }
  return j;
}

function startsSentence(text: string, tokens: TokenBuffer, next: number): boolean {
  const c = text.charCodeAt(tokens.startOf(next));
  if (isLower(c)) return false;
  // , ; : ) ] } % continue the sentence (`(the 7.2 p.c.), …` or a stray `. ,`).
  return c !== 44 && c !== 59 && c !== 58 && c !== 41 && c !== 93 && c !== 125 && c !== 37;
}

/** After `U.S.`, `Inc.` or `J.`: break before a sentence starter or an opening quote, never after a title. */
function startsAfterAbbreviation(text: string, tokens: TokenBuffer, i: number, next: number): boolean {
  const start = tokens.startOf(i);
  const end = tokens.endOf(i);
  if (end - start <= 7 && findAbbreviation(text.slice(start, end - 1)) === 'title') return false;
  const nextStart = tokens.startOf(next);
  const nextEnd = tokens.endOf(next);
  const c = text.charCodeAt(nextStart);
  if (c === 0x201c || c === 34 || c === 0x2018 || c === 0xab) return true;
  if (!(c >= 65 && c <= 90) || nextEnd - nextStart > 10) return false;
  return isSentenceStarter(text.slice(nextStart, nextEnd));
}
