import { describe, expect, it } from 'vitest';
import { PlaceGazetteer } from '../../src/resolve/places/index.js';
import { geocodeMarked, loadPlaceWorld } from './place-world.js';

const world = loadPlaceWorld();

describe('geocodePlaces gives nothing for what is not a place', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['capitalised words the recogniser did not mark', 'Groucho Marsport Luna Harpo Freedonia'],
    ['a person named like a town', '[[Harpo]]/PERSON said [[Luna]]/PERSON agreed.'],
    ['an organisation that opens with a generic word that names some town elsewhere', '[[North Freedonia Bank]]/ORG and [[Central Luna]]/ORG'],
    ['a place name unknown to the gazetteer', 'Troops reached [[Atlantis]]/GPE and [[Gondor]]/LOC.'],
    ['an unknown name with no named place near it', 'The base at [[Yokota]]/GPE was closed.'],
    ['an unknown name near an unknown one', '[[Yokota]]/GPE in the western suburbs of [[Gondor]]/GPE.'],
    ['a dated or numeric mention', '[[March 3]]/DATE and [[40]]/CARDINAL'],
    ['a people word that is no demonym of the gazetteer', '[[Martian]]/NORP visitors'],
    ['a state abbreviation glued to a longer word', 'The XLu. and Lu.x codes'],
    ['a capitalised sentence opening before a dash that is no place', 'BREAKING — Talks failed. UPDATE -- none.'],
    ['a compound of which one part is no country', '[[Freedonian-Martian]]/MISC talks'],
    ['a firm named after a town', '[[Marsport Motor Co]]/ORG shares fell.'],
    ['an abbreviation opening an organisation name (issue 4)', 'The [[U.N. Security Council]]/ORG met.'],
    ['a facility named like a small town', 'Guards at [[Harpo]]/FAC left.'],
    ['an empty text', ''],
    ['a town read as a person after `in`, with no place of its state in the article (issue 4)', 'A fire in [[Harpo]]/PERSON.'],
    ['a list before `counties` of which most names are no county (issue 4)', 'Smith, Jones, Brown and Zeppo counties'],
    ['an office after a name read as a person that is no place (issue 4)', '[[Rufus Mayor]]/PERSON spoke.'],
    ['a planet, with no container after it (issue 4)', 'A probe flew to [[Jupiter]]/LOC.'],
    ['a land feature named like a town of a country the story does not name (issue 4)', 'A quake struck the [[Harpo]]/LOC peninsula.'],
  ];
  it.each(cases)('%s', (_name, marked) => {
    expect(geocodeMarked(marked, world)).toEqual([]);
  });

  it('reads no town into a planet even beside a town near the one named after it (issue 4)', () => {
    expect(geocodeMarked('A probe from [[Marsport]]/GPE flew to [[Jupiter]]/LOC.', world)).toEqual(['Marsport (world:3) Marsport@13-21']);
  });

  it('keeps a town named after a planet when its container follows (issue 4)', () => {
    expect(geocodeMarked('A fire in [[Jupiter]]/GPE, [[Freedonia]]/GPE.', world)).toEqual(expect.arrayContaining([expect.stringMatching(/^Jupiter \(world:16\)/)]));
  });

  it('keeps a town named before a land feature word when the story names its country (issue 4)', () => {
    expect(geocodeMarked('A quake struck the [[Harpo]]/LOC peninsula of [[Freedonia]]/GPE.', world)).toEqual(expect.arrayContaining([expect.stringMatching(/^Harpo \(world:8\)/)]));
  });

  it('reads no town into a thing named after one when the story names no place of its country (issue 4)', () => {
    expect(geocodeMarked('A [[Marsport Heavy]]/ORG rocket flew over [[Chico]]/GPE.', world)).toEqual(['Chico (world:CHI) Chico@34-39']);
  });

  it('reads a long run of capitalised words without a county list in linear time (issue 4)', () => {
    const run = Array.from({ length: 400 }, (_, k) => `Word${String.fromCharCode(97 + (k % 26))}`).join(' ');
    const started = performance.now();
    expect(geocodeMarked(`${run} and more counties`, world)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(200);
  });

  // Beside a recognised place of the same state, which alone is found.
  const besidePlaces: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['a name read as a person after `according to` (issue 4)',
      'Near [[Marsport]]/GPE, according to [[Harpo]]/PERSON.', ['Marsport (world:3) Marsport@5-13']],
    ['a name read as a person that a person of the article bears (issue 4)',
      '[[Marsport]]/GPE: [[Rufus Harpo]]/PERSON wrote from [[Harpo]]/PERSON.', ['Marsport (world:3) Marsport@0-8']],
    ['a possessive name read as a person (issue 4)',
      '[[Marsport]]/GPE: funds from [[Harpo]]/PERSON\'s firm.', ['Marsport (world:3) Marsport@0-8']],
    ['a party letter before a town of another state (issue 4)',
      '[[Chicoville]]/GPE: Rep. Rufus Firefly, R-Harpo, spoke.', ['Chicoville (world:12) Chicoville@0-10']],
    ['a name read as a person with a title, where the article places that name (issue 4)',
      '[[Harpo]]/GPE, Luna grew. Mr. [[Harpo]]/PERSON left.', ['Harpo (world:7) Harpo@0-5', 'Luna (world:5) Luna@7-11']],
    ['a name read as a person, where the article places that name as a town with no neighbour (issue 4)',
      '[[Harpo]]/GPE grew. [[Harpo]]/PERSON left.', ['Harpo (world:8) Harpo@0-5']],
    ['a name read as a person that says something, where the article places that name (issue 4)',
      '[[Harpo]]/GPE, Luna grew. [[Harpo]]/PERSON said no.', ['Harpo (world:7) Harpo@0-5', 'Luna (world:5) Luna@7-11']],
  ];
  it.each(besidePlaces)('%s', (_name, marked, expected) => {
    expect(geocodeMarked(marked, world)).toEqual(expected);
  });

  it('refuses a places table without its header line', () => {
    const bytes = new TextEncoder().encode('world:1\tGroucho\t\t1\t2\tFRD\tcity\t5\t\n');
    expect(() => PlaceGazetteer.fromBytes({ places: bytes, demonyms: new Uint8Array(0) })).toThrow(/header/);
  });

  it('refuses a line of an unknown kind', () => {
    const bytes = new TextEncoder().encode('id\tname\taltNames\tlat\tlon\tcountry\tkind\tpopulation\tadmin1\nworld:1\tGroucho\t\t1\t2\tFRD\tvillage\t5\t\n');
    expect(() => PlaceGazetteer.fromBytes({ places: bytes, demonyms: new Uint8Array(0) })).toThrow(/line 2/);
  });
});
