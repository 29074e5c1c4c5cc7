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


/** The quote rules' view of a text: its analysis and resolved entities, a paragraph per line. */
function viewOf(text: string): QuoteView {
  const analysis = analyseForTest(text);
  const entities = resolveEntities({ text, analysis, date: '2024-07-28' }, dictionary);
  return new QuoteView(text, analysis, entities, paragraphsOf(text));
}

/** Each quote as `kind speaker|cue|rule: text`, in text order. */
function quotesOf(text: string): string[] {
  const view = viewOf(text);
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

describe('speakers the parse places badly', () => {
  it('takes the name, not the title, when the parse makes both the subject (subjectOf)', () => {
    expect(quotesOf('"The talks went well," said NHK host Yoko Kamikawa.')).toEqual(['direct Yoko Kamikawa|said|speakerAfterClosingQuote: The talks went well,']);
  });

  it('reads the attribution of a question the splitter cut into a sentence of its own (speakerAfterClosingQuote)', () => {
    expect(quotesOf('“Does anybody know what the plan of the ministry is?” Kishida asked. “Neither do I.”')).toEqual([
      'direct Kishida|asked|speakerAfterClosingQuote: Does anybody know what the plan of the ministry is?',
      'direct Kishida|-|brokenQuote: Neither do I.',
    ]);
  });

  it('takes a subject of any length the parse gives the cue, and steps over a participle inside it (speakerAfterClosingQuote)', () => {
    expect(quotesOf('“It is an invasion of the regional domain,” Tamar Gabelnick, the director of the campaign, one of the groups suing the government, said at an event this month.'))
      .toEqual(['direct Tamar Gabelnick|said|speakerAfterClosingQuote: It is an invasion of the regional domain,']);
  });

  it('does not take a time clause after the cue for what was said (opensAdverbialClause)', () => {
    expect(quotesOf('"We are not going to follow a script to show that we are all united," Yoko Kamikawa said after the meeting broke up.'))
      .toEqual(['direct Yoko Kamikawa|said|speakerAfterClosingQuote: We are not going to follow a script to show that we are all united,']);
  });

  it('takes the noun a cue verb was hung on for its subject (subjectOf)', () => {
    expect(quotesOf('Tamar Gabelnick, a researcher who attended the session, recalled, "Out of nowhere, he said that all bets are off."'))
      .toEqual(['direct Tamar Gabelnick|recalled|speakerBeforeOpeningQuote: Out of nowhere, he said that all bets are off.']);
  });

  it('gives a participle on a time to the subject of its clause, and one on a statement to its issuer (nounOfParticiple)', () => {
    expect(quotesOf('Lloyd Austin posted tweets early Friday saying that Beijing "must stop the drills."')).toEqual(['mixed Lloyd Austin|saying|cueBeforeInSentence: Beijing "must stop the drills."']);
    expect(quotesOf('The Security Council issued a statement calling the test "a clear violation" of the treaty.')).toEqual(['mixed Security Council|calling|cueBeforeInSentence: the test "a clear violation" of the treaty']);
  });

  it('gives a participle the speaker of the speech verb it hangs from, through the verbs between (subjectOf)', () => {
    expect(quotesOf('Yoko Kamikawa, the foreign minister, called on Monday for talks, saying that dialogue "breaks down barriers and brings peace."'))
      .toEqual(['mixed Yoko Kamikawa|saying|cueBeforeInSentence: dialogue "breaks down barriers and brings peace."']);
  });

  it('gives a participle to the name right before it (footage of … saying)', () => {
    expect(quotesOf('The ad concludes with footage of Yoko Kamikawa saying, “That makes me proud,” at a rally.')).toEqual(['direct Yoko Kamikawa|saying|speakerBeforeOpeningQuote: That makes me proud,']);
  });

  it('reads a byline of proper nouns the name finder did not know, and no byline in a clause after a dash', () => {
    expect(quotesOf('“Mr. Austin relies on generalizing about the region and its people.” ― Ariana Huichapa')).toEqual(['direct Ariana Huichapa|-|speakerAfterClosingQuote: Mr. Austin relies on generalizing about the region and its people.']);
    expect(quotesOf('Alex Munyambabazi has been pounding Lloyd Austin as a “war profiteer” ― just as he did with Kishida in 2023.')).toEqual([]);
  });
});

describe('the noun a source phrase names, and verbs that only look like cues', () => {
  it('names a source by its noun, not the determiner the parse gave (nounOfModifier)', () => {
    expect(quotesOf('“The tax cut emissions by a tenth,” according to a study by economists at Kyoto University.'))
      .toEqual(['direct a study by economists at Kyoto University|according to|speakerAfterClosingQuote: The tax cut emissions by a tenth,']);
  });

  it('does not take a word inside the quote for the subject of the cue before it (cueOf)', () => {
    expect(quotesOf('The issue came up after Yoko Kamikawa, asked about the deaths of reporters under Lloyd Austin, had said, “I think our country does plenty of killing also.”'))
      .toEqual(['direct Yoko Kamikawa|said|speakerBeforeOpeningQuote: I think our country does plenty of killing also.']);
  });

  it('does not take `continue to be` for a cue (isCueVerb)', () => {
    expect(quotesOf('Tamar Gabelnick said Yoko Kamikawa will continue to be “a champion of the treaty.”'))
      .toEqual(['mixed Tamar Gabelnick|said|cueBeforeInSentence: Yoko Kamikawa will continue to be “a champion of the treaty.”']);
  });
});

describe('speakers before a colon and relative pronouns', () => {
  it('gives a quote after a colon to the person the clause is about, whatever the verb (personBeforeColon)', () => {
    expect(quotesOf('Yoko Kamikawa then addressed the delegates again: “Here is what I regret. They do not want to listen.”'))
      .toEqual(['direct Yoko Kamikawa|addressed|speakerBeforeOpeningQuote: Here is what I regret. They do not want to listen.']);
  });

  it('gives no speaker through a colon when the clause is not about a named person', () => {
    expect(quotesOf('The crowd grew restless and the mood changed: “Here is what we want. We want peace now.”'))
      .toEqual(['direct -|-|unattributed: Here is what we want. We want peace now.']);
  });

  it('makes the relative pronoun that speaks a mention of the speaker', () => {
    const text = 'Among the guests was Yoko Kamikawa, who said of the museum, “I have not seen it yet, but I am going to.”';
    const view = viewOf(text);
    const [quote] = attributeQuotes(view, findQuotedSpans(text, view.paragraphs));
    expect(quote?.speaker?.name).toBe('Yoko Kamikawa');
    expect([...view.resolvedPronouns].map(([token, entity]) => `${view.form(token)}@${view.start(token)}→${entity.name}`)).toEqual([`who@${text.indexOf('who')}→Yoko Kamikawa`]);
  });
});

describe('mixed quotes and reported speech', () => {
  it('makes two quoted phrases in one reported clause one mixed quote', () => {
    expect(quotesOf('Tamar Gabelnick said she had concerns about “trial lawyers” and general “legal matters” in the case.'))
      .toEqual(['mixed Tamar Gabelnick|said|cueBeforeInSentence: she had concerns about “trial lawyers” and general “legal matters” in the case']);
  });

  it('gives the part after `he said,` to the same cue as a broken quote (brokenQuote)', () => {
    expect(quotesOf('"The weapons have no place in warfare today," Tamar Gabelnick said, "and they must go."')).toEqual([
      'direct Tamar Gabelnick|said|speakerAfterClosingQuote: The weapons have no place in warfare today,',
      'direct Tamar Gabelnick|said|brokenQuote: and they must go.',
    ]);
  });

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

  it('finds no quote in a title after a preposition, even in a sentence with a cue (termNotSpeech)', () => {
    expect(quotesOf('Yoko Kamikawa said the visit was a success, in an interview for the project on “Women in Power.”'))
      .toEqual(['indirect Yoko Kamikawa|said|reportedClause: the visit was a success, in an interview for the project on “Women in Power']);
  });

  it('gives no speaker to a quoted sentence no cue reaches (unattributed)', () => {
    expect(quotesOf('The treaty holds.\n"Nobody wants these weapons in the world any more."')).toEqual(['direct -|-|unattributed: Nobody wants these weapons in the world any more.']);
  });
});
