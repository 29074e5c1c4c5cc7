// Person mentions never include the title before the name: `Secretary of State Antony
// Blinken` is a PERSON `Antony Blinken`. The model rarely includes one (CoNLL does not
// tag titles), this rule catches the cases where it does.

import type { LexicalAttributes } from '../language/lexical.js';
import { WordSet, words } from './word-set.js';

export const TITLE_WORDS = words(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady madam
  president vice prime premier chancellor minister secretary ambassador envoy
  gen gen. general col col. colonel lt lt. lieutenant sgt sgt. sergeant capt capt. captain maj maj. major
  adm adm. admiral cmdr cmdr. commander gov gov. governor sen sen. senator rep rep. representative
  congressman congresswoman councillor councilman mayor judge justice attorney
  pope cardinal archbishop bishop rabbi imam rev rev. reverend father sheikh ayatollah
  king queen prince princess emperor empress crown
  chief chairman chairwoman chair ceo director spokesman spokeswoman spokesperson coach
  deputy acting former late foreign defense defence finance interior state foreign-minister
  of the
`);

export class TitleTrimmer {
  private readonly titles = new WordSet(TITLE_WORDS);

  /** The first token of the name once leading title words are dropped (never past the last token). */
  trimStart(lex: LexicalAttributes, start: number, end: number): number {
    let first = start;
    while (first < end - 1 && this.titles.has(lex.lower[first]!)) first++;
    return first;
  }
}
