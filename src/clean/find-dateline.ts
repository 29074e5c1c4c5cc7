import { monthPattern } from './calendar.js';

export interface FoundDateline {
  readonly end: number;
  readonly place: string;
  readonly agency: string | null;
  readonly dateText: string | null;
}

// `TOKYO (Reuters) - `, `KYIV, Ukraine (AP) — `, `SIEM REAP, Cambodia, Nov 26 (Reuters) - `, `Tokyo (AFP) - `
const placeWord = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
const dateline = new RegExp(
  String.raw`^(?<place>${placeWord}(?: ${placeWord}){0,3}(?:, ${placeWord}(?: ${placeWord}){0,2}){0,2})` +
    String.raw`(?:, (?<date>${monthPattern}\.? \d{1,2}(?:, \d{4})?))?` +
    String.raw`(?: ?\((?<agency>\p{L}[\p{L} .&-]{0,30})\))?` +
    String.raw` ?(?:[-–—]{1,2}|:) (?=\S)`,
  'u',
);

/** Finds a dateline at the start of a paragraph. The place must be in capitals unless an agency follows it. */
export function findDateline(paragraph: string): FoundDateline | null {
  const match = dateline.exec(paragraph);
  if (!match?.groups) return null;
  const place = match.groups['place']!;
  const agency = match.groups['agency'] ?? null;
  const firstWord = place.split(/[ ,]/)[0]!;
  const isCapitals = firstWord.length >= 2 && firstWord === firstWord.toUpperCase();
  if (!isCapitals && agency === null) return null;
  return { end: match[0].length, place, agency, dateText: match.groups['date'] ?? null };
}
