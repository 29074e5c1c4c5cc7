// The country and actor code of a person (see ./09-assign-actor-codes.ts for the order of
// evidence): the dictionary's code for their name on the article's date, else their role.

import type { ActorDictionary } from '../actors/actor-dictionary.js';
import { nameMentions, type EntityDraft, type RoleFact } from './entity-draft.js';
import { longestFirst, withCountry, type ActorIdentity, type CodingContext } from './identity.js';
import type { TokenView } from './token-view.js';

/**
 * Titles a company has as often as a state (`chief executive`, `president`, `chairman`):
 * they make a government officer only when they name a country or stand capitalised
 * right before the name (`President Reagan`), not in `Alton Marshall, Lincoln president`.
 */
const SHARED_TITLES = /\b(?:president|chairman|chairwoman|chair|chief|executive|director|head|vice|managing)\b/i;
const SPOKESPEOPLE = /\bspokes(?:man|woman|person)\b/i;
/** Words that make an organisation a company. */
const COMPANY_WORDS = /\b(?:inc|co|corp|corporation|company|ltd|plc|group|holdings|bank|brothers|securities|partners|capital|industries|airlines|motors?)\b\.?$/i;

export function personIdentity(view: TokenView, draft: EntityDraft, context: CodingContext, dictionary: ActorDictionary): ActorIdentity {
  for (const mention of longestFirst(nameMentions(draft))) {
    const code = dictionary.codeOfName(view.text.slice(mention.start, mention.end), context.date);
    if (code !== null && mention.endToken - mention.firstToken > 1) return withCountry(code, dictionary);
  }
  // A title that names no country is taken to be of the country the article is about (`Prime Minister Pedro Sanchez` in a story on Spain).
  const country = draft.roles.find((role) => role.country !== null)?.country ?? draft.contextCountry ?? (draft.roles.length > 0 ? context.mainCountry : null);
  for (const role of draft.roles) {
    const identity = roleIdentity(view, draft, role, country, context, dictionary);
    if (identity) return identity;
  }
  // A role or a group the sectors do not place (`counterparts`) leaves the bare country.
  if (draft.roles.length > 0 || draft.isContextGroup) return { country, actorCode: country };
  return { country, actorCode: country === null ? null : `${country}CVL` };
}

/** The code one role gives: its organisation's (a company is business), else its title's sector. */
function roleIdentity(view: TokenView, draft: EntityDraft, role: RoleFact, country: string | null, context: CodingContext, dictionary: ActorDictionary): ActorIdentity | null {
  if (role.organisation !== null) {
    const organisation = context.organisationCodes.get(role.organisation) ?? null;
    if (organisation?.actorCode) return organisation;
    if (COMPANY_WORDS.test(role.organisation)) return { country, actorCode: `${country ?? ''}BUS` };
  }
  // A spokesperson speaks for their organisation or state: the dictionary's MED is for the press.
  if (SPOKESPEOPLE.test(role.role)) return { country, actorCode: country };
  const sector = dictionary.sectorOfRole(role.role);
  if (sector === null) return null;
  if (sector.startsWith('GOV') && SHARED_TITLES.test(role.role) && role.country === null && !isTitleBeforeName(view, draft, role)) return null;
  return { country, actorCode: `${country ?? ''}${sector}` };
}

/** `President Reagan`: a capitalised title that ends right before one of the person's names. */
function isTitleBeforeName(view: TokenView, draft: EntityDraft, role: RoleFact): boolean {
  if (!/^\p{Lu}/u.test(role.role)) return false;
  return draft.mentions.some((mention) => mention.kind === 'name' && mention.start > role.end && view.text.slice(role.end, mention.start).trim() === '');
}
