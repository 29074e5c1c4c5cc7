import { lineKey } from './line-shapes.js';

// The working state of `clean`: the document's blocks, and what the rules have taken
// out of them so far. Rules take a draft and return a new one.

export interface Block {
  /** The block's text with edge white space removed; inner characters untouched. */
  readonly text: string;
  /** `lineKey(text)`: how rules compare blocks, computed once. */
  readonly key: string;
  /** Blank lines before the block in a text dump; HTML blocks count as separated. */
  readonly blankLinesBefore: number;
  /** A `<figcaption>` (or its credit element) in HTML. */
  readonly isFigcaption: boolean;
  /** A credit the markup itself marked (`<figcaption>... <span class="credit">`). */
  readonly markedCredit: string | null;
  /** Text blocks are lines to be grouped into paragraphs; HTML blocks already are paragraphs. */
  readonly isParagraph: boolean;
}

export interface DraftCaption {
  /** The whole caption as printed, credit included. */
  readonly line: string;
  /** End of the caption's own text in `line`, before its credit. */
  readonly textEnd: number;
  /** Offsets of the credit in `line` (without parentheses), or null when it has none. */
  readonly creditStart: number | null;
  readonly creditEnd: number | null;
}

export interface Draft {
  readonly title: string | null;
  /** Text dumps and feed content may open with their headline; a web page states it in its markup. */
  readonly mayTakeHeadlineFromBody: boolean;
  readonly byline: string | null;
  readonly captions: readonly DraftCaption[];
  readonly blocks: readonly Block[];
  readonly warnings: readonly string[];
}

export type CleanRule = (draft: Draft) => Draft;

export function makeBlock(text: string, blankLinesBefore: number, isParagraph: boolean, figcaptionCredit?: string | null): Block {
  return { text, key: lineKey(text), blankLinesBefore, isFigcaption: figcaptionCredit !== undefined, markedCredit: figcaptionCredit ?? null, isParagraph };
}
