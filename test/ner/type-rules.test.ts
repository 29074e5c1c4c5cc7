// The rules after the model: gazetteer matching, refinement of the four CoNLL types
// into newsgraph's, and the trimming of titles from person names. They run against the
// fictional world in test/fixtures/world.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import { GAZ, Gazetteer } from '../../src/ner/gazetteer.js';
import type { CoarseType } from '../../src/ner/labels.js';
import { TypeRefiner } from '../../src/ner/refine-types.js';
import { TitleTrimmer } from '../../src/ner/titles.js';
import { HeadlineDetector } from '../../src/ner/headline.js';

const gazetteer = Gazetteer.fromTsv(readFileSync(new URL('../fixtures/world/gazetteer.tsv', import.meta.url), 'utf8'));

function sentence(text: string): { tokens: ReturnType<typeof sequenceFromForms>; lex: ReturnType<typeof computeLexicalAttributes>; forms: string[] } {
  const forms = text.split(' ');
  const tokens = sequenceFromForms(forms);
  return { tokens, lex: computeLexicalAttributes(tokens), forms };
}

describe('Gazetteer', () => {
  it('marks the longest capitalised match with its categories and BILU positions', () => {
    const { lex, forms } = sentence('He flew from New Marsport to the Republic of Sylvania .');
    const marks = new Uint16Array(forms.length);
    gazetteer.markSentence(lex, 0, forms.length, marks);
    const positions = [...marks].map((mark) => (mark === 0 ? '-' : `${mark >> 2}:${'BILU'[mark & 3]}`));
    expect(positions).toEqual(['-', '-', '-', `${GAZ.city}:B`, `${GAZ.city}:L`, '-', '-', `${GAZ.country}:B`, `${GAZ.country}:I`, `${GAZ.country}:L`, '-']);
  });

  it('keeps the capital category from the features, which were trained without it', () => {
    const { lex, forms } = sentence('talks in Zorbagrad');
    const marks = new Uint16Array(forms.length);
    gazetteer.markSentence(lex, 0, forms.length, marks);
    expect(marks[2]! >> 2).toBe(GAZ.city);
    expect(gazetteer.categoriesOf(lex, 2, 3)).toBe(GAZ.city | GAZ.capital);
  });

  it('does not match lower-case words or a name cut short', () => {
    const { lex, forms } = sentence('the marsport and Republic of');
    const marks = new Uint16Array(forms.length);
    gazetteer.markSentence(lex, 0, forms.length, marks);
    expect([...marks]).toEqual([0, 0, 0, 0, 0]);
  });

  it('matches a hyphenated name whole and as src/text splits it', () => {
    const whole = sentence('the Indo-Ostra region');
    const split = sentence('the Indo - Ostra region');
    expect(gazetteer.categoriesOf(whole.lex, 1, 2)).toBe(GAZ.region);
    expect(gazetteer.categoriesOf(split.lex, 1, 4)).toBe(GAZ.region);
  });

  it('gives the categories of an exact span and of a one-word name', () => {
    const { lex } = sentence('Freedonian troops crossed the Ostra Sea');
    expect(gazetteer.categoriesOf(lex, 4, 6)).toBe(GAZ.region);
    expect(gazetteer.categoriesOf(lex, 4, 5)).toBe(0);
    expect(gazetteer.categoriesOfName('Freedonian')).toBe(GAZ.demonym);
  });
});

describe('TypeRefiner', () => {
  const refiner = new TypeRefiner(gazetteer);
  const CASES: ReadonlyArray<readonly [string, number, number, CoarseType, string]> = [
    ['talks in Freedonia', 2, 3, 'LOC', 'GPE'],
    ['flights to Marsport', 2, 3, 'LOC', 'GPE'],
    ['ships in the Ostra Sea', 3, 5, 'LOC', 'LOC'],
    ['across the Indo - Ostra', 2, 5, 'LOC', 'LOC'],
    ['along the Blue River', 2, 4, 'LOC', 'LOC'],
    ['climbing Mount Zork', 1, 3, 'LOC', 'LOC'],
    ['an unknown Zorbaville', 2, 3, 'LOC', 'GPE'],
    ['met at Iikura Guest House', 2, 5, 'LOC', 'FAC'],
    ['landed at Marsport Airport', 2, 4, 'ORG', 'FAC'],
    ['the Freedonian army', 1, 2, 'MISC', 'NORP'],
    ['two Sylvanians said', 1, 2, 'MISC', 'NORP'],
    ['Freedonian forces', 0, 1, 'LOC', 'NORP'],
    ['many Muslims prayed', 1, 2, 'MISC', 'NORP'],
    ['the Sylvanian War', 1, 3, 'MISC', 'EVENT'],
    ['during the Marsport Summit', 2, 4, 'MISC', 'EVENT'],
    ['the Battle of Marsport', 1, 4, 'ORG', 'EVENT'],
    ['a Zorbatron 3000 device', 1, 3, 'MISC', 'MISC'],
    ['the Freedonia Bank', 1, 3, 'ORG', 'ORG'],
    ['said Rufus Firefly', 1, 3, 'PER', 'PERSON'],
    ['the Marsport Summit began', 1, 3, 'PER', 'EVENT'],
    ['Cyclone Zorba hit Marsport', 0, 2, 'PER', 'EVENT'],
    ['after Hurricane Zorba', 1, 3, 'LOC', 'EVENT'],
    // Not `storm`: `Storm Prediction Center` is an organisation.
    ['the Storm Centre said', 1, 3, 'ORG', 'ORG'],
    ['the Indo - Ostra Command', 1, 5, 'LOC', 'ORG'],
    ['the Marsport Bank', 1, 3, 'LOC', 'GPE'],
    // A capital or a country read as its government is the place; any other city read so
    // stays an organisation (a team in a results table), as does a name also listed as one.
    ["Zorbagrad 's delegation", 0, 1, 'ORG', 'GPE'],
    ['Freedonia said', 0, 1, 'ORG', 'GPE'],
    ['Marsport 2 Luna 1', 0, 1, 'ORG', 'ORG'],
    ['Ostragrad said', 0, 1, 'ORG', 'ORG'],
  ];

  it.each(CASES)('%s [%i, %i) %s → %s', (text, start, end, type, expected) => {
    const { tokens, lex } = sentence(text);
    expect(refiner.refine(tokens, lex, start, end, type)).toBe(expected);
  });
});

describe('TitleTrimmer', () => {
  const trimmer = new TitleTrimmer();
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['Secretary of State Antony Blinken', 'Antony Blinken'],
    ['Defense Minister Minoru Kihara', 'Minoru Kihara'],
    ['President Joe Biden', 'Joe Biden'],
    ['Gen. Lloyd Austin', 'Lloyd Austin'],
    ['Mr. Smith', 'Smith'],
    ['Rahm Emanuel', 'Rahm Emanuel'],
    // A title alone is left as it is: there is no name to keep.
    ['President', 'President'],
    // Titles only come off the front.
    ['Tamar Gabelnick Director', 'Tamar Gabelnick Director'],
  ];

  it.each(CASES)('%s → %s', (text, expected) => {
    const { lex, forms } = sentence(text);
    const start = trimmer.trimStart(lex, 0, forms.length);
    expect(forms.slice(start).join(' ')).toBe(expected);
  });
});

describe('HeadlineDetector', () => {
  const detector = new HeadlineDetector();
  const CASES: ReadonlyArray<readonly [string, boolean]> = [
    ['SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .', true],
    ['Landmine Victims Gather to Protest US Decision to Supply Ukraine', true],
    ['US-Japan Security Talks Underscore Threat from China', true],
    // A caption full of names still has words in lower case.
    ['US Ambassador to Japan , Rahm Emanuel , attend their Extended Deterrence Ministerial Meeting', false],
    ['Japan is home to more than 50,000 US troops .', false],
    ['Rahm Emanuel', false],
  ];

  it.each(CASES)('%s → %s', (text, expected) => {
    const { lex, forms } = sentence(text);
    expect(detector.isHeadline(lex, 0, forms.length)).toBe(expected);
  });
});
