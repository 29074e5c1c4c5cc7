// The working form of an entity while the rules of src/resolve/entities build it: its
// mentions with their token ranges, and the roles found for it. index.ts turns drafts
// into the contract's `Entity`.

import type { MentionType } from '../../document/analysis.js';
import type { EntityType, RoleMention, Span } from '../../document/article.js';

export type EntityMentionKind = 'name' | 'acronym' | 'pronoun' | 'description';

export interface DraftMention extends Span {
  readonly firstToken: number;
  readonly endToken: number;
  readonly type: MentionType;
  readonly kind: EntityMentionKind;
  /** Where the group noun starts in a group's mention (`forces` of `Ukrainian forces`): the words before it are its country's. */
  readonly groupNounStart?: number;
}

/** The words of a mention that name a country: all of them, or those before a group's noun (`Ukrainian` of `Ukrainian forces`). */
export function countryWordsOf(text: string, mention: DraftMention): string {
  return text.slice(mention.start, mention.groupNounStart ?? mention.end).trim();
}

/** A title or role stated for a person (`director of the International Campaign to Ban Landmines`). */
export type RoleFact = RoleMention;

export interface EntityDraft {
  type: EntityType;
  readonly mentions: DraftMention[];
  readonly roles: RoleFact[];
  /** A country stated beside the name though no role is (`Japanese counterparts, Yoko Kamikawa`; `who lost a leg … in northern Uganda`). */
  contextCountry: string | null;
  /** Whether that country came with a group the person belongs to (`counterparts`, `officials`) rather than a place in their story. */
  isContextGroup: boolean;
  /** Set by a pronoun rule once `he` or `she` refers to the entity. */
  gender: 'male' | 'female' | null;
}

export function nameMentions(draft: EntityDraft): DraftMention[] {
  return draft.mentions.filter((mention) => mention.kind !== 'pronoun');
}

/** The fullest name: the longest name mention (an acronym only when there is nothing else). */
export function canonicalMention(draft: EntityDraft): DraftMention {
  const names = draft.mentions.filter((mention) => mention.kind === 'name');
  const pool = names.length > 0 ? names : nameMentions(draft);
  return pool.reduce((best, mention) => (mention.end - mention.start > best.end - best.start ? mention : best));
}
