// People an article describes by their office without naming them, each an entity of its
// own whose name and role are the description:
//   `the commander for the US Forces Japan`  role `commander for the US Forces Japan`,
//                                            organisation US Forces Japan
//   `Japan's defense minister`, `a spokesman for the Japanese foreign ministry`
// A description must say whose office it is (a country or an organisation in it): `the
// president` alone could be anyone's. A title of a named person (04) is not one, nor an
// apposition to a name (`Austin, the defense secretary`). A later bare `the commander`
// is the last described commander.

import type { ActorDictionary } from '../actors/actor-dictionary.js';
import { countryAt, roleOfTokens } from './04-find-roles.js';
import type { DraftMention, EntityDraft, RoleFact } from './entity-draft.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from './title-words.js';
import type { TokenView } from './token-view.js';

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const POSSESSIVES: ReadonlySet<string> = new Set(["'s", '’s']);
/** Relations of a noun's modifiers before it. */
const MODIFIER_RELATIONS: ReadonlySet<string> = new Set(['amod', 'compound', 'nmod:poss', 'flat']);
/** Relations that keep a word inside the noun phrase after its head. */
const EXTENT_RELATIONS: ReadonlySet<string> = new Set(['nmod', 'case', 'det', 'compound', 'amod', 'flat', 'nummod', 'nmod:poss', 'fixed']);
/** Words that join a head to whose it is (`commander for the US Forces Japan`); `and` would join two people. */
const JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'to', 'the']);

interface Description {
  /** First token of the mention: the word after the determiner, or the possessor (`Japan's`). */
  readonly first: number;
  /** First token of the role: the word after the determiner or the possessive. */
  readonly roleFirst: number;
  readonly head: number;
  readonly end: number;
  readonly isDefinite: boolean;
  readonly possessor: DraftMention | null;
}

/** Adds a draft per described person to `drafts`, with its description mentions and role. */
export function findDescribedPeople(view: TokenView, drafts: EntityDraft[], dictionary: ActorDictionary): void {
  const roleSpans: readonly RoleFact[] = drafts.flatMap((draft) => draft.roles);
  const described: Array<{ draft: EntityDraft; head: string; text: string }> = [];
  for (let k = 0; k < view.count; k++) {
    const head = view.lower(k);
    if (!TITLE_HEADS.has(head) || view.mentionAt(k) !== null || isInsideRole(view, k, roleSpans)) continue;
    const description = describedAt(view, k);
    if (description === null || isNamed(view, description)) continue;
    const mention: DraftMention = {
      start: view.analysis.starts[description.first]!, end: view.analysis.ends[description.end - 1]!,
      firstToken: description.first, endToken: description.end, type: 'PERSON', kind: 'description',
    };
    const text = view.text.slice(mention.start, mention.end).toLowerCase();
    if (description.isDefinite) {
      // `the commander for the US Forces Japan` again, or a bare `the commander` after it.
      const bare = description.end === k + 1 && description.roleFirst === k;
      const earlier = described.findLast((entry) => entry.text === text || (bare && entry.head === head));
      if (earlier) {
        earlier.draft.mentions.push(mention);
        continue;
      }
    }
    if (!namesOwner(view, description, dictionary)) continue;
    const role = roleOfTokens(view, description.roleFirst, description.end, dictionary);
    const draft: EntityDraft = {
      type: 'PERSON', mentions: [mention], roles: [withPossessor(view, role, description.possessor, dictionary)],
      contextCountry: null, isContextGroup: false, gender: null,
    };
    drafts.push(draft);
    described.push({ draft, head, text });
  }
}

/** The description whose head is token `k`: back over its modifiers to a determiner or a possessive, forward over what it is of. */
function describedAt(view: TokenView, k: number): Description | null {
  const { heads, deprels } = view.analysis;
  // `official` in `the official news agency`, `executive` in `national executive committee`: a modifier, not a head.
  if (heads[k]! > k && MODIFIER_RELATIONS.has(deprels[k]!)) return null;
  const sentenceStart = view.sentenceStart(k);
  let j = k - 1;
  while (j >= sentenceStart && !DETERMINERS.has(view.lower(j)) && isModifier(view, j, k)) j--;
  if (j < sentenceStart) return null;
  let first: number;
  let possessor: DraftMention | null = null;
  if (DETERMINERS.has(view.lower(j))) first = j + 1;
  else if (POSSESSIVES.has(view.lower(j)) && j > sentenceStart) {
    possessor = view.mentionAt(j - 1);
    if (possessor === null || !['GPE', 'ORG', 'NORP'].includes(possessor.type)) return null;
    first = possessor.firstToken;
  } else return null;
  // `Lloyd Austin, the defense secretary`: an apposition to a name (which 04 reads when the
  // recogniser has the name as a person's).
  const opener = possessor === null ? j : first;
  if (opener >= 2 && view.form(opener - 1) === ',' && view.mentionAt(opener - 2) !== null) return null;
  const end = extentAfterHead(view, k);
  return { first, roleFirst: j + 1, head: k, end, isDefinite: possessor !== null || view.lower(j) === 'the', possessor };
}

/**
 * The end of what the head is of: the following words that hang from it in the parse
 * through nouns and their prepositions (`chairman of the Senate Agriculture subcommittee
 * on credit`), not a clause (`commander … headquartered in Yokota`); a name is taken whole.
 */
function extentAfterHead(view: TokenView, k: number): number {
  const { heads, deprels } = view.analysis;
  const stop = view.sentenceStop(k);
  let end = k + 1;
  while (end < stop) {
    let ancestor = end;
    while (ancestor !== k && ancestor > k && ancestor < stop && EXTENT_RELATIONS.has(deprels[ancestor]!)) ancestor = heads[ancestor]!;
    const mention = view.mentionAt(end);
    if (ancestor !== k && !(mention !== null && mention.firstToken < end)) break;
    end = mention !== null && mention.type !== 'PERSON' ? Math.max(end + 1, mention.endToken) : end + 1;
  }
  while (end > k + 1 && (JOINERS.has(view.lower(end - 1)) || view.analysis.upos[end - 1] === 'PUNCT')) end--;
  return end;
}

function isModifier(view: TokenView, token: number, head: number): boolean {
  const mention = view.mentionAt(token);
  if (mention !== null) return mention.type !== 'PERSON';
  const lower = view.lower(token);
  if (TITLE_MODIFIERS.has(lower) || TITLE_HEADS.has(lower)) return true;
  // `chief debt negotiator`: a word the parse hangs on the head as its modifier.
  const { heads, deprels } = view.analysis;
  return heads[token]! > token && heads[token]! <= head && MODIFIER_RELATIONS.has(deprels[token]!);
}

/** `the US Secretary of State Antony Blinken`, `Kuwait's Oil Minister, Sheikh Ali al-Sabah,`: a name follows, so the title is that person's. */
function isNamed(view: TokenView, description: Description): boolean {
  let next = description.end;
  if (next < view.count && view.form(next) === ',') next++;
  // Honorifics the recogniser leaves out of the name (`Sheikh`, `Gen.`).
  for (let skipped = 0; skipped < 2 && next < view.count && view.mentionAt(next) === null && TITLE_HEADS.has(view.lower(next)); skipped++) next++;
  return next < view.count && view.mentionAt(next)?.type === 'PERSON';
}

function isInsideRole(view: TokenView, token: number, roles: readonly RoleFact[]): boolean {
  const offset = view.analysis.starts[token]!;
  return roles.some((role) => role.start <= offset && offset < role.end);
}

/** Whether the description says whose office it is: a country or an organisation. */
function namesOwner(view: TokenView, description: Description, dictionary: ActorDictionary): boolean {
  for (let t = description.first; t < description.end; t++) {
    if (view.mentionAt(t)?.type === 'ORG' || countryAt(view, t, dictionary) !== null) return true;
  }
  return false;
}

/** `Japan's defense minister`: the possessor is the role's country or organisation. */
function withPossessor(view: TokenView, role: RoleFact, possessor: DraftMention | null, dictionary: ActorDictionary): RoleFact {
  if (possessor === null) return role;
  const name = view.text.slice(possessor.start, possessor.end);
  if (possessor.type === 'ORG') return { ...role, organisation: role.organisation ?? name };
  return { ...role, country: role.country ?? dictionary.countryOf(name) };
}
