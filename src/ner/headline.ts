// Headlines, in capitals (`SOCCER - JAPAN GET LUCKY WIN`) or in title case (`Landmine
// Victims Gather to Protest US Decision`), where a capital letter says little about
// names. The features read the word then by its identity rather than its case.

import { FLAG_ALL_PUNCT, FLAG_ALL_UPPER, FLAG_HAS_DIGIT, FLAG_UPPER_INITIAL, type LexicalAttributes } from '../language/lexical.js';
import { WordSet, words } from './word-set.js';

// Short words a title-case headline leaves in lower case.
export const HEADLINE_LOWER_WORDS = words(`a an the of in on at to for from by with and or but as vs vs. via into onto over
  after before amid against about than per nor so yet up off out`);

export class HeadlineDetector {
  private readonly lowerWords = new WordSet(HEADLINE_LOWER_WORDS);

  /**
   * In capitals: more than half of the cased words are all capitals. In title case: at
   * least three capitalised words and no other word in lower case.
   */
  isHeadline(lex: LexicalAttributes, first: number, end: number): boolean {
    let cased = 0;
    let caps = 0;
    let capitalised = 0;
    let lowerContent = 0;
    for (let k = first; k < end; k++) {
      const flags = lex.flags[k]!;
      const isUpper = (flags & (FLAG_UPPER_INITIAL | FLAG_ALL_UPPER)) !== 0;
      if (isUpper || lex.lower[k] !== lex.form[k]) cased++;
      if ((flags & FLAG_ALL_UPPER) !== 0) caps++;
      if ((flags & FLAG_UPPER_INITIAL) !== 0) capitalised++;
      else if (isLowerWord(lex, k) && !this.lowerWords.has(lex.lower[k]!)) lowerContent++;
    }
    return (cased >= 2 && caps * 2 > cased) || (capitalised >= 3 && lowerContent === 0);
  }
}

/** A word without capitals (punctuation and numbers are not words here). */
function isLowerWord(lex: LexicalAttributes, k: number): boolean {
  return lex.form[k] === lex.lower[k] && (lex.flags[k]! & (FLAG_ALL_PUNCT | FLAG_HAS_DIGIT)) === 0;
}
