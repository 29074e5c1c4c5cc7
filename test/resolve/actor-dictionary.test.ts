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
