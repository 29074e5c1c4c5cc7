// Titles and roles stated for a person mention, each with its characters:
//   titleBeforeName  `US Secretary of State Antony Blinken`, `Defense Minister Minoru Kihara`
//   titleCommaName   `US Ambassador to Japan, Rahm Emanuel,` (the title opens a clause)
//   roleAfterName    `Tamar Gabelnick, director of the International Campaign to Ban Landmines`
// Country words at a title's start are its country (`Japanese Foreign Minister`); the
// country after `to` is where an envoy serves, not whose envoy it is.

import type { ActorDictionary } from '../actors/actor-dictionary.js';
import { countryWordsOf, type DraftMention, type RoleFact } from './entity-draft.js';
import { ROLE_DETERMINERS, TITLE_HEADS, TITLE_JOINERS, TITLE_MODIFIERS } from './title-words.js';
import type { TokenView } from './token-view.js';

const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', ';', '(', ':', '—', '–']);
const ROLE_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ')', ':', '—', '–', '"', '“', '”']);
const MAX_ROLE_TOKENS = 14;

export function findRoles(view: TokenView, mention: DraftMention, dictionary: ActorDictionary): RoleFact[] {
  const roles: RoleFact[] = [];
  const before = titleBeforeName(view, mention.firstToken, dictionary) ?? titleCommaName(view, mention, dictionary);
  if (before) roles.push(before);
  const after = roleAfterName(view, mention, dictionary);
  if (after) roles.push(after);
  return roles;
}

function titleBeforeName(view: TokenView, nameStart: number, dictionary: ActorDictionary): RoleFact | null {
  const first = titleStart(view, nameStart, dictionary);
  return first < nameStart ? roleOfTokens(view, first, nameStart, dictionary) : null;
}

function titleCommaName(view: TokenView, mention: DraftMention, dictionary: ActorDictionary): RoleFact | null {
  const comma = mention.firstToken - 1;
  if (comma < 1 || view.form(comma) !== ',' || !closesApposition(view, mention.endToken)) return null;
  const first = titleStart(view, comma, dictionary);
  if (first >= comma) return null;
  const opener = first - 1;
  if (opener >= view.sentenceStart(comma) && !CLAUSE_OPENERS.has(view.form(opener))) return null;
  return roleOfTokens(view, first, comma, dictionary);
}

/** After the name: a comma, maybe a determiner, then a phrase that opens with a title's words and ends at punctuation. */
function roleAfterName(view: TokenView, mention: DraftMention, dictionary: ActorDictionary): RoleFact | null {
  const comma = mention.endToken;
  const stop = view.sentenceStop(mention.firstToken);
  if (comma >= stop || view.form(comma) !== ',') return null;
  let first = comma + 1;
  if (first < stop && ROLE_DETERMINERS.has(view.lower(first))) first++;
  let head = first;
  while (head < stop && head < first + 3 && !TITLE_HEADS.has(view.lower(head)) && isTitleModifier(view, head, dictionary)) head++;
  if (head >= stop || !TITLE_HEADS.has(view.lower(head))) return null;
  let end = head + 1;
  while (end < stop && end < first + MAX_ROLE_TOKENS && !ROLE_ENDS.has(view.form(end)) && view.mentionAt(end)?.type !== 'PERSON') end++;
  if (end < stop && !ROLE_ENDS.has(view.form(end))) return null;
  return roleOfTokens(view, first, end, dictionary);
}

/** Where the title that ends right before `end` starts (`end` when there is none): its words, back to the first that cannot be one. */
function titleStart(view: TokenView, end: number, dictionary: ActorDictionary): number {
  const sentenceStart = view.sentenceStart(Math.max(end - 1, 0));
  let first = end;
  while (first - 1 >= sentenceStart && isTitleToken(view, first - 1, dictionary)) first--;
  // Leading joiners and capitalised words that are neither titles nor countries are not the title's (`When President …`).
  while (first < end && (TITLE_JOINERS.has(view.lower(first)) || !isTitleWordOrCountry(view, first, dictionary))) first++;
  let hasHead = false;
  for (let k = first; k < end; k++) hasHead ||= TITLE_HEADS.has(view.lower(k));
  return hasHead ? first : end;
}

function isTitleToken(view: TokenView, token: number, dictionary: ActorDictionary): boolean {
  if (view.mentionAt(token)?.type === 'PERSON') return false;
  const lower = view.lower(token);
  if (TITLE_JOINERS.has(lower)) return lower !== 'and' && lower !== "'s" && lower !== '’s';
  return isTitleModifier(view, token, dictionary) || TITLE_HEADS.has(lower);
}

function isTitleModifier(view: TokenView, token: number, dictionary: ActorDictionary): boolean {
  return TITLE_MODIFIERS.has(view.lower(token)) || (view.isCapitalised(token) && /\p{L}/u.test(view.form(token))) || countryAt(view, token, dictionary) !== null;
}

function isTitleWordOrCountry(view: TokenView, token: number, dictionary: ActorDictionary): boolean {
  const lower = view.lower(token);
  if (TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower)) return true;
  if (countryAt(view, token, dictionary) !== null) return true;
  const mention = view.mentionAt(token);
  return mention !== null && mention.type !== 'PERSON';
}

/** A name's apposition closes with a comma, the sentence's end or a bracket. */
function closesApposition(view: TokenView, after: number): boolean {
  return after >= view.sentenceStop(after - 1) || [',', ')', '.', ';'].includes(view.form(after));
}

/** The role of tokens [first, end): leading country words give its country and leave its text. */
export function roleOfTokens(view: TokenView, first: number, end: number, dictionary: ActorDictionary): RoleFact {
  let country: string | null = null;
  let start = first;
  while (start < end - 1 && !TITLE_HEADS.has(view.lower(start))) {
    const stated = countryAt(view, start, dictionary);
    if (stated === null) break;
    country ??= stated;
    start++;
  }
  const organisationMention = [...Array(end - start).keys()].map((k) => view.mentionAt(start + k)).find((mention) => mention?.type === 'ORG') ?? null;
  return {
    start: view.analysis.starts[start]!,
    end: view.analysis.ends[end - 1]!,
    role: view.slice(start, end),
    country: country ?? ownerCountry(view, start, end, dictionary),
    organisation: organisationMention ? view.text.slice(organisationMention.start, organisationMention.end) : null,
  };
}

/** A country named inside the role, not after `to` (`President of Ukraine`, but not `Ambassador to Japan`). */
function ownerCountry(view: TokenView, first: number, end: number, dictionary: ActorDictionary): string | null {
  for (let k = first; k < end; k++) {
    if (k > first && view.lower(k - 1) === 'to') continue;
    const country = countryAt(view, k, dictionary);
    if (country !== null && !TITLE_HEADS.has(view.lower(k))) return country;
  }
  return null;
}

/** The country a token stands for: its place or group mention's (`United States`), or its own word's (`US`, `Japanese`). */
export function countryAt(view: TokenView, token: number, dictionary: ActorDictionary): string | null {
  const mention = view.mentionAt(token);
  if (mention !== null && (mention.type === 'GPE' || mention.type === 'NORP')) return dictionary.countryOf(countryWordsOf(view.text, mention));
  return dictionary.countryOf(view.form(token));
}
