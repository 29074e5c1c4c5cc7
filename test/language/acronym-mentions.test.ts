// Acronyms of names an article spells out (`US Forces Japan` ... `USFJ`) become mentions
// of the name's type; codes inside longer words, roman numerals and company forms do not.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/document/analysis.js';
import { addAcronymMentions, isAcronymOf } from '../../src/language/acronym-mentions.js';
import { sequenceFromForms } from '../../src/language/tokens.js';

describe('isAcronymOf', () => {
  const CASES: ReadonlyArray<readonly [string, string, boolean]> = [
    ['USFJ', 'US Forces Japan', true],
    ['INDOPACOM', 'US Indo Pacific Command', true],
    ['ICBL', 'International Campaign to Ban Landmines', true],
    ['OECD', 'Organisation for Economic Cooperation and Development', true],
    ['AP', 'Associated Press', true],
    ['NYMEX', 'New York Mercantile Exchange', true],
    // The last word always counts; two letters must be plain initials.
    ['USF', 'US Forces Japan', false],
    ['PA', 'Associated Press', false],
    ['IC', 'International Campaign to Ban Landmines', false],
    ['XYZ', 'US Forces Japan', false],
    ['JAPAN', 'Japan', false],
  ];
  it.each(CASES)('%s of %s: %s', (acronym, name, expected) => {
    expect(isAcronymOf(acronym, name.split(' '))).toBe(expected);
  });

  it('answers at once for a long name of look-alike words (the search remembers its dead ends)', () => {
    const words = Array.from({ length: 40 }, () => 'Aaaaaaaaaa');
    expect(isAcronymOf('AAAAAAAAAB', words)).toBe(false);
    expect(isAcronymOf('AAAAAAAAAA', words)).toBe(true);
  });

  it('accepts the initials of any name of two to ten words', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 2, maxLength: 10 }), (words) => {
      expect(isAcronymOf(words.map((w) => w[0]).join(''), words)).toBe(true);
    }));
  });
});

/** Tokens of `text` split on spaces, and a mention over the tokens [first, end). */
function article(text: string): { tokens: ReturnType<typeof sequenceFromForms>; mention: (first: number, end: number, type: Mention['type']) => Mention } {
  const tokens = sequenceFromForms(text.split(' '));
  return {
    tokens,
    mention: (first, end, type) => ({ start: tokens.starts[first]!, end: tokens.ends[end - 1]!, firstToken: first, endToken: end, type }),
  };
}

describe('addAcronymMentions', () => {
  it('adds the acronym of an organisation named in the article, with its type and span', () => {
    const { tokens, mention } = article('the US Forces Japan said . The plans give the USFJ power , and INDOPACOM too .');
    const name = mention(1, 4, 'ORG');
    const mentions = addAcronymMentions(tokens, [name]);
    expect(mentions.map((m) => [tokens.text.slice(m.start, m.end), m.type, m.firstToken])).toEqual([['US Forces Japan', 'ORG', 1], ['USFJ', 'ORG', 10]]);
  });

  it('finds an acronym before its name too, and leaves tokens already inside a mention', () => {
    const { tokens, mention } = article('ICBL said the International Campaign to Ban Landmines and ICBL agree');
    const name = mention(3, 8, 'ORG');
    const first = mention(0, 1, 'PERSON');
    const mentions = addAcronymMentions(tokens, [first, name]);
    expect(mentions.map((m) => [m.firstToken, m.type])).toEqual([[0, 'PERSON'], [3, 'ORG'], [9, 'ORG']]);
  });

  it('leaves codes inside longer words, roman numerals, company forms and names of places or people', () => {
    const text = 'Microsoft Systems said MS-DOS and Inter Industries II runs Cie du Midi SA while United States US and Sam Smith SS';
    const { tokens, mention } = article(text);
    const names = [mention(0, 2, 'ORG'), mention(5, 7, 'ORG'), mention(9, 12, 'ORG'), mention(14, 16, 'GPE'), mention(18, 20, 'PERSON')];
    expect(addAcronymMentions(tokens, names)).toEqual(names);
  });
});
