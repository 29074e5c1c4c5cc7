// `they`, `them`, `their` that refer to named actors become mentions of them. The
// antecedent is the nearest plural subject: earlier in the pronoun's own sentence, else
// in the two sentences before it. It refers to an entity when that subject is
//   names joined by `and`              `Blinken and Austin joined their counterparts`,
//                                      `Varian Associates and Siemens said they`
//                                      (the pronoun becomes a mention of each)
//   a plural name                      `The Houthis said they fired`, `Ukrainians said they`
//   an organisation, in its own sentence `Apple have released … their iPod range`
//   an earlier `they` resolved so
// Any other plural subject (`victims`, `Japanese officials`) is what the pronoun refers to,
// and it is no entity (the people of `Japanese` are not all Japanese): the pronoun stays
// unresolved rather than taking a more distant name.
// Pronouns inside quotation marks are the speaker's words and are left alone.

import { descendantRun } from '../../document/analysis.js';
import { isInsideQuote } from './07-resolve-pronouns.js';
import type { DraftMention, EntityDraft } from './entity-draft.js';
import type { TokenView } from './token-view.js';

const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const SENTENCES_BACK = 2;
const PLURAL_TAGS: ReadonlySet<string> = new Set(['NNS', 'NNPS']);
/** Plural words that end the names of single firms and bodies. */
const FIRM_PLURALS = /^(?:securities|industries|holdings|partners|brothers|airlines|airways|motors|systems|services|communications|resources|products|laboratories|technologies|nations|states|times|news|affairs)$/i;

/** What a plural subject refers to: the entities (none for a group no entity names). */
type Antecedent = readonly EntityDraft[];

export function resolveGroupPronouns(view: TokenView, drafts: readonly EntityDraft[]): void {
  // The entity of each name mention, by its first token (drafts hold copies of the view's mentions).
  const owners = new Map<number, EntityDraft>();
  for (const draft of drafts) for (const mention of draft.mentions) if (mention.kind === 'name' || mention.kind === 'acronym') owners.set(mention.firstToken, draft);
  // Earlier resolved pronouns, by token, for a `they` that refers to a `they`.
  const resolved = new Map<number, Antecedent>();
  const changed = new Set<EntityDraft>();
  for (let k = 0; k < view.count; k++) {
    if (!GROUP_PRONOUNS.has(view.lower(k)) || isInsideQuote(view, k)) continue;
    const antecedent = nearestPluralSubject(view, k, owners, resolved);
    if (antecedent === null || antecedent.length === 0) continue;
    resolved.set(k, antecedent);
    for (const draft of antecedent) {
      draft.mentions.push({ start: view.analysis.starts[k]!, end: view.analysis.ends[k]!, firstToken: k, endToken: k + 1, type: draft.type, kind: 'pronoun' });
      changed.add(draft);
    }
  }
  for (const draft of changed) draft.mentions.sort((a, b) => a.start - b.start);
}

function nearestPluralSubject(view: TokenView, k: number, owners: ReadonlyMap<number, EntityDraft>, resolved: ReadonlyMap<number, Antecedent>): Antecedent | null {
  const ownSentence = view.sentenceStart(k);
  const subjects = subjectsIn(view, ownSentence, k).reverse();
  for (const subject of subjects) {
    const antecedent = pluralAntecedent(view, subject, owners, resolved, k);
    if (antecedent !== null) return antecedent;
  }
  let stop = ownSentence;
  for (let back = 0; back < SENTENCES_BACK && stop > 0; back++) {
    const from = view.sentenceStart(stop - 1);
    for (const subject of subjectsIn(view, from, stop)) {
      const antecedent = pluralAntecedent(view, subject, owners, resolved, null);
      if (antecedent !== null) return antecedent;
    }
    stop = from;
  }
  return null;
}

function subjectsIn(view: TokenView, from: number, stop: number): number[] {
  const subjects: number[] = [];
  for (let t = from; t < stop; t++) if (view.analysis.deprels[t]!.startsWith('nsubj')) subjects.push(t);
  return subjects;
}

/** What the subject at token `s` refers to when it is plural (an empty list: a group no entity names), or null when it is singular. */
function pluralAntecedent(view: TokenView, s: number, owners: ReadonlyMap<number, EntityDraft>, resolved: ReadonlyMap<number, Antecedent>, pronoun: number | null): Antecedent | null {
  const earlier = resolved.get(s);
  if (earlier) return earlier;
  if (GROUP_PRONOUNS.has(view.lower(s))) return [];
  const phrase = subtree(view, s);
  const members = new Set<EntityDraft>();
  let hasAnd = false;
  for (const t of phrase) {
    hasAnd ||= view.lower(t) === 'and';
    const mention = view.mentionAt(t);
    const owner = mention ? owners.get(mention.firstToken) : undefined;
    // People anywhere in the phrase (`Secretary of State Antony Blinken and Defense
    // Secretary Lloyd Austin` hangs the names on the titles); other names only as its
    // conjuncts (`Varian Associates Inc and Siemens`), not `at Drexel's Los Angeles office`.
    if (owner && mention && (owner.type === 'PERSON' || isConjunct(view, mention, s))) members.add(owner);
  }
  if (members.size >= 2 && hasAnd) return [...members];
  const mention = view.mentionAt(s);
  const owner = mention ? owners.get(mention.firstToken) : undefined;
  if (owner && mention) {
    // A person or a place as subject is singular (`the United States said they` is rare, `Paris` is no plural).
    if (owner.type !== 'ORG' && owner.type !== 'NORP') return null;
    if (isPluralName(view, mention)) return [owner];
    if (owner.type === 'ORG' && pronoun !== null && isOwnOrganisation(view, mention, pronoun)) return [owner];
    return null;
  }
  return PLURAL_TAGS.has(view.analysis.xpos[s]!) ? [] : null;
}

/**
 * `Apple have released … their popular iPod range`: an organisation is `they` in much of
 * the world's English, but a singular name is trusted only as the subject of the
 * pronoun's own sentence, for `their` or `them` (`Qantas believes they will pay` is about
 * the aircraft), with no plural noun between (`the Commission will allow parties to state
 * their cases`).
 */
function isOwnOrganisation(view: TokenView, mention: DraftMention, pronoun: number): boolean {
  if (view.lower(pronoun) === 'they') return false;
  for (let t = mention.endToken; t < pronoun; t++) if (PLURAL_TAGS.has(view.analysis.xpos[t]!)) return false;
  return true;
}

/** Whether the mention's head word is the subject itself or one of its conjuncts. */
function isConjunct(view: TokenView, mention: DraftMention, s: number): boolean {
  const { heads, deprels } = view.analysis;
  const t = headToken(view, mention);
  const head = heads[t]!;
  return t === s || (deprels[t] === 'conj' && (head === s || (head >= 0 && deprels[head] === 'conj')));
}

/**
 * `Ukrainians`, `the Houthis`, `the Christian Democrats`: a people, or an organisation
 * named by `the` and a plural (`Qantas`, `Reuters`, `Lehman Brothers` are one firm each).
 */
function isPluralName(view: TokenView, mention: DraftMention): boolean {
  const head = headToken(view, mention);
  const word = view.form(head);
  const isPlural = PLURAL_TAGS.has(view.analysis.xpos[head]!) || /^\p{Lu}\p{Ll}+[^s'’]s$/u.test(word);
  if (!isPlural || FIRM_PLURALS.test(word)) return false;
  return mention.type === 'NORP' || (mention.firstToken > 0 && view.lower(mention.firstToken - 1) === 'the') || view.lower(mention.firstToken) === 'the';
}

/** The mention's word that hangs outside it in the parse (`Campaign` of `International Campaign to Ban Landmines`). */
function headToken(view: TokenView, mention: DraftMention): number {
  const { heads } = view.analysis;
  for (let t = mention.firstToken; t < mention.endToken; t++) if (heads[t]! < mention.firstToken || heads[t]! >= mention.endToken) return t;
  return mention.endToken - 1;
}

/** The tokens of the phrase token `s` heads in the parse: the unbroken run of its subtree around it (a parse that hangs a later name on it is not trusted). */
function subtree(view: TokenView, s: number): number[] {
  const { first, end } = descendantRun(view.analysis.heads, s, view.sentenceStart(s), view.sentenceStop(s));
  return Array.from({ length: end - first }, (_, k) => first + k);
}
