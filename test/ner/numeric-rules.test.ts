// Dates, times, amounts and counts by rule. Sentences are given pre-tokenised (tokens
// separated by spaces); each case lists the mentions' text, label and character offsets.

import { describe, expect, it } from 'vitest';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import { NumericRecognizer } from '../../src/ner/numeric/index.js';

function numericMentions(sentence: string): Array<[string, string, number, number]> {
  const tokens = sequenceFromForms(sentence.split(' '));
  const spans = new NumericRecognizer().recognise(tokens, computeLexicalAttributes(tokens), 0, tokens.count);
  return spans.map((span) => {
    const start = tokens.starts[span.start]!;
    const end = tokens.ends[span.end - 1]!;
    return [tokens.text.slice(start, end), span.label, start, end];
  });
}

const CASES: ReadonlyArray<readonly [string, Array<[string, string, number, number]>]> = [
  ['in Tokyo , Japan July 28 , 2024 .', [['July 28 , 2024', 'DATE', 17, 31]]],
  ['on November 26 , 2024 in', [['November 26 , 2024', 'DATE', 3, 21]]],
  ['on 28 July 2024', [['28 July 2024', 'DATE', 3, 15]]],
  ['set for March to be', [['March', 'DATE', 8, 13]]],
  ['a conference on Tuesday to protest', [['Tuesday', 'DATE', 16, 23]]],
  ['in northern Uganda in 2005 ,', [['2005', 'DATE', 22, 26]]],
  ['announced last week that', [['last week', 'DATE', 10, 19]]],
  ['three years ago', [['three years ago', 'DATE', 0, 15]]],
  ['filed on 2024-07-28 .', [['2024-07-28', 'DATE', 9, 19]]],
  ['in the 1990s', [['1990s', 'DATE', 7, 12]]],
  ['at 10:30 a.m. local', [['10:30 a.m.', 'TIME', 3, 13]]],
  ['left at 5:40 pm', [['5:40 pm', 'TIME', 8, 15]]],
  ['until midnight', [['midnight', 'TIME', 6, 14]]],
  ['cost $ 5 million', [['$ 5 million', 'MONEY', 5, 16]]],
  ['cost $5 million', [['$5 million', 'MONEY', 5, 15]]],
  ['paid 300 million dollars', [['300 million dollars', 'MONEY', 5, 24]]],
  ['a 7.2% increase', [['7.2%', 'PERCENT', 2, 6]]],
  ['a 7.2 % increase', [['7.2 %', 'PERCENT', 2, 7]]],
  ['rose 3 per cent', [['3 per cent', 'PERCENT', 5, 15]]],
  ['fell two percent', [['two percent', 'PERCENT', 5, 16]]],
  ['a 500 km range', [['500 km', 'QUANTITY', 2, 8]]],
  ['about 2,000 yards away', [['2,000 yards', 'QUANTITY', 6, 17]]],
  ['more than 50,000 US troops', [['50,000', 'CARDINAL', 10, 16]]],
  ['held by two landmine victims', [['two', 'CARDINAL', 8, 11]]],
  ['2.5 million people', [['2.5 million', 'CARDINAL', 0, 11]]],
];

// Inputs that must produce nothing: numbers that are not numbers, months that are verbs.
const NEGATIVE = [
  'the 2+2 security talks',
  'you may march on',
  'the COVID-19 pandemic',
  'call 555-1234 now',
  'a number of landmine victims',
  'No excuses , no exceptions .',
  'The Mad Capsule Markets',
];

describe('numeric rules', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    expect(numericMentions(sentence)).toEqual(expected);
  });

  it.each(NEGATIVE)('finds nothing in %s', (sentence) => {
    expect(numericMentions(sentence)).toEqual([]);
  });

  it('finds several mentions in one sentence, left to right, without overlap', () => {
    expect(numericMentions('In March , Beijing announced a 7.2% increase of $ 10 billion , on Tuesday').map(([text, label]) => `${label}:${text}`))
      .toEqual(['DATE:March', 'PERCENT:7.2%', 'MONEY:$ 10 billion', 'DATE:Tuesday']);
  });
});
