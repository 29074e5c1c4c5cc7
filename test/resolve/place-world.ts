// The fictional world of places (test/fixtures/world/places.tsv) and a hand-built
// language analysis, so that place rules are tested without the models or real data.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageAnalysis, type Mention, type MentionType } from '../../src/document/analysis.js';
import type { Place } from '../../src/document/article.js';
import { geocodePlaces, PlaceGazetteer } from '../../src/resolve/places/index.js';
import { projectRoot } from '../helpers.js';

export function loadPlaceWorld(): PlaceGazetteer {
  const dir = join(projectRoot, 'test', 'fixtures', 'world');
  return PlaceGazetteer.fromBytes({ places: readFileSync(join(dir, 'places.tsv')), demonyms: readFileSync(join(dir, 'place-demonyms.tsv')) });
}

/** `[[Groucho]]/GPE met [[Harpo]]/PERSON`: the text without brackets, each bracketed name a mention of the type after it. */
export function analysedText(marked: string): { text: string; analysis: LanguageAnalysis } {
  const mentions: Mention[] = [];
  let text = '';
  let rest = marked;
  for (let match = /\[\[(.+?)\]\]\/([A-Z]+)/.exec(rest); match; match = /\[\[(.+?)\]\]\/([A-Z]+)/.exec(rest)) {
    text += rest.slice(0, match.index);
    const start = text.length;
    text += match[1]!;
    mentions.push({ start, end: text.length, firstToken: 0, endToken: 0, type: match[2] as MentionType });
    rest = rest.slice(match.index + match[0].length);
  }
  text += rest;
  const none = new Int32Array(0);
  return { text, analysis: new LanguageAnalysis(none, none, [], [], [], [], none, [], mentions) };
}

/** Places as `name (id) mention@start-end, ...` lines, for compact assertions on text and offsets. */
export function describePlaces(text: string, places: readonly Place[]): string[] {
  return places.map((place) => `${place.name} (${place.gazetteerId ?? `near ${place.lat},${place.lon}`}) ` +
    place.mentions.map((span) => `${text.slice(span.start, span.end)}@${span.start}-${span.end}`).join(', '));
}

export function geocodeMarked(marked: string, gazetteer: PlaceGazetteer): string[] {
  const input = analysedText(marked);
  return describePlaces(input.text, geocodePlaces(input, gazetteer));
}
