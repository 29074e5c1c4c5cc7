// A place entity the dictionaries do not know takes the geocoded place's country (issue 4).

import { describe, expect, it } from 'vitest';
import type { Entity, Place } from '../../src/document/article.js';
import { addPlaceCountries } from '../../src/resolve/place-countries.js';

const entity = (name: string, type: Entity['type'], start: number, country: string | null = null): Entity => ({
  id: `e-${name}`, name, type, roles: [], country, actorCode: country, mentions: [{ start, end: start + name.length, text: name, kind: 'name' }],
});
const place = (name: string, start: number, country: string | null): Place => ({ name, lat: 0, lon: 0, country, gazetteerId: null, mentions: [{ start, end: start + name.length }] });

describe('addPlaceCountries', () => {
  it('gives a place entity with no country the country of the place at its mention', () => {
    const [yokota] = addPlaceCountries([entity('Yokota', 'GPE', 10)], [place('Yokota', 10, 'JPN')]);
    expect(yokota).toMatchObject({ country: 'JPN', actorCode: 'JPN' });
  });

  it('keeps a country the dictionaries gave, and leaves people and places elsewhere alone', () => {
    const entities = [entity('Washington', 'GPE', 0, 'USA'), entity('Georgia Smith', 'PERSON', 20), entity('Atlantis', 'GPE', 40)];
    const result = addPlaceCountries(entities, [place('Washington', 0, 'GEO'), place('Georgia', 20, 'USA'), place('Atlantis', 60, 'GRC')]);
    expect(result.map((found) => found.country)).toEqual(['USA', null, null]);
  });
});
