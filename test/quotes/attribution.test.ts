// Who said each quote, by which cue, direct, mixed or reported (src/quotes), over the
// shipped language models and the fictional world's actor dictionaries. One paragraph per
// line of each text.

import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/document/article.js';
import { findQuotedSpans } from '../../src/quotes/01-find-quote-spans.js';
import { paragraphsOf } from './paragraphs.js';
import { attributeQuotes } from '../../src/quotes/02-attribute-quotes.js';
import { findReportedSpeech } from '../../src/quotes/03-find-indirect-speech.js';
import { QuoteView } from '../../src/quotes/quote-view.js';
import { resolveEntities } from '../../src/resolve/entities/index.js';
import { analyseForTest, worldActorDictionary } from '../resolve/world-actors.js';

const dictionary = worldActorDictionary();


/** Each quote as `kind speaker|cue|rule: text`, in text order. */
function quotesOf(text: string): string[] {
  const analysis = analyseForTest(text);
  const entities = resolveEntities({ text, analysis, date: '2024-07-28' }, dictionary);
  const view = new QuoteView(text, analysis, entities, paragraphsOf(text));
  const quoted = attributeQuotes(view, findQuotedSpans(text, view.paragraphs));
  const reported = findReportedSpeech(view, quoted).map((speech) => ({ ...speech, kind: 'indirect' as Quote['kind'] }));
  return [...quoted, ...reported].sort((a, b) => a.start - b.start)
    .map((quote) => `${quote.kind} ${quote.speaker?.name ?? '-'}|${quote.cue ?? '-'}|${quote.rule}: ${text.slice(quote.start, quote.end)}`);
}

describe('direct quotes and their speakers', () => {
  it('reads the speaker after the closing mark, and gives the part after the attribution to the same speaker (speakerAfterClosingQuote, brokenQuote)', () => {
    expect(quotesOf('“We are standing at a historic turning point," Yoko Kamikawa said. "Now is a critical phase for us.”')).toEqual([
      'direct Yoko Kamikawa|said|speakerAfterClosingQuote: We are standing at a historic turning point,',
      'direct Yoko Kamikawa|-|brokenQuote: Now is a critical phase for us.',
    ]);
  });

  it('reads an inverted attribution with an apposition, and a resolved pronoun as the speaker (speakerAfterClosingQuote)', () => {
    expect(quotesOf('"The weapons have no place in warfare today," said Tamar Gabelnick, director of the campaign.\n"They must go," she told AFP.')).toEqual([
      'direct Tamar Gabelnick|said|speakerAfterClosingQuote: The weapons have no place in warfare today,',
      'direct Tamar Gabelnick|told|speakerAfterClosingQuote: They must go,',
    ]);
  });

  it('reads the speaker before a colon (speakerBeforeOpeningQuote)', () => {
    expect(quotesOf('Lloyd Austin said: "China is engaging in coercive behavior."')).toEqual(['direct Lloyd Austin|said|speakerBeforeOpeningQuote: China is engaging in coercive behavior.']);
  });

  it('gives a paragraph that opens with an unattributed quote to the last speaker of the paragraph before (continuedParagraph)', () => {
    expect(quotesOf('"We are tired of this war," Alex Munyambabazi told AFP.\n"Every landmine planted is a child."')).toEqual([
      'direct Alex Munyambabazi|told|speakerAfterClosingQuote: We are tired of this war,',
      'direct Alex Munyambabazi|-|continuedParagraph: Every landmine planted is a child.',
    ]);
  });

  it('records a placard as the source, not a person', () => {
    expect(quotesOf('"Look what landmines will do to your people," read one placard held by two victims.')).toEqual(['direct one placard|read|speakerAfterClosingQuote: Look what landmines will do to your people,']);
  });
});

describe('mixed quotes and reported speech', () => {
  it('makes a quote inside a reported clause a mixed quote of the clause (cueBeforeInSentence)', () => {
    expect(quotesOf('Alex Munyambabazi said he "condemned" the decision by the US.')).toEqual(['mixed Alex Munyambabazi|said|cueBeforeInSentence: he "condemned" the decision by the US']);
  });

  it('reads a verb that judges in words as the cue of the quote in its clause (JUDGING_VERBS)', () => {
    expect(quotesOf('Tamar Gabelnick called the decision "a betrayal of the victims."')).toEqual(['mixed Tamar Gabelnick|called|cueBeforeInSentence: the decision "a betrayal of the victims."']);
  });

  it('runs a mixed quote to the end of the clause that holds it, not to its closing mark (clauseEnd)', () => {
    expect(quotesOf('Alex Munyambabazi urged the delegates to "ban these weapons" before the next summit.')).toEqual(['mixed Alex Munyambabazi|urged|cueBeforeInSentence: to "ban these weapons" before the next summit']);
  });

  it('runs a mixed quote with no reported clause from the verb to the end of its dependent that holds the quote (childHolding)', () => {
    expect(quotesOf('Tamar Gabelnick called the decision "a betrayal" of the victims in Uganda.')).toEqual(['mixed Tamar Gabelnick|called|cueBeforeInSentence: the decision "a betrayal" of the victims in Uganda']);
  });

  it('gives a quote inside the clause of an outer cue to the outer speaker (outermostCue)', () => {
    // The parse hangs `anybody …` on `said`, so the clause starts at the quote.
    expect(quotesOf('Lloyd Austin said anybody who complains about the treaty "is not serious about peace."')).toEqual(['mixed Lloyd Austin|said|cueBeforeInSentence: is not serious about peace."']);
  });

  it('reads reported speech without marks as indirect (reportedClause)', () => {
    expect(quotesOf('Lloyd Austin said China is changing the status quo in the region.')).toEqual(['indirect Lloyd Austin|said|reportedClause: China is changing the status quo in the region']);
  });
});

describe('quote marks that are not speech', () => {
  it.each([
    ['a term after `known as`', 'The ministers met in Tokyo, known as “2+2” talks, on Sunday.'],
    ['a title after a naming word', 'He read the book “War and Peace” on the flight.'],
    ['a short quoted phrase with no cue in its sentence', 'The ministers reaffirmed the US commitment to “extended deterrence.”'],
    ['a name given by a naming verb with no subject of its own', 'A group called “Mothers Against Landmines” marched in Kampala.'],
  ])('finds no quote in %s', (_name, text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it('gives no speaker to a quoted sentence no cue reaches (unattributed)', () => {
    expect(quotesOf('The treaty holds.\n"Nobody wants these weapons in the world any more."')).toEqual(['direct -|-|unattributed: Nobody wants these weapons in the world any more.']);
  });
});
