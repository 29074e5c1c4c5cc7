// Who a cue's subject is: the entity whose mention covers the subject's word (a name, a
// resolved pronoun, a described person or a group), else one named inside the subject
// phrase, people first; else no entity, and the phrase itself names the source (`the
// ministers`, `one placard`).

import type { Entity } from '../document/article.js';
import { isQuoteMark } from './01-find-quote-spans.js';
import { OBJECT_SOURCES, SPEECH_VERBS, STATEMENT_NOUNS } from './speech-cues.js';
import type { QuoteView } from './quote-view.js';

export type SourceKind = 'person' | 'organisation' | 'group' | 'place' | 'statement' | 'object';

export interface Speaker {
  readonly entity: Entity | null;
  /** The entity's name, else the subject phrase as printed. */
  readonly name: string;
  readonly kind: SourceKind;
}

export const SUBJECT_RELATIONS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:pass']);
/** Words that end a subject phrase's name: an apposition or a relative clause follows. */
const PHRASE_BREAKS: ReadonlySet<string> = new Set([',', '(', 'who', 'which', 'that', '—', '–']);
const MAX_PHRASE_TOKENS = 12;
const NOMINALS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
const TIME_RELATIONS: ReadonlySet<string> = new Set(['obl:unmarked', 'obl:tmod']);
/** How far back an unresolved `he` or `she` may find the person it stands for. */
const PRONOUN_REACH = 600;
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);

/** Whether a token is a verb that reports speech (`said`, `told`, `added`). */
export function isSpeechVerb(view: QuoteView, token: number): boolean {
  return view.upos(token) === 'VERB' && SPEECH_VERBS.has(view.lemma(token));
}

/** The subject of a cue verb: its own, else that of the verb it hangs from (`…, adding that`: Austin's). */
export function subjectOf(view: QuoteView, verb: number): number | null {
  if (verb < 0) return null;
  // `footage of Trump saying …`: a name right before a participle is its subject, however
  // the parse hung the participle.
  if (view.lower(verb).endsWith('ing') && verb > 0 && view.upos(verb - 1) === 'PROPN' && view.mentionAt(verb - 1)?.entity.type === 'PERSON') return verb - 1;
  let current = verb;
  for (let steps = 0; steps < 6 && current >= 0; steps++) {
    // `Kishida told reporters rescuers were racing …, adding that …`, `Sanders said, going
    // on to say that …`: a participle's speaker is that of the speech verb above it,
    // whatever clause the parse hung it from.
    if (view.lower(current).endsWith('ing') && view.deprel(current) !== 'acl') {
      for (let t = view.head(current), up = 0; t >= 0 && up < 6; t = view.head(t), up++) {
        if (isSpeechVerb(view, t)) return subjectOf(view, t);
      }
    }
    // `Douglas Brinkley, a historian …, recalled, "…"`: the parse hung the verb on its subject.
    if (current !== verb && NOMINALS.has(view.upos(current))) return current;
    const subjects = view.children(current).filter((child) => SUBJECT_RELATIONS.has(view.deprel(child)));
    // `said MSNBC host Chris Matthews`: the parse may make the title and the name two
    // subjects; the person named speaks.
    if (subjects.length > 0) return subjects.find((subject) => view.mentionAt(subject)?.entity.type === 'PERSON') ?? subjects[0]!;
    if (view.deprel(current) === 'acl') return nounOfParticiple(view, current);
    // `adding`, `describing`, `saying` hang from the clause whose subject speaks.
    if (!['advcl', 'conj', 'xcomp', 'ccomp', 'parataxis', 'csubj'].includes(view.deprel(current))) return null;
    current = view.head(current);
  }
  return null;
}

/**
 * Who speaks in a participle on a noun: `a man saying …` the noun; `footage of Trump
 * saying …` the person named between; `tweets early Friday saying …` (a time) and `issued
 * a statement calling …` the subject of the clause above.
 */
function nounOfParticiple(view: QuoteView, participle: number): number | null {
  const noun = view.head(participle);
  if (noun < 0) return null;
  if (TIME_RELATIONS.has(view.deprel(noun))) return subjectOf(view, view.head(noun));
  if (STATEMENT_NOUNS.has(view.lemma(noun)) && view.deprel(noun) === 'obj') return subjectOf(view, view.head(noun)) ?? noun;
  // A person named between them is the one the noun is of, or the parse lost the
  // participle's subject (`Apple's chief executive, Tim Cook, called`).
  for (let t = participle - 1; t > noun; t--) if (view.mentionAt(t)?.entity.type === 'PERSON') return t;
  return noun;
}

/** Words that open a clause of time or cause, which the parse may take for the clause a verb reports (`said after the meeting broke up`). */
const ADVERBIAL_LEADS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'until', 'once', 'though', 'although']);

/** Whether a complement the parse gives a speech verb opens with a word of time or cause, and so is not what was said. */
export function opensAdverbialClause(view: QuoteView, clause: number): boolean {
  return ADVERBIAL_LEADS.has(view.lower(view.extent(clause).first));
}

export function speakerAt(view: QuoteView, given: number): Speaker {
  const token = nounOfModifier(view, given);
  const mention = view.mentionAt(token);
  if (mention) return ofEntity(mention.entity);
  // A `he` or `she` the entity rules left alone: the last person named before it.
  if (PERSONAL_PRONOUNS.has(view.lower(token))) {
    const person = lastPersonBefore(view, token);
    if (person) {
      view.resolvedPronouns.set(token, person);
      return ofEntity(person);
    }
  }
  const { first, end } = subjectPhrase(view, token);
  // A name inside the phrase speaks when the phrase is that name's (`Secretary of State
  // Antony Blinken`), or a person's title; a common noun with only a people or a place
  // inside is a group (`Japanese and US defense chiefs`), not that people.
  const isCommonNoun = view.upos(token) === 'NOUN';
  let best: Entity | null = null;
  for (let t = first; t < end; t++) {
    const entity = view.mentionAt(t)?.entity;
    if (!entity || (isCommonNoun && entity.type !== 'PERSON')) continue;
    if (best === null || (entity.type === 'PERSON' && best.type !== 'PERSON')) best = entity;
  }
  if (best) return ofEntity(best);
  const name = view.text.slice(view.start(first), view.end(end - 1));
  const head = view.lemma(token);
  const kind: SourceKind = OBJECT_SOURCES.has(view.lower(token)) ? 'object' : STATEMENT_NOUNS.has(head) ? 'statement' : 'group';
  return { entity: null, name, kind };
}

/** Relations of a word that modifies the noun after it, which names the source (`according to a study`, `Mr. Hof`, `the base chief`). */
const NOUN_MODIFIERS: ReadonlySet<string> = new Set(['det', 'amod', 'nummod', 'compound', 'nmod:desc']);

/** The noun a determiner, adjective, number or title before it modifies; else the token itself. */
function nounOfModifier(view: QuoteView, token: number): number {
  let noun = token;
  for (let steps = 0; steps < 4 && view.mentionAt(noun) === null && NOUN_MODIFIERS.has(view.deprel(noun)); steps++) {
    const head = view.head(noun);
    if (head <= noun || head >= view.sentenceStop(noun)) break;
    noun = head;
  }
  return noun;
}

function lastPersonBefore(view: QuoteView, token: number): Entity | null {
  const limit = view.start(token) - PRONOUN_REACH;
  for (let t = token - 1; t >= 0 && view.start(t) >= limit; t--) {
    const entity = view.mentionAt(t)?.entity;
    if (entity?.type === 'PERSON') return entity;
  }
  return null;
}

function ofEntity(entity: Entity): Speaker {
  const kind: SourceKind = entity.type === 'PERSON' ? 'person' : entity.type === 'ORG' ? 'organisation' : entity.type === 'NORP' ? 'group' : 'place';
  return { entity, name: entity.name, kind };
}

/** The subject's phrase up to an apposition or a relative clause (`Tamar Gabelnick`, not `…, director of …`). */
export function subjectPhrase(view: QuoteView, token: number): { first: number; end: number } {
  const { first, end } = view.extent(token);
  let stop = token + 1;
  // Up to an apposition, a relative clause or a participle (`one placard held by …`).
  const breaksPhrase = (t: number): boolean => PHRASE_BREAKS.has(view.lower(t)) || isQuoteMark(view.form(t));
  while (stop < end && stop - first < MAX_PHRASE_TOKENS && !breaksPhrase(stop) && view.upos(stop) !== 'VERB') stop++;
  let start = token;
  // Not the preposition that attaches it (`with softer language`).
  while (start > first && token - start < MAX_PHRASE_TOKENS && !breaksPhrase(start - 1) && view.upos(start - 1) !== 'ADP') start--;
  return { first: start, end: stop };
}
