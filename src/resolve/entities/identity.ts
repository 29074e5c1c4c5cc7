// What an entity's code is made of, shared by the coding rules of ./09-assign-actor-codes.ts
// and ./person-identity.ts.

import type { ActorDictionary } from '../actors/actor-dictionary.js';
import type { DraftMention } from './entity-draft.js';

export interface ActorIdentity {
  readonly country: string | null;
  readonly actorCode: string | null;
}

/** What the codes of one entity read besides its own mentions. */
export interface CodingContext {
  readonly organisationCodes: ReadonlyMap<string, ActorIdentity>;
  /** The country the article is about (mainCountryOfArticle), for titles that name none. */
  readonly mainCountry: string | null;
  readonly date: string | null;
}

export function withCountry(code: string | null, dictionary: ActorDictionary): ActorIdentity {
  const prefix = code?.slice(0, 3) ?? '';
  return { actorCode: code, country: dictionary.isCountryCode(prefix) ? prefix : null };
}

export function longestFirst(mentions: readonly DraftMention[]): DraftMention[] {
  return [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start));
}
