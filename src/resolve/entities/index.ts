// Entities of an article from its name mentions (the language stage's), in order:
//   01 `The` joins organisations' names that print it; 02 a people's or a country's word
//      joins the group it names (`Ukrainian forces`, `US officials`)
//   03 mentions cluster into entities (same name, surname, acronym, country alias)
//   04 titles and roles of each person mention; 05 a country from the words beside a name
//   06 people described by their office but not named (after 04: titles of named people
//      are not descriptions)
//   07 `he` and `she` become mentions of the person they refer to, 08 `they` of the
//      people, organisation or people group (after 03-06: they read names and subjects)
//   09 each entity's country and CAMEO actor code (after 04-06: roles give them)

import type { LanguageAnalysis } from '../../document/analysis.js';
import type { Entity, EntityType } from '../../document/article.js';
import type { ActorDictionary } from '../actors/actor-dictionary.js';
import { includeCapitalisedThe } from './01-include-capitalised-the.js';
import { joinGroupNouns } from './02-join-group-nouns.js';
import { clusterNames } from './03-cluster-names.js';
import { findRoles } from './04-find-roles.js';
import { findContextCountry } from './05-find-context-countries.js';
import { findDescribedPeople } from './06-find-described-people.js';
import { resolvePronouns } from './07-resolve-pronouns.js';
import { resolveGroupPronouns } from './08-resolve-group-pronouns.js';
import { assignActorCode, mainCountryOfArticle } from './09-assign-actor-codes.js';
import type { ActorIdentity } from './identity.js';
import { canonicalMention, type DraftMention, type EntityDraft, type RoleFact } from './entity-draft.js';
import { TokenView } from './token-view.js';

const ENTITY_TYPES: ReadonlySet<string> = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT']);

export interface EntityInput {
  readonly text: string;
  readonly analysis: LanguageAnalysis;
  /** The article's date (`YYYY-MM-DD`): dictionary codes that hold on it win. */
  readonly date: string | null;
}

export function resolveEntities(input: EntityInput, dictionary: ActorDictionary): Entity[] {
  const { text, analysis, date } = input;
  const raw: DraftMention[] = analysis.mentions.filter((mention) => ENTITY_TYPES.has(mention.type)).map((mention) => ({ ...mention, kind: 'name' }));
  const withThe = includeCapitalisedThe(new TokenView(text, analysis, raw), raw);
  const mentions = joinGroupNouns(new TokenView(text, analysis, withThe), withThe, dictionary);
  const view = new TokenView(text, analysis, mentions);
  const drafts = clusterNames(text, mentions, dictionary);
  findPeopleRoles(view, drafts, dictionary);
  findDescribedPeople(view, drafts, dictionary);
  resolvePronouns(view, drafts);
  resolveGroupPronouns(view, drafts);
  const ordered = [...drafts].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const organisationCodes = new Map<string, ActorIdentity>();
  const context = { organisationCodes, mainCountry: mainCountryOfArticle(view, drafts, dictionary), date };
  const identities = new Map<EntityDraft, ActorIdentity>();
  // Organisations first: a person's role may take its organisation's code.
  for (const draft of [...ordered.filter((d) => d.type !== 'PERSON'), ...ordered.filter((d) => d.type === 'PERSON')]) {
    const identity = assignActorCode(view, draft, context, dictionary);
    identities.set(draft, identity);
    if (draft.type === 'ORG') for (const mention of draft.mentions) organisationCodes.set(text.slice(mention.start, mention.end), identity);
  }
  return ordered.map((draft, index) => entityOf(text, draft, `e${index + 1}`, identities.get(draft)!));
}

/** Roles and context countries of every person mention, in text order, so that a title in a list can take the country of the one before it. */
function findPeopleRoles(view: TokenView, drafts: readonly EntityDraft[], dictionary: ActorDictionary): void {
  const owners = new Map<DraftMention, EntityDraft>();
  for (const draft of drafts) if (draft.type === 'PERSON') for (const mention of draft.mentions) owners.set(mention, draft);
  const people = [...owners.keys()].sort((a, b) => a.start - b.start);
  let previous: { mention: DraftMention; country: string | null } | null = null;
  for (const mention of people) {
    const draft = owners.get(mention)!;
    const roles = findRoles(view, mention, dictionary);
    const listCountry: string | null = previous !== null && isNextInList(view, previous.mention, mention, roles) ? previous.country : null;
    for (const role of roles) draft.roles.push(role.country === null && listCountry !== null ? { ...role, country: listCountry } : role);
    const context = draft.contextCountry === null ? findContextCountry(view, mention, dictionary) : null;
    if (context) {
      draft.contextCountry = context.country;
      draft.isContextGroup = context.isGroup;
    }
    previous = { mention, country: roles.find((role) => role.country !== null)?.country ?? listCountry };
  }
}

/** `US Secretary of State Antony Blinken, Secretary of Defense Lloyd Austin`: the second title follows the first name after a comma or `and`. */
function isNextInList(view: TokenView, previous: DraftMention, mention: DraftMention, roles: readonly RoleFact[]): boolean {
  const title = roles.find((role) => role.end <= mention.start);
  if (!title || view.sentenceStart(previous.firstToken) !== view.sentenceStart(mention.firstToken)) return false;
  const between = view.text.slice(previous.end, title.start).trim();
  return between === ',' || between === 'and' || between === ', and';
}

function entityOf(text: string, draft: EntityDraft, id: string, identity: ActorIdentity): Entity {
  const canonical = canonicalMention(draft);
  const roleMentions = distinctRoles(draft.roles);
  return {
    id,
    // A name broken over lines in the source reads as one line.
    name: text.slice(canonical.start, canonical.end).replace(/\s+/g, ' '),
    type: draft.type,
    roles: roleMentions.map((role) => role.role),
    country: identity.country,
    actorCode: identity.actorCode,
    mentions: draft.mentions.map((mention) => ({ start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), kind: mention.kind })),
    roleMentions,
  };
}

/** One role per wording (the first place it is stated), and none whose words a longer role holds (`Secretary` beside `Secretary of Defense`). */
function distinctRoles(roles: readonly RoleFact[]): RoleFact[] {
  const words = (role: RoleFact) => role.role.toLowerCase().split(/\s+/);
  const distinct = roles.filter((role, index) => roles.findIndex((other) => other.role.toLowerCase() === role.role.toLowerCase()) === index);
  return distinct.filter((role) => !distinct.some((other) => other !== role && other.role.length > role.role.length && words(role).every((word) => words(other).includes(word))));
}
