// Spans between quotation marks (src/quotes/01-find-quote-spans.ts): marks of every kind,
// direction from the characters beside them, continued quotes over paragraphs.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../src/quotes/01-find-quote-spans.js';
import { paragraphsOf } from './paragraphs.js';


function contents(text: string): string[] {
  return findQuotedSpans(text, paragraphsOf(text)).map((quote) => text.slice(quote.contentStart, quote.contentEnd));
}

describe('findQuotedSpans', () => {
  it.each([
    ['curly marks', '“We are tired,” he said.', ['We are tired,']],
    ['straight marks', '"We are tired," he said.', ['We are tired,']],
    ['a mismatched pair: curly opening, straight closing', '“shaken to the core," Kamikawa said.', ['shaken to the core,']],
    ['a straight opening and a curly closing', '"Now is a critical phase.” She left.', ['Now is a critical phase.']],
    ['doubled single marks', "He called it ''unfair'' and left.", ['unfair']],
    ['doubled acute accents', 'He called it ´´unfair´´ and left.', ['unfair']],
    ['low-high German marks', 'Er sagte „nein“ dazu.', ['nein']],
    ['guillemets', 'Il a dit « non » hier.', [' non ']],
    ['a quote inside the quote, in single marks', '"He told me \'never\' again," she said.', ["He told me 'never' again,"]],
    ['two quotes in one sentence', 'He said China “seeks to reshape” and that “such behavior is a concern.”', ['seeks to reshape', 'such behavior is a concern.']],
    ['a quote inside the quote, in double marks, when a later mark closes the outer one', '“I’d rather live in what he calls “hell” than here.” ― Ana Ruiz', ['I’d rather live in what he calls “hell” than here.']],
    ['an opening mark left unclosed, with no later mark to close the outer quote', '“We are tired of “war” he said.', ['We are tired of “war']],
  ])('reads %s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it('gives offsets of the marks and of the words inside them', () => {
    expect(findQuotedSpans('He said “no” twice.', [{ start: 0, end: 19 }])).toEqual([{ start: 8, end: 12, contentStart: 9, contentEnd: 11, isClosed: true, paragraphCount: 1 }]);
  });

  it('continues a quote over paragraphs that each open with a mark, until one closes', () => {
    const text = '"Every landmine planted is a child.\n\n"I am here to say we don\'t want any more victims."\n\nThe treaty holds.';
    const [quote, ...rest] = findQuotedSpans(text, paragraphsOf(text));
    expect(rest).toEqual([]);
    expect(quote).toMatchObject({ start: 0, end: 87, isClosed: true, paragraphCount: 2 });
    expect(text.slice(quote!.contentStart, quote!.contentEnd)).toBe('Every landmine planted is a child.\n\n"I am here to say we don\'t want any more victims.');
  });

  it('ends an unclosed quote with its paragraph when the next one does not open with a mark', () => {
    const text = '"We are tired, he said.\n\nThe treaty holds.';
    expect(findQuotedSpans(text, paragraphsOf(text))).toEqual([{ start: 0, end: 23, contentStart: 1, contentEnd: 23, isClosed: false, paragraphCount: 1 }]);
  });

  it.each([
    ['an apostrophe between letters', 'These weapons have no place in today´s warfare.'],
    ['possessives and contractions', "Kyiv's delegation didn't come, and the Joneses' dog won't either."],
    ['inches and seconds after numbers', 'A 12" pipe and a 5″ gap.'],
    ['a lone mark', 'He said " and nothing else'],
  ])('finds no quote in %s', (_name, text) => {
    expect(contents(text)).toEqual([]);
  });

  it('keeps every span inside the text, marks included, in order and apart, whatever the characters (property)', () => {
    const pieces = fc.constantFrom('"', '“', '”', "'", '’', '´', '«', '»', ' ', 'a', 'word', ',', '.', '\n', '\n\n');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const quotes = findQuotedSpans(text, paragraphsOf(text));
      let previousEnd = 0;
      for (const quote of quotes) {
        expect(quote.start).toBeGreaterThanOrEqual(previousEnd);
        expect(quote.start).toBeLessThan(quote.contentStart);
        expect(quote.contentStart).toBeLessThan(quote.contentEnd);
        expect(quote.contentEnd).toBeLessThanOrEqual(quote.end);
        expect(quote.end).toBeLessThanOrEqual(text.length);
        previousEnd = quote.end;
      }
    }));
  });
});
