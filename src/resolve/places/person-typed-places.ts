// Places the recogniser typed PERSON (or missed), taken only where the words around them
// say place:
//   countiesInList          `Becker, Clay, Swift and Wilkin counties`: each name a county
//                           (tagged or not)
//   placeOpeningPersonName  `Toledo Mayor Carty Finkbeiner`, `Douglas County Public Works
//                           Director Dave Robley`, `Navarro County`: a place before an
//                           office, or a county, read as a person
//   partyHometown           `Rep. Torrey Westrom, R-Elbow Lake`: the member's home town or
//                           county (AP style)
//   countryTypedPerson      `Canada` alone: a country
//   personTypedAfterPlaceWord `in Lombard`, `east of Brandon`, `James Tauber of Nelson`: a
//                           town after a word that leads to places
//   personTypedBesidePlace  `Boulder City and Henderson`, `Henderson, Boulder City`: a
//                           town listed with a recognised place
//   personTypedPlaceName    `Greer` typed PERSON where `Greer, South Carolina` is a place
//                           of the article: the same place (./index.ts applies it)
// partyHometown, personTypedAfterPlaceWord and personTypedBesidePlace are weak: a name is
// kept only when the article's own places support it (./index.ts). No rule takes a name
// that another person of the article bears (`Marty Seifert` … `in Seifert`).

import type { LanguageAnalysis } from '../../document/analysis.js';
import type { Span } from '../../document/article.js';
import { plainMention, type PlaceMention } from './mention-name.js';
import { placeOpeningName } from './names-in-other-mentions.js';
import type { GazetteerPlace, PlaceGazetteer } from './place-gazetteer.js';

const NAME = "[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?";
// `Becker, Clay, Otter Tail and Wilkin counties`: capitalised words and separators, each
// separator spelled apart from a word, so that matching stays linear (no word can be read
// two ways).
const COUNTY_LIST = /((?:[A-Z][A-Za-z]*\.?(?:[-'][A-Za-z]+)?(?:,? and |, | ))+)(counties|parishes)\b/g;
const LIST_SEPARATOR = /,? and |, /;
const PARTY_HOMETOWN = new RegExp(`\\b(?:R|D|I|DFL)-((?:Mc)?${NAME}(?: ${NAME})?)(?=[,)]|\\s[—–-])`, 'g');
// Words that lead to a place: `in`, `near`, `east of`, `from`, `of` (after a person: `Tauber of Nelson`).
const PLACE_WORD_BEFORE = /(?:\b(?:in|near|outside|from|of|(?<!according )to|into|through|between|including)|\b(?:north|south|east|west)(?:east|west)?\s+of)\s+$/;
// Offices and bodies that follow the place they serve (`Toledo Mayor`, `Kanawha Circuit Judge`).
const OFFICE_WORDS: ReadonlySet<string> = new Set(('mayor sheriff judge circuit coroner commissioner commissioners police fire ' +
  'public school schools city council county parish township superintendent prosecutor attorney clerk treasurer auditor ' +
  'assessor administrator manager director officials official deputy deputies chief board').split(' '));
const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([...OFFICE_WORDS, ...('society historical elementary high middle ' +
  'church park creek lake river road street avenue highway prairie valley village heights springs falls carbon township').split(' ')]);
// A title before or a verb of saying or living after a name makes it a person (`President Lincoln`, `Lincoln said`).
const PERSON_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|President|Gov|Sen|Rep|Judge|Officer|Sgt|Coach)\.?\s+$/;
const PERSON_AFTER = /^,?\s+(?:said|says|told|added|asked|wrote|noted|explained|lived|died|visited|was born)\b/;
const TOWN_KINDS: ReadonlySet<string> = new Set(['city', 'capital', 'admin2']);

export function findPersonTypedPlaces(text: string, analysis: LanguageAnalysis, gazetteer: PlaceGazetteer): PlaceMention[] {
  const people = analysis.mentions.filter((mention) => mention.type === 'PERSON');
  const personWords = namesOfPeople(text, people);
  const places = analysis.mentions.filter((mention) => mention.type === 'GPE');
  const found: PlaceMention[] = [...countiesInList(text, gazetteer)];
  for (const person of people) {
    const place = placeOpeningPersonName(text, person, gazetteer) ?? countryTypedPerson(text, person, gazetteer, personWords) ??
      personTypedAfterPlaceWord(text, person, gazetteer, personWords) ?? personTypedBesidePlace(text, person, places, gazetteer, personWords);
    if (place) found.push(place);
  }
  found.push(...partyHometowns(text, gazetteer, personWords));
  return found;
}

/**
 * Words of the people named in full (two or three words): `Marty Seifert` makes `Seifert`
 * a person; not a name with a word no person bears (`Lombard Historical Society`).
 */
export function namesOfPeople(text: string, people: readonly Span[]): Set<string> {
  const words = new Set<string>();
  for (const person of people) {
    const parts = text.slice(person.start, person.end).split(/\s+/).map((part) => part.replace(/(?:['’]s?|[.,])$/, ''));
    if (parts.length < 2 || parts.length > 3 || parts.some((part) => NOT_PERSON_WORDS.has(part.toLowerCase()))) continue;
    for (const part of parts) words.add(part);
  }
  return words;
}

export function countiesInList(text: string, gazetteer: PlaceGazetteer): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const match of text.matchAll(COUNTY_LIST)) {
    const word = match[2] === 'parishes' ? 'Parish' : 'County';
    const list = match[1]!.trimEnd();
    if (!/ and /.test(list)) continue;
    const names = list.split(LIST_SEPARATOR);
    const items: PlaceMention[] = [];
    let offset = match.index;
    for (const [index, item] of names.entries()) {
      // The first item may open with words of the sentence (`Roads in Becker, ...`): its last words.
      const words = item.split(' ');
      for (let first = index === 0 ? Math.max(0, words.length - 3) : 0; first < words.length; first++) {
        const name = words.slice(first).join(' ');
        const candidates = words.length - first <= 3 ? gazetteer.lookup(`${name} ${word}`).filter((place) => place.kind === 'admin2') : [];
        if (candidates.length === 0) continue;
        const start = offset + item.length - name.length;
        items.push(plainMention({ start, end: start + name.length }, `${name} ${word}`, candidates));
        break;
      }
      offset += item.length + (LIST_SEPARATOR.exec(list.slice(offset - match.index + item.length))?.[0].length ?? 0);
    }
    // A list of which most names are no county is something else (`Smith, Jones and Brown counties` is rare).
    if (items.length * 2 >= names.length) found.push(...items);
  }
  return found;
}

export function placeOpeningPersonName(text: string, span: Span, gazetteer: PlaceGazetteer): PlaceMention | null {
  const mentionText = text.slice(span.start, span.end);
  const county = /^((?:[A-Z][\w.'-]*\s){1,2}(?:County|Parish))(?:\s|$)/.exec(mentionText);
  if (county) {
    const candidates = gazetteer.lookup(county[1]!).filter((place) => place.kind === 'admin2');
    if (candidates.length > 0) return plainMention({ start: span.start, end: span.start + county[1]!.length }, county[1]!, candidates);
  }
  const opening = placeOpeningName(text, span, gazetteer);
  if (!opening) return null;
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(opening.end, span.end));
  return next && OFFICE_WORDS.has(next[1]!.toLowerCase()) ? opening : null;
}

function townsNamed(name: string, gazetteer: PlaceGazetteer): GazetteerPlace[] {
  return [...gazetteer.lookup(name), ...gazetteer.lookup(`${name} County`)].filter((place) => TOWN_KINDS.has(place.kind));
}

export function partyHometowns(text: string, gazetteer: PlaceGazetteer, personWords: ReadonlySet<string>): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const match of text.matchAll(PARTY_HOMETOWN)) {
    const name = match[1]!;
    const candidates = personWords.has(name) ? [] : townsNamed(name, gazetteer);
    const start = match.index + match[0].length - name.length;
    if (candidates.length > 0) found.push({ ...plainMention({ start, end: start + name.length }, name, candidates), needsSupport: true });
  }
  return found;
}

export function countryTypedPerson(text: string, span: Span, gazetteer: PlaceGazetteer, personWords: ReadonlySet<string>): PlaceMention | null {
  const name = text.slice(span.start, span.end);
  if (personWords.has(name)) return null;
  const country = gazetteer.lookup(name).find((place) => place.kind === 'country');
  return country ? plainMention(span, name, [country]) : null;
}

/** A lone name that is no person of the article and may be a town: the text of a weak candidate. */
function townLikeName(text: string, span: Span, personWords: ReadonlySet<string>): string | null {
  const name = text.slice(span.start, span.end);
  if (personWords.has(name) || !/^\p{Lu}[\p{L}.'’ -]+$/u.test(name) || name.split(' ').length > 3) return null;
  // `McPherson's tabulations`, `McDaniel, 19,`: a person; `Hamilton Township`, `Clinton St.`:
  // part of a longer name.
  return /^(?:['’]s\b|,\s\d{1,3},|\s\p{Lu})/u.test(text.slice(span.end, span.end + 6)) ? null : name;
}

export function personTypedBesidePlace(text: string, span: Span, places: readonly Span[], gazetteer: PlaceGazetteer, personWords: ReadonlySet<string>): PlaceMention | null {
  const name = townLikeName(text, span, personWords);
  if (!name) return null;
  const isBeside = places.some((place) => /^(?:,|,? and|,? or)\s$/.test(place.end <= span.start ? text.slice(place.end, span.start) : text.slice(span.end, place.start)));
  const candidates = isBeside ? townsNamed(name, gazetteer) : [];
  return candidates.length > 0 ? { ...plainMention(span, name, candidates), needsSupport: true } : null;
}

/** PERSON mentions spelled like a name the article places (`chosenNames`, normalised by `normalise`), and no person of the article bears. */
export function personTypedPlaceNames(text: string, analysis: LanguageAnalysis, chosenNames: ReadonlySet<string>, normalise: (name: string) => string): Span[] {
  const people = analysis.mentions.filter((mention) => mention.type === 'PERSON');
  const personWords = namesOfPeople(text, people);
  return people.filter((person) => {
    const name = townLikeName(text, person, personWords);
    return name !== null && chosenNames.has(normalise(name)) && !PERSON_BEFORE.test(text.slice(Math.max(0, person.start - 12), person.start)) &&
      !PERSON_AFTER.test(text.slice(person.end, person.end + 12));
  });
}

export function personTypedAfterPlaceWord(text: string, span: Span, gazetteer: PlaceGazetteer, personWords: ReadonlySet<string>): PlaceMention | null {
  const name = townLikeName(text, span, personWords);
  if (!name || !PLACE_WORD_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start))) return null;
  const candidates = townsNamed(name, gazetteer);
  return candidates.length > 0 ? { ...plainMention(span, name, candidates), needsSupport: true } : null;
}
