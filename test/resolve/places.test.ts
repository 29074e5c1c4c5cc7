import { describe, expect, it } from 'vitest';
import { analysedText, describePlaces, geocodeMarked, loadPlaceWorld } from './place-world.js';
import { geocodePlaces } from '../../src/resolve/places/index.js';

const world = loadPlaceWorld();

describe('geocodePlaces in the fictional world', () => {
  const cases: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['one mention of a country',
      'Talks opened in [[Freedonia]]/GPE.',
      ['Freedonia (world:FRD) Freedonia@16-25']],
    ['all mentions of a place are one place, named by the gazetteer, in order of first mention',
      '[[Sylvania]]/GPE and [[FR]]/GPE met. [[Republic of Freedonia]]/GPE left [[Sylvania]]/GPE.',
      ['Sylvania (world:SYL) Sylvania@0-8, Sylvania@48-56', 'Freedonia (world:FRD) FR@13-15, Republic of Freedonia@21-42']],
    ['a leading article and a possessive are left out of the mention',
      "[[the Ostra Sea]]/LOC and [[Marsport's]]/GPE harbour",
      ['Ostra Sea (world:11) Ostra Sea@4-13', 'Marsport (world:3) Marsport@18-26']],
    ['a town in a country the article names beats a bigger one elsewhere',
      '[[Sylvania]]/GPE said [[Marsport]]/GPE was calm.',
      ['Sylvania (world:SYL) Sylvania@0-8', 'Marsport (world:4) Marsport@14-22']],
    ['without context the bigger town wins',
      'Crowds gathered in [[Marsport]]/GPE.',
      ['Marsport (world:3) Marsport@19-27']],
    ['a demonym places its country in the article',
      '[[Sylvanian]]/NORP troops entered [[Marsport]]/GPE.',
      ['Sylvania (world:SYL) Sylvanian@0-9', 'Marsport (world:4) Marsport@25-33']],
    ['`X province` is the first-level division',
      'A meeting in [[Luna]]/GPE province.',
      ['Luna (world:5) Luna@13-17']],
    ['without `province` the bigger city of the name wins',
      'A meeting in [[Luna]]/GPE.',
      ['Luna (world:6) Luna@13-17']],
    ['`Y, Z`: the place inside Z, and Z itself',
      'Born in [[Harpo]]/GPE, Luna, she moved.',
      ['Harpo (world:7) Harpo@8-13', 'Luna (world:5) Luna@15-19']],
    ['`Y, Z` decides for the later mentions of Y too',
      '[[Harpo]]/GPE, [[Luna]]/GPE is small. [[Harpo]]/GPE grew.',
      ['Harpo (world:7) Harpo@0-5, Harpo@22-27', 'Luna (world:5) Luna@7-11']],
    ['a capital beats a state of the same name in an article about several countries',
      '[[Groucho]]/GPE warned [[Sylvania]]/GPE and [[Chico]]/GPE.',
      ['Groucho (world:1) Groucho@0-7', 'Sylvania (world:SYL) Sylvania@15-23', 'Chico (world:CHI) Chico@28-33']],
    ['a state next to the towns inside it is the state',
      '[[Harpo]]/GPE and [[Zeppo County]]/GPE lie in [[Groucho]]/GPE.',
      ['Harpo (world:8) Harpo@0-5', 'Zeppo County (world:13) Zeppo County@10-22', 'Groucho (world:2) Groucho@30-37']],
    ['a division named like a country is the division next to places of the same country',
      '[[Chicoville]]/GPE, the biggest town in [[Chico]]/GPE, and [[Marsport]]/GPE.',
      ['Chicoville (world:12) Chicoville@0-10', 'Chico (world:9) Chico@32-37', 'Marsport (world:3) Marsport@43-51']],
    ['`County` after a recognised name joins it when the gazetteer has the county',
      'Roads in [[Zeppo]]/GPE County closed.',
      ['Zeppo County (world:13) Zeppo County@9-21']],
    ['an unknown place in the suburbs of a known one is placed there, under its own name',
      'The base at [[Yokota]]/GPE in the western suburbs of [[Marsport]]/GPE.',
      ['Yokota (near 11,21) Yokota@12-18', 'Marsport (world:3) Marsport@45-53']],
    ['an organisation named after its town names the town',
      'The [[Marsport Harbour Police]]/ORG arrested him.',
      ['Marsport (world:3) Marsport@4-12']],
    ['a name opening with a town of a country the story names, institution or not (issue 4)',
      'The [[Marsport Herald]]/ORG wrote about [[Freedonia]]/GPE.',
      ['Marsport (world:3) Marsport@4-12', 'Freedonia (world:FRD) Freedonia@32-41']],
    ['an organisation named `... of X` names X',
      'The [[University of Marsport]]/ORG opened.',
      ['Marsport (world:3) Marsport@18-26']],
    ['a compound of countries typed as one place names each country',
      'The [[Freedonia-Sylvania]]/GPE talks',
      ['Freedonia (world:FRD) Freedonia@4-13', 'Sylvania (world:SYL) Sylvania@14-22']],
    ['a compound of demonyms names each country',
      '[[Freedonian-Sylvanian]]/MISC talks',
      ['Freedonia (world:FRD) Freedonian@0-10', 'Sylvania (world:SYL) Sylvanian@11-20']],
    ['a direction before an unknown whole leaves the place after it',
      'Storms hit [[Northern Marsport]]/GPE.',
      ['Marsport (world:3) Marsport@20-28']],
    ['a state abbreviation with its full stop is the state, recognised or not',
      'Rep. Rufus Firefly, D-Lu., said so.',
      ['Luna (world:5) Lu.@22-25']],
    ['a capitalised place opening a sentence before a dash is a dateline place',
      'MARSPORT — Police said. HARPO SQUARE — nothing.',
      ['Marsport (world:3) MARSPORT@0-8']],
    ['a town in a county the article names beats a bigger one elsewhere',
      '[[Harpo]]/GPE deputies patrol [[Gummo County]]/GPE.',
      ['Harpo (world:7) Harpo@0-5', 'Gummo County (world:14) Gummo County@22-34']],
    ['a list of names before `counties` names counties, tagged or not (issue 4)',
      'Roads closed in [[Zeppo]]/PERSON and Gummo counties.',
      ['Zeppo County (world:13) Zeppo@16-21', 'Gummo County (world:14) Gummo@26-31']],
    ['a list before `counties` may name a county in two words, after the opening word of the sentence (issue 4)',
      'In Red Fox, Gummo and Zeppo counties.',
      ['Red Fox County (world:15) Red Fox@3-10', 'Gummo County (world:14) Gummo@12-17', 'Zeppo County (world:13) Zeppo@22-27']],
    ['a place opening a name read as a person, before an office, is the place (issue 4)',
      '[[Marsport Mayor Rufus Firefly]]/PERSON spoke.',
      ['Marsport (world:3) Marsport@0-8']],
    ['a county read as a person is the county (issue 4)',
      'A [[Gummo County]]/PERSON jury convicted him.',
      ['Gummo County (world:14) Gummo County@2-14']],
    ['a country\'s name alone read as a person is the country (issue 4)',
      'Trade with [[Sylvania]]/PERSON grew.',
      ['Sylvania (world:SYL) Sylvania@11-19']],
    ['a town after `in`, read as a person, is the town of the article\'s state (issue 4)',
      'In [[Luna]]/GPE province, a fire in [[Harpo]]/PERSON.',
      ['Luna (world:5) Luna@3-7', 'Harpo (world:7) Harpo@28-33']],
    ['a legislator\'s home town after the party letter is the town of the article\'s state (issue 4)',
      '[[Luna]]/GPE province: Rep. Rufus Firefly, R-Harpo, spoke.',
      ['Luna (world:5) Luna@0-4', 'Harpo (world:7) Harpo@37-42']],
    ['a town read as a person, listed with a place of its state, is the town (issue 4)',
      '[[Marsport]]/GPE and [[Harpo]]/PERSON merged.',
      ['Marsport (world:3) Marsport@0-8', 'Harpo (world:7) Harpo@13-18']],
    ['a name read as a person elsewhere in an article that places it is that place (issue 4)',
      '[[Harpo]]/GPE, Luna is calm. [[Harpo]]/PERSON grew.',
      ['Harpo (world:7) Harpo@0-5, Harpo@21-26', 'Luna (world:5) Luna@7-11']],
    ['`Y, Z` recognised as one mention is Y inside Z, and Z (issue 4)',
      'Born in [[Harpo, Luna]]/GPE, she left.',
      ['Harpo (world:7) Harpo@8-13', 'Luna (world:5) Luna@15-19']],
    ['`of Z` after a recognised name joins it when the gazetteer has the longer name (issue 4)',
      'The [[Republic]]/GPE of Freedonia voted.',
      ['Freedonia (world:FRD) Republic of Freedonia@4-25']],
  ];
  it.each(cases)('%s', (_name, marked, expected) => {
    expect(geocodeMarked(marked, world)).toEqual(expected);
  });

  it('gives each place its coordinates and country from the gazetteer', () => {
    const input = analysedText('[[Ostragrad]]/GPE and [[Ostra]]/LOC');
    expect(geocodePlaces(input, world)).toEqual([
      { name: 'Ostragrad', lat: 30.5, lon: 40.5, country: 'SYL', gazetteerId: 'world:10', mentions: [{ start: 0, end: 9 }] },
      { name: 'Ostra Sea', lat: 20, lon: 30, country: null, gazetteerId: 'world:11', mentions: [{ start: 14, end: 19 }] },
    ]);
  });

  it('maps demonyms to their country, plural or not', () => {
    expect([world.countryOfDemonym('Freedonian'), world.countryOfDemonym('Sylvanians'), world.countryOfDemonym('Martian')]).toEqual(['FRD', 'SYL', null]);
  });

  it('describes places with the text and offsets of their mentions', () => {
    const input = analysedText('In [[Groucho]]/GPE.');
    expect(describePlaces(input.text, geocodePlaces(input, world))).toEqual(['Groucho (world:1) Groucho@3-10']);
  });
});
