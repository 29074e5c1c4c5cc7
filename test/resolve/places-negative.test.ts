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
    ['a facility named like a small town', 'Guards at [[Harpo]]/FAC left.'],
    ['an empty text', ''],
  ];
  it.each(cases)('%s', (_name, marked) => {
    expect(geocodeMarked(marked, world)).toEqual([]);
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
