// Places named by mentions that are not typed as places:
//   demonymOfCountry       `Japanese`, `Palestinians`, `Sri Lankan` (NORP, MISC, ORG):
//                          a mention of the country
//   organisationNamedPlace `Kentucky`, `Madison County`, `Oakland` typed ORG or MISC
//                          (a team, a government, a county board): the place itself
//   placeOpeningName       `Mansfield Police Department`, `Minnesota State Patrol`: an
//                          organisation or facility named after its place
//   placeClosingName       `University of Nebraska`, `Port of Los Angeles`
//   partsOfCompound        `US-Japan`, `Egyptian-US`: each part a country
//   placeAfterDirection    `Northeast Nebraska`, `East Oxford`: the place named after
//                          the direction, when the whole is unknown
// A PERSON mention never names a place here: `Harpo said` is the person.

import type { LanguageAnalysis } from '../../document/analysis.js';
import type { Span } from '../../document/article.js';
import type { GazetteerPlace, PlaceGazetteer } from './place-gazetteer.js';
import { nameOfMention, nameSpan, plainMention, type PlaceMention } from './mention-name.js';

const DEMONYM_TYPES: ReadonlySet<string> = new Set(['NORP', 'MISC', 'ORG']);
const COMPOUND_TYPES: ReadonlySet<string> = new Set(['GPE', 'NORP', 'MISC', 'ORG']);
const NAMED_AFTER_PLACE_TYPES: ReadonlySet<string> = new Set(['ORG', 'MISC']);
const BIG_CITY = 10_000;
// Words after a name that make it a brand or a firm rather than the place's own
// institution (`Ford Motor`, `Toyota Motor Corp`; but `Mansfield Police`).
const FIRM_WORDS: ReadonlySet<string> = new Set('motor motors co co. corp corp. inc inc. llc ltd company brothers bros'.split(' '));
// Words after a place that make the name its own institution (`Mansfield Police`, `Norfolk
// High School`, `Minnesota State Patrol`); after other words the place must lie in a country
// the article's other places lie in (`Toledo Blade`), else it is a brand or a thing named
// after a place (`Falcon Heavy` is no state of Venezuela).
const INSTITUTION_WORDS: ReadonlySet<string> = new Set(('police sheriff sheriff\'s fire county city town township borough village state ' +
  'school schools high elementary middle college university community public municipal district department board council ' +
  'court courts mayor government commission authority hospital medical library airport port transit housing water ' +
  'parks health emergency regional area chamber planning zoning metropolitan metro').split(' '));
const LOCAL_KINDS: ReadonlySet<string> = new Set(['country', 'capital', 'city', 'admin1', 'admin2']);
// Words that open organisation names and happen to name some small town (`South High
// School`, `University Hospital`, `City Council`): not the place.
const GENERIC_WORDS: ReadonlySet<string> = new Set(('north south east west central northern southern eastern western ' +
  'northeast northwest southeast southwest midwest metro metropolitan university city county state federal national ' +
  'united international royal general community regional union liberty independence victory unity progress delta ' +
  'gulf pacific atlantic mountain valley lake river bay harbor park garden summit pioneer heritage orange golden ' +
  'white green blue red black silver star sun sunrise sunset hope faith grace trinity providence mercy saint st ' +
  'christian catholic baptist methodist lutheran jewish islamic american america new old fort mount ' +
  'miss mr mrs ms dr sir lord lady king queen prince president governor senator mayor judge')
  .split(' '));

export function findPlacesInOtherMentions(text: string, analysis: LanguageAnalysis, gazetteer: PlaceGazetteer): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const mention of analysis.mentions) {
    const parts = COMPOUND_TYPES.has(mention.type) ? partsOfCompound(text, mention, gazetteer) : [];
    if (parts.length > 0) {
      found.push(...parts);
      continue;
    }
    const demonym = DEMONYM_TYPES.has(mention.type) ? demonymOfCountry(text, mention, gazetteer) : null;
    if (demonym) found.push(demonym);
    else if (NAMED_AFTER_PLACE_TYPES.has(mention.type)) {
      const place = organisationNamedPlace(text, mention, gazetteer) ?? placeOpeningName(text, mention, gazetteer) ?? placeClosingName(text, mention, gazetteer);
      if (place) found.push(place);
    }
  }
  return found;
}

function localPlaces(name: string, gazetteer: PlaceGazetteer): GazetteerPlace[] {
  if (!/^\p{Lu}/u.test(name) || GENERIC_WORDS.has(name.toLowerCase().replace(/\.$/, ''))) return [];
  // Towns of unknown population (US postal places) are too small to read into other
  // names: `Interior` is the department, `Rescue` the team.
  return gazetteer.lookup(name).filter((place) => LOCAL_KINDS.has(place.kind) && (place.kind !== 'city' || place.population > 0));
}

function demonymOfCountry(text: string, span: Span, gazetteer: PlaceGazetteer): PlaceMention | null {
  const { span: inner, name } = nameSpan(text, span);
  const country = gazetteer.countryOfDemonym(name);
  const place = country ? gazetteer.countryPlace(country) : null;
  return place ? plainMention(inner, name, [place]) : null;
}

/**
 * The whole name, when it names a country, a division or a big city (`Oakland`, not the
 * car maker `Ford` nor the `UN` that spells a town in India); all the places so named stay
 * candidates (`EU`).
 */
function organisationNamedPlace(text: string, span: Span, gazetteer: PlaceGazetteer): PlaceMention | null {
  const { span: inner, name } = nameSpan(text, span);
  const isAcronym = /^[A-Z.]{1,5}$/.test(name);
  const fits = localPlaces(name, gazetteer).some((place) => place.kind === 'country' || (!isAcronym && (place.kind === 'admin1' || place.kind === 'admin2' || place.population >= BIG_CITY)));
  return fits ? plainMention(inner, name, gazetteer.lookup(name)) : null;
}

/**
 * The longest opening of the name (up to three words, at least one word left over) that
 * names a place: `Mansfield Police`, `Norfolk High School`; not a firm (`Ford Motor`), and
 * only with the article's support before other words (`Falcon Heavy`).
 */
export function placeOpeningName(text: string, span: Span, gazetteer: PlaceGazetteer): PlaceMention | null {
  const mentionText = text.slice(span.start, span.end);
  const words = [...mentionText.matchAll(/[^\s-]+/g)];
  const first = /^the\s+/i.test(mentionText) ? 1 : 0;
  for (let count = Math.min(3, words.length - first - 1); count >= 1; count--) {
    const last = words[first + count - 1]!;
    const next = words[first + count]!;
    // `Freedonia-Sylvania` is a compound of places (partsOfCompound), not a name opening with one.
    if (FIRM_WORDS.has(next[0].toLowerCase()) || mentionText[next.index - 1] === '-') continue;
    const name = mentionText.slice(words[first]!.index, last.index + last[0].length);
    // `U.N.`, `La`: an abbreviation or a particle opening a name is no town.
    if (/^(?:\p{L}\.){2,}$/u.test(name) || name.length <= 2) continue;
    const candidates = localPlaces(name, gazetteer);
    if (candidates.length > 0) {
      const start = span.start + words[first]!.index;
      const isInstitution = words.slice(first + count).some((word) => INSTITUTION_WORDS.has(word[0].toLowerCase()));
      return { ...plainMention({ start, end: start + name.length }, name, candidates), needsSupport: !isInstitution, isCountrySupportEnough: !isInstitution };
    }
  }
  return null;
}

/** `University of Nebraska`, `Association of Western Pennsylvania`: the place after the last `of`. */
function placeClosingName(text: string, span: Span, gazetteer: PlaceGazetteer): PlaceMention | null {
  const mentionText = text.slice(span.start, span.end);
  const match = /\bof\s+(?:the\s+)?(?:(?:Northern|Southern|Eastern|Western|Central)\s+)?((?:\p{Lu}[\w.'-]*\s?){1,3})$/u.exec(mentionText);
  if (!match) return null;
  const name = match[1]!.trim();
  const candidates = localPlaces(name, gazetteer);
  const start = span.start + mentionText.length - match[1]!.length;
  return candidates.length > 0 ? plainMention({ start, end: start + name.length }, name, candidates) : null;
}

/** `US-Japan` (talks), `Egyptian-US` (relations): a compound of countries, each part a mention of its country. */
function partsOfCompound(text: string, span: Span, gazetteer: PlaceGazetteer): PlaceMention[] {
  const mentionText = text.slice(span.start, span.end);
  if (!/^[\p{L}.]+(?:-[\p{L}.]+)+$/u.test(mentionText)) return [];
  const parts: PlaceMention[] = [];
  for (const match of mentionText.matchAll(/[^-]+/g)) {
    const country = gazetteer.countryOfDemonym(match[0]);
    const place = country ? gazetteer.countryPlace(country) : gazetteer.lookup(match[0]).find((candidate) => candidate.kind === 'country');
    if (!place) return [];
    parts.push(plainMention({ start: span.start + match.index, end: span.start + match.index + match[0].length }, match[0], [place]));
  }
  return parts;
}

const DIRECTION = /^(?:(?:North|South|East|West)(?:east|west)?(?:ern)?|Central|Upper|Lower|Greater|Downtown|Northern|Southern|Eastern|Western)[\s-]+/;

export function placeAfterDirection(text: string, span: Span, gazetteer: PlaceGazetteer): PlaceMention | null {
  const mentionText = text.slice(span.start, span.end);
  const direction = DIRECTION.exec(mentionText);
  if (!direction) return null;
  const name = nameOfMention(mentionText.slice(direction[0].length));
  const candidates = localPlaces(name, gazetteer);
  const start = span.start + direction[0].length;
  return candidates.length > 0 ? plainMention({ start, end: start + name.length }, name, candidates) : null;
}
