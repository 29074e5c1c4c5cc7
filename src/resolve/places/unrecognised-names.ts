// Place names the recogniser did not mark, found by the gazetteer where their form
// leaves no doubt:
//   divisionAbbreviation  `Ill.`, `D-S.C.`, `Vanderburgh, Ind.`: a state's abbreviation
//                         with its full stop (AP style), which no other word spells
//   datelinePlace         `CROMWELL — Police said...`, `FALLS VILLAGE—The board...`: the
//                         capitalised place that opens a sentence before a dash

import type { LanguageAnalysis } from '../../document/analysis.js';
import { plainMention, type PlaceMention } from './mention-name.js';
import type { PlaceGazetteer } from './place-gazetteer.js';

const DATELINE = /^([A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,2})(?:, [A-Z][\w.]+)?\s*(?:—|–|--|-)/;
const LOCAL_KINDS: ReadonlySet<string> = new Set(['capital', 'city', 'admin1', 'admin2']);

export function findUnrecognisedPlaces(text: string, analysis: LanguageAnalysis, gazetteer: PlaceGazetteer): PlaceMention[] {
  return [...divisionAbbreviations(text, gazetteer), ...datelinePlaces(text, analysis, gazetteer)];
}

function divisionAbbreviations(text: string, gazetteer: PlaceGazetteer): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const [abbreviation, place] of gazetteer.divisionAbbreviations) {
    for (let start = text.indexOf(abbreviation); start >= 0; start = text.indexOf(abbreviation, start + 1)) {
      const end = start + abbreviation.length;
      const isWord = !/[\p{L}.]/u.test(text[start - 1] ?? ' ') && !/\p{L}/u.test(text[end] ?? ' ');
      if (isWord) found.push(plainMention({ start, end }, abbreviation, [place]));
    }
  }
  return found;
}

/** Sentence openings: the text's start and each sentence's first character. */
function datelinePlaces(text: string, analysis: LanguageAnalysis, gazetteer: PlaceGazetteer): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const start of new Set([0, ...analysis.sentences.map((sentence) => sentence.start)])) {
    const match = DATELINE.exec(text.slice(start, start + 60));
    if (!match) continue;
    const name = match[1]!;
    const candidates = gazetteer.lookup(name).filter((place) => LOCAL_KINDS.has(place.kind));
    if (candidates.length > 0) found.push(plainMention({ start, end: start + name.length }, name, candidates));
  }
  return found;
}
