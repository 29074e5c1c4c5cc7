// Actor dictionaries (issue 4): dated codes, role sectors, countries and capitals, the
// user's own files in either format, and the shipped data/actors.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActorDictionary, actorKey } from '../../src/resolve/actors/actor-dictionary.js';
import { loadActorDictionary, userActorFiles } from '../../src/resources/actor-dictionary.js';
import { makeTempDir } from '../helpers.js';
import { worldActorDictionary, worldActorsDir } from './world-actors.js';

describe('ActorDictionary', () => {
  const dictionary = worldActorDictionary();

  it.each([
    ['Jane Doe', '2024-07-28', 'FRDGOV'],
    ['Jane Doe', '2015-03-01', 'FRDOPP'],
    ['Jane Doe', '2005-03-01', 'FRDELI'],
    ['Jane Doe', null, 'FRDELI'],
    ['the Associated Press', '2024-07-28', 'MED'],
    ['Mary Roe', '2024-07-28', null],
  ] as const)('codes %s on %s as %s', (name, date, code) => {
    expect(dictionary.codeOfName(name, date)).toBe(code);
  });

  it.each([
    ['Secretary of Defense', 'GOVMIL'],
    ['Defense Secretary', 'GOVMIL'],
    ['Secretary of State', 'GOV'],
    ['Defense Minister', 'GOVMIL'],
    ['Foreign Minister', 'GOV'],
    ['Foreign Ministers', 'GOV'],
    ['Ambassador to Japan', 'GOV'],
    ['landmine victims', 'CVL'],
    ['poet', null],
  ] as const)('gives the role %s the sector %s', (role, sector) => {
    expect(dictionary.sectorOfRole(role)).toBe(sector);
  });

  it('tells countries from capitals and reads demonyms as their country', () => {
    expect(dictionary.countryOfName('U.S.')).toEqual({ country: 'USA', isCapital: false });
    expect(dictionary.countryOfName('Washington')).toEqual({ country: 'USA', isCapital: true });
    expect(dictionary.countryOf('Japanese')).toBe('JPN');
    expect(dictionary.countryOf('Washington')).toBeNull();
    expect(dictionary.countryOf('Hawaii')).toBe('USA');
    expect(dictionary.isCountryCode('FRD')).toBe(true);
    expect(dictionary.isCountryCode('GOV')).toBe(false);
  });

  it('compares names without case, dots, a leading The or curly apostrophes', () => {
    expect(actorKey('The  U.S. Navy’s')).toBe("US NAVY'S");
  });

  it('names the file and line of a row it cannot read', () => {
    expect(() => new ActorDictionary().addActors('JANE DOE\tFRDGOV\nBROKEN LINE\n', 'mine.tsv')).toThrow('mine.tsv:2: expected 2 or more tab-separated fields');
  });
});

describe('loadActorDictionary', () => {
  it('reads the shipped dictionaries, checked against their manifest', () => {
    const shipped = loadActorDictionary(undefined, []);
    expect(shipped.codeOfName('Joe Biden', '2024-07-28')).toBe('USAGOV');
    expect(shipped.codeOfName('International Campaign to Ban Landmines', '2024-11-26')).toBe('NGOHRI');
    expect(shipped.sectorOfRole('Defense Minister')).toBe('GOVMIL');
    expect(shipped.countryOfName('Kyiv')).toEqual({ country: 'UKR', isCapital: true });
    expect(shipped.countryOf('Ukrainian', '2024-11-26')).toBe('UKR');
  });

  it("adds the user's own files, in the TSV or the PETRARCH format", () => {
    const dir = makeTempDir();
    const tsv = join(dir, 'mine.tsv');
    const petrarch = join(dir, 'mine.actors.txt');
    writeFileSync(tsv, '# my actors\nMARY ROE\tFRDGOV\n');
    writeFileSync(petrarch, 'JOHN ROE_  # a governor\n+GOVERNOR_ROE\n\t[FRDGOV >200101]\n\t[FRDCVL]\n');
    const dictionary = loadActorDictionary(undefined, [tsv, petrarch]);
    expect(dictionary.codeOfName('Mary Roe', null)).toBe('FRDGOV');
    expect(dictionary.codeOfName('Governor Roe', '2024-01-01')).toBe('FRDGOV');
    expect(dictionary.codeOfName('John Roe', '1999-01-01')).toBe('FRDCVL');
  });

  it('says which user file it cannot read', () => {
    expect(() => loadActorDictionary(undefined, [join(worldActorsDir, 'missing.tsv')])).toThrow(/missing\.tsv \(from NEWSGRAPH_ACTORS\)/);
  });

  it('splits NEWSGRAPH_ACTORS on the path delimiter', () => {
    expect(userActorFiles('')).toEqual([]);
    expect(userActorFiles(`a.tsv${process.platform === 'win32' ? ';' : ':'} b.txt`)).toEqual(['a.tsv', 'b.txt']);
  });
});

describe('ActorDictionary codes (one undated code kept alone, codes and dates interned)', () => {
  const dictionary = new ActorDictionary()
    .addActors([
      'MARY ROE\tFRDGOV',
      'MARY ROE\tFRDELI\t2010-01-01\t2014-12-31',
      'JOHN ROE\tFRDOPP\t2001-01-01\t2009-01-20',
      'JOHN ROE\tFRDGOV\t2009-01-20\t',
      'JOHN ROE\tFRDELI\t2001-01-01\t2009-01-20',
      'ANN ROE\tFRDREB\t\t2001-01-01',
      'ANN ROE\tFRDCVL\t\t2005-01-01',
      'JIM ROE\tFRDBUS\t2015-01-01',
      'JIM ROE\tFRDMED\t',
      'JIM ROE\tFRDLAB',
      'FREEDONIA\tFRD',
      'O’BRIEN FOUNDATION FOR THE ARTS\tFRDNGO',
      'ÉCOLE DE FREEDONIA ÀÇ\tFRDEDU',
      'MARSHAL ŁUKASZ ROE\tFRDMIL',
    ].join('\n'), 'codes.tsv')
    .addCountries('Freedonia\tFRD\tcountry\n', 'countries.tsv');

  it.each([
    ['Mary Roe', null, 'FRDGOV'],
    ['Mary Roe', '2012-06-01', 'FRDELI'],
    ['Mary Roe', '2015-06-01', 'FRDGOV'],
    ['John Roe', '2005-01-01', 'FRDOPP'],
    ['John Roe', '2009-01-20', 'FRDGOV'],
    ['John Roe', '2000-01-01', null],
    ['John Roe', null, 'FRDGOV'],
    ['Ann Roe', '2000-06-01', 'FRDREB'],
    ['Ann Roe', '2003-06-01', 'FRDCVL'],
    ['Ann Roe', '2005-01-01', null],
    ['Ann Roe', null, null],
    ['Jim Roe', null, 'FRDMED'],
    ['Jim Roe', '2014-01-01', 'FRDMED'],
    ['Jim Roe', '2016-01-01', 'FRDBUS'],
    ['Freedonia', '2016-01-01', 'FRD'],
    ["O'Brien Foundation for the Arts", null, 'FRDNGO'],
    ['École de Freedonia àç', null, 'FRDEDU'],
    ['Marshal Łukasz Roe', '2016-01-01', 'FRDMIL'],
  ] as const)('codes %s on %s as %s', (name, date, code) => {
    expect(dictionary.codeOfName(name, date)).toBe(code);
  });

  it('adds a later file\'s codes after a name\'s earlier ones, in either format', () => {
    const extended = new ActorDictionary()
      .addActors('MARY ROE\tFRDGOV\nJANE ROE\tFRDOPP\t2001-01-01\t2009-01-01\n', 'a.tsv')
      .addActors('MARY ROE\tFRDELI\t2010-01-01\t2014-12-31\nMARY ROE\tFRDCVL\n', 'b.tsv')
      .addPetrarchActors('JANE_ROE_\n\t[FRDGOV >090101]\n\t[FRDCVL]\nMARY_ROE_\n\t[FRDREB 150101-161231]\n');
    expect(['2012-01-01', '2015-06-01', '2020-01-01', null].map((date) => extended.codeOfName('Mary Roe', date))).toEqual(['FRDELI', 'FRDREB', 'FRDGOV', 'FRDGOV']);
    expect(['2005-01-01', '2012-01-01', '2000-01-01', null].map((date) => extended.codeOfName('Jane Roe', date))).toEqual(['FRDOPP', 'FRDGOV', 'FRDCVL', 'FRDCVL']);
    const petrarchFirst = new ActorDictionary().addPetrarchActors('JOHN_ROE_ [FRDGOV >090101]\n').addActors('JOHN ROE\tFRDOPP\n', 'c.tsv');
    expect([petrarchFirst.codeOfName('John Roe', '2010-01-01'), petrarchFirst.codeOfName('John Roe', '2000-01-01'), petrarchFirst.codeOfName('John Roe', null)]).toEqual(['FRDGOV', 'FRDOPP', 'FRDOPP']);
  });

  it('gives every name the code it shares with many others', () => {
    const names = Array.from({ length: 300 }, (_, k) => `OFFICIAL NUMBER ${k}`);
    const shared = new ActorDictionary().addActors(names.map((name, k) => `${name}\tFRDGOV${k % 2 === 0 ? '' : '\t2001-01-01\t2009-01-01'}`).join('\n'), 'many.tsv');
    expect(names.map((name) => shared.codeOfName(name, '2005-01-01'))).toEqual(names.map(() => 'FRDGOV'));
    expect(names.map((name) => shared.codeOfName(name, '2010-01-01'))).toEqual(names.map((_, k) => (k % 2 === 0 ? 'FRDGOV' : null)));
  });

  it('reads a code as a country only when it is a country\'s', () => {
    expect(dictionary.countryOf('Freedonia')).toBe('FRD');
    expect(dictionary.countryOf('Mary Roe')).toBeNull();
    expect(dictionary.countryOfName('FREEDONIA')).toEqual({ country: 'FRD', isCapital: false });
  });

  it('keeps every code unit of a name, a lone surrogate too', () => {
    const odd = new ActorDictionary().addActors('BROKEN \ud800 NAME OF SOME LENGTH\tFRDGOV\n', 'odd.tsv');
    expect(odd.codeOfName('broken \ud800 name of some length', null)).toBe('FRDGOV');
    expect(odd.codeOfName('broken \ufffd name of some length', null)).toBeNull();
  });
});
