// Finds the mentions to geocode and what their surroundings say about them:
//   nameOfMention        `the West Bank` → `West Bank`, `Kyiv's` → `Kyiv`
//   countyAfterName      `Laurel County` when the recogniser stopped at `Laurel`
//   divisionWordAfter    `Siem Reap province`: a first-level division
//   containerAfterComma  `Springfield, Illinois`, `Tokyo, Japan`, `Dayton, Ohio`: the
//                        place after the comma contains the one before, also when the
//                        recogniser took both as one mention (`Washington, D.C.`)
//   nameWithOfAfter      `Democratic Republic of Congo` when the recogniser stopped at
//                        `Democratic Republic`
//   anchorOfNearPhrase   `Yokota in the western suburbs of Tokyo`: a place near Tokyo
//   planets              `a spacecraft to Jupiter` is no town of Florida, `Jupiter, Fla.` is
//   landformWordAfter    `the Noto peninsula`: a land feature the gazetteer may lack, so a
//                        town of the name counts only in a country the article places
// and, in ./names-in-other-mentions.ts, places named by mentions of other types, in
// ./person-typed-places.ts, places read as people, in ./unrecognised-names.ts, places no
// mention covers.

import type { LanguageAnalysis } from '../../document/analysis.js';
import type { Span } from '../../document/article.js';
import { isTownLike } from './choose-place.js';
import { nameSpan, type PlaceMention } from './mention-name.js';
import { findPlacesInOtherMentions, placeAfterDirection, placeOpeningName } from './names-in-other-mentions.js';
import type { GazetteerPlace, PlaceGazetteer } from './place-gazetteer.js';
import { findPersonTypedPlaces } from './person-typed-places.js';
import { findUnrecognisedPlaces } from './unrecognised-names.js';
import { spansOverlap } from '../../document/span.js';

const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC', 'FAC']);
const DIVISION_WORD = /^\s+(province|prefecture|state|region|oblast|governorate|department|district)\b/i;
const LANDFORM_WORD = /^\s+(peninsula|island|islands|isles|mountains|range|river|lake|bay|gulf|valley|desert|strait|coast|plateau|basin|delta|canyon|glacier|volcano)\b/i;
/** Planets and moons that towns are named after: a place only with its container (`Jupiter, Fla.`). */
const SKY_NAMES: ReadonlySet<string> = new Set(['mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto', 'europa', 'titan', 'ganymede', 'callisto']);
const NEAR_PHRASE = /^,?\s+(?:(?:in|on)\s+the\s+(?:\w+ern\s+)?(?:suburbs?|outskirts|edge)\s+of|just\s+outside|outside|near|close\s+to)\s+$/i;
const FACILITY_TOWN_POPULATION = 100_000;
const CONTAINER_KINDS: ReadonlySet<string> = new Set(['country', 'admin1']);

/** Every GPE, LOC and FAC mention with its gazetteer candidates and the hints around it, in text order. */
export function findPlaceMentions(text: string, analysis: LanguageAnalysis, gazetteer: PlaceGazetteer): PlaceMention[] {
  const spans = analysis.mentions.filter((mention) => PLACE_TYPES.has(mention.type)).map((span) => ({ ...span, ...placeBeforeCommaInside(text, span, gazetteer) }));
  // First, so that on the same span a county of a list (`Jackson and Barrow counties`) beats the town.
  const found: PlaceMention[] = findPersonTypedPlaces(text, analysis, gazetteer);
  for (const span of spans) {
    const { span: extended, name } = nameSpan(text, countyAfterName(text, span, gazetteer) ?? nameWithOfAfter(text, span, gazetteer) ?? span);
    const candidates = gazetteer.lookup(name).filter((place) => span.type !== 'FAC' || isFacilityTown(place));
    // `Norfolk High School`, `Northeast Nebraska` typed as places: the place inside the name.
    const inner = candidates.length === 0 ? placeOpeningName(text, span, gazetteer) ?? placeAfterDirection(text, span, gazetteer) : null;
    if (inner) {
      found.push(inner);
      continue;
    }
    const container = containerAfterComma(text, extended, gazetteer);
    if (!container && SKY_NAMES.has(name.toLowerCase())) continue;
    const after = text.slice(extended.end, extended.end + 20);
    // `the Noto peninsula` is not Noto, Sicily: a town of the feature's name is trusted only
    // in a country of the story (the `Caucasus mountains` and the `Indian Ocean coast` are the region and the sea).
    const isLandform = LANDFORM_WORD.test(after) && candidates.every(isTownLike);
    found.push({
      ...extended, name, candidates, isDivision: DIVISION_WORD.test(after),
      container: container?.place ?? null, anchor: anchorOfNearPhrase(text, extended, spans),
      ...(isLandform ? { needsSupport: true, isCountrySupportEnough: true } : {}),
    });
    if (container && !spans.some((other) => spansOverlap(other, container.span))) {
      found.push({ ...container.span, name: container.name, candidates: [container.place], isDivision: false, container: null, anchor: null });
    }
  }
  found.push(...findPlacesInOtherMentions(text, analysis, gazetteer), ...findUnrecognisedPlaces(text, analysis, gazetteer));
  // A name with no place and no place beside it is no mention (a compound typed GPE,
  // `US-Japan`, gives way to its parts); two rules may find the same span: keep it once.
  const sorted = found.filter((mention) => mention.candidates.length > 0 || mention.anchor).sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((mention, index) => index === 0 || mention.start >= sorted[index - 1]!.end);
}

/** A facility named like a small town is the facility (the `White House`, not White House, Tennessee). */
function isFacilityTown(place: GazetteerPlace): boolean {
  return (place.kind !== 'city' && place.kind !== 'admin2') || place.population >= FACILITY_TOWN_POPULATION;
}

function countyAfterName(text: string, span: Span, gazetteer: PlaceGazetteer): Span | null {
  const match = /^\s(County|Parish)\b/.exec(text.slice(span.end, span.end + 8));
  if (!match) return null;
  const end = span.end + match[0].length;
  return gazetteer.lookup(text.slice(span.start, end)).length > 0 ? { start: span.start, end } : null;
}

/** `Y, Z` as one mention, where Z contains Y: the span of Y alone (Z follows as its container), else the span unchanged. */
function placeBeforeCommaInside(text: string, span: Span, gazetteer: PlaceGazetteer): Span {
  const comma = text.slice(span.start, span.end).indexOf(', ');
  if (comma <= 0) return span;
  const before = { start: span.start, end: span.start + comma };
  const container = containerAfterComma(text, before, gazetteer);
  return container && container.span.end === span.end ? before : span;
}

/** `Democratic Republic` + ` of Congo`: the longer name when the gazetteer has it. */
function nameWithOfAfter(text: string, span: Span, gazetteer: PlaceGazetteer): Span | null {
  const match = /^ of (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)?/.exec(text.slice(span.end, span.end + 40));
  if (!match) return null;
  for (let end = span.end + match[0].length; end > span.end + 4; end = text.lastIndexOf(' ', end - 1)) {
    if (gazetteer.lookup(text.slice(span.start, end)).length > 0) return { start: span.start, end };
  }
  return null;
}

/** `Y, Z` where Z is a country or first-level division (`Springfield, Ill.`, `Tokyo, Japan`). */
function containerAfterComma(text: string, span: Span, gazetteer: PlaceGazetteer): { span: Span; name: string; place: GazetteerPlace } | null {
  const after = /^,\s?((?:[A-Z][\w.'’-]*)(?:\s[A-Z][\w.'’-]*){0,2})/.exec(text.slice(span.end, span.end + 40));
  if (!after) return null;
  const words = after[1]!.split(' ');
  for (let count = words.length; count >= 1; count--) {
    const name = words.slice(0, count).join(' ').replace(/[,;:]$/, '');
    const place = gazetteer.lookup(name).find((candidate) => CONTAINER_KINDS.has(candidate.kind));
    if (!place) continue;
    const start = span.end + after[0].length - after[1]!.length;
    return { span: { start, end: start + name.length }, name, place };
  }
  return null;
}

/** The mention that `in the western suburbs of` (or `near`, `outside`) leads to right after this one. */
function anchorOfNearPhrase(text: string, span: Span, spans: readonly Span[]): Span | null {
  const next = spans.find((other) => other.start > span.end && other.start - span.end <= 40);
  return next && NEAR_PHRASE.test(text.slice(span.end, next.start)) ? next : null;
}
