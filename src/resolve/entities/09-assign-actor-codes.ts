// Country and CAMEO actor code of each entity (data/actors):
//   people         their name in the dictionary on the article's date (`Joe Biden` → USAGOV);
//                  else their role's country and sector (`Japanese Foreign Minister` → JPNGOV,
//                  `Defense Minister` → GOVMIL), or their organisation's code when it has
//                  its own (`director of the International Campaign to Ban Landmines` →
//                  NGOHRI); a named person with no role or group is a civilian of the
//                  country a place in their story gives (`UGACVL`)
//   organisations  their name in the dictionary (`AFP` → MED), else the country named in
//                  it and the sector of its words (`US Forces Japan` → USAMIL); two
//                  countries make a joint body (`Japan-US Security Consultative Committee` → IGO)
//   places         a country is its ISO3 code; a capital that acts as a state does
//                  (`Beijing announced`, `Kyiv's delegation`, `mines to Kyiv`:
//                  ./government-cues.ts) is its government (`CHNGOV`)
//   groups         a demonym is its country (`Japanese` → JPN); a people's group its
//                  country and the group noun's sector (`Ukrainian forces` → UKRMIL)

import type { EntityType } from '../../document/article.js';
import type { ActorDictionary } from '../actors/actor-dictionary.js';
import { GIVING_VERBS, GOVERNMENT_NOUNS, GOVERNMENT_VERBS } from './government-cues.js';
import { groupNounSector } from './02-join-group-nouns.js';
import { canonicalMention, countryWordsOf, nameMentions, type DraftMention, type EntityDraft } from './entity-draft.js';
import { longestFirst, withCountry, type ActorIdentity, type CodingContext } from './identity.js';
import { personIdentity } from './person-identity.js';
import type { TokenView } from './token-view.js';

/** Organisation words the agents dictionary lacks that name armed forces. */
const MILITARY_ORGANISATION_WORDS: ReadonlySet<string> = new Set(['forces', 'command', 'army', 'navy', 'marines', 'corps']);

export function assignActorCode(view: TokenView, draft: EntityDraft, context: CodingContext, dictionary: ActorDictionary): ActorIdentity {
  const name = view.text.slice(canonicalMention(draft).start, canonicalMention(draft).end);
  const { date } = context;
  switch (draft.type as EntityType) {
    case 'PERSON': return personIdentity(view, draft, context, dictionary);
    case 'ORG': return organisationIdentity(view, draft, dictionary, context);
    case 'GPE': case 'LOC': return placeIdentity(view, draft, name, dictionary, date);
    case 'NORP': return groupIdentity(view, draft, name, dictionary, date);
    default: return withCountry(dictionary.codeOfName(name, date), dictionary);
  }
}

function groupIdentity(view: TokenView, draft: EntityDraft, name: string, dictionary: ActorDictionary, date: string | null): ActorIdentity {
  const group = nameMentions(draft).find((mention) => mention.groupNounStart !== undefined);
  if (!group) return withCountry(dictionary.countryOf(name, date) ?? dictionary.codeOfName(name, date), dictionary);
  const country = dictionary.countryOf(countryWordsOf(view.text, group), date);
  const sector = groupNounSector(view.text.slice(group.groupNounStart!, group.end), dictionary);
  return { country, actorCode: country === null ? null : `${country}${sector ?? ''}` };
}

/**
 * The country the article is about: the one its place and group mentions name most,
 * when it is named at least twice and half as often again as the next.
 */
export function mainCountryOfArticle(view: TokenView, drafts: readonly EntityDraft[], dictionary: ActorDictionary): string | null {
  const counts = new Map<string, number>();
  for (const draft of drafts) {
    if (draft.type !== 'GPE' && draft.type !== 'NORP') continue;
    for (const mention of nameMentions(draft)) {
      const name = countryWordsOf(view.text, mention);
      const country = dictionary.countryOf(name) ?? dictionary.countryOfName(name)?.country ?? null;
      if (country !== null) counts.set(country, (counts.get(country) ?? 0) + 1);
    }
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 2 || (second && first[1] < 1.5 * second[1])) return null;
  return first[0];
}

function organisationIdentity(view: TokenView, draft: EntityDraft, dictionary: ActorDictionary, context: CodingContext): ActorIdentity {
  const names = longestFirst(nameMentions(draft));
  for (const mention of names) {
    const code = dictionary.codeOfName(view.text.slice(mention.start, mention.end), context.date);
    if (code !== null) return withCountry(code, dictionary);
  }
  const full = view.text.slice(names[0]!.start, names[0]!.end);
  let owner: string | null = null;
  let isJoint = false;
  let sector: string | null = null;
  for (const word of full.split(/\s+/)) {
    const countries = word.split(/[-–]/).map((part) => dictionary.countryOf(part)).filter((country) => country !== null);
    // `Japan-US Security Consultative Committee` is both countries'; `US Forces Japan` the first's.
    if (countries.length > 1) isJoint = true;
    owner ??= countries[0] ?? null;
    if (MILITARY_ORGANISATION_WORDS.has(word.toLowerCase())) sector ??= 'MIL';
  }
  if (isJoint) return { country: null, actorCode: 'IGO' };
  sector ??= dictionary.sectorOfRole(full);
  if (owner === null && sector === null) return { country: null, actorCode: null };
  // A national body named without its country is the country the article is about (`Nuclear Regulation Authority` in a story on Japan).
  owner ??= sector !== null ? context.mainCountry : null;
  return { country: owner, actorCode: `${owner ?? ''}${sector ?? ''}` };
}

function placeIdentity(view: TokenView, draft: EntityDraft, name: string, dictionary: ActorDictionary, date: string | null): ActorIdentity {
  const named = dictionary.countryOfName(name);
  if (named && !named.isCapital) return { country: named.country, actorCode: named.country };
  if (named?.isCapital) {
    const acts = draft.mentions.some((mention) => isGovernmentUse(view, mention));
    return { country: named.country, actorCode: acts ? `${named.country}GOV` : named.country };
  }
  // The name as a whole, never its first word: the `Indian Ocean` is no Indian place.
  return withCountry(dictionary.codeOfName(name, date), dictionary);
}

/**
 * Whether a capital's mention stands for its government: the subject of a verb of saying,
 * deciding or acting (`Beijing announced`), the possessor of what a state has (`Kyiv's
 * delegation`), or who receives what is sent (`send mines to Kyiv`). A dateline's
 * capitals (`NAIROBI`) are the place.
 */
function isGovernmentUse(view: TokenView, mention: DraftMention): boolean {
  const { heads, deprels, lemmas } = view.analysis;
  if (!/\p{Ll}/u.test(view.text.slice(mention.start, mention.end))) return false;
  let token = mention.firstToken;
  for (let t = mention.firstToken; t < mention.endToken; t++) if (heads[t]! < mention.firstToken || heads[t]! >= mention.endToken) token = t;
  const relation = deprels[token]!;
  const head = heads[token]!;
  const headLemma = head >= 0 ? lemmas[head]!.toLowerCase() : '';
  if (relation.startsWith('nsubj')) return GOVERNMENT_VERBS.has(headLemma);
  if (relation === 'nmod:poss') return GOVERNMENT_NOUNS.has(headLemma);
  if (relation === 'obl') return hasCase(view, token, 'to') && GIVING_VERBS.has(headLemma);
  return false;
}

function hasCase(view: TokenView, token: number, word: string): boolean {
  const { heads, deprels } = view.analysis;
  for (let t = Math.max(0, token - 3); t < token; t++) if (heads[t] === token && deprels[t] === 'case' && view.lower(t) === word) return true;
  return false;
}

