// A place entity the actor dictionaries do not know (`Yokota`, `Siem Reap`) takes the
// country of the place the geocoder found for its mentions, and that country as its
// actor code, as CAMEO codes a city by its country.

import type { Entity, Place } from '../document/article.js';

const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC', 'FAC']);

export function addPlaceCountries(entities: readonly Entity[], places: readonly Place[]): Entity[] {
  const countryAt = new Map<number, string>();
  for (const place of places) if (place.country !== null) for (const mention of place.mentions) countryAt.set(mention.start, place.country);
  return entities.map((entity) => {
    if (!PLACE_TYPES.has(entity.type) || entity.country !== null) return entity;
    const country = entity.mentions.map((mention) => countryAt.get(mention.start)).find((found) => found !== undefined);
    return country === undefined ? entity : { ...entity, country, actorCode: entity.actorCode ?? country };
  });
}
