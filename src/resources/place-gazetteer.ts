// Reads the place gazetteer from data/places (checked against its manifest).

import { PlaceGazetteer } from '../resolve/places/place-gazetteer.js';
import { defaultDataRoot, readDataFolder } from './data-folder.js';

export function loadPlaceGazetteer(root = defaultDataRoot()): PlaceGazetteer {
  const folder = readDataFolder('places', root);
  return PlaceGazetteer.fromBytes({ places: folder.file('places.tsv.gz'), demonyms: folder.file('demonyms.tsv') });
}
