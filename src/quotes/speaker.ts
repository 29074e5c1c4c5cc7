// Who a cue's subject is: the entity whose mention covers the subject's word (a name, a
// resolved pronoun, a described person or a group), else one named inside the subject
// phrase, people first; else no entity, and the phrase itself names the source (`the
// ministers`, `one placard`).

import type { Entity } from '../document/article.js';
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
/** How far back an unresolved `he` or `she` may find the person it stands for. */
const PRONOUN_REACH = 600;
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);

/** Whether a token is a verb that reports speech (`said`, `told`, `added`). */
export function isSpeechVerb(view: QuoteView, token: number): boolean {
  return view.upos(token) === 'VERB' && SPEECH_VERBS.has(view.lemma(token));
}

/** The subject of a cue verb: its own, else that of the verb it hangs from (`…, adding that`: Austin's). */
export function subjectOf(view: QuoteView, verb: number): number | null {
  // `Kishida told reporters rescuers were racing …, adding that …`: a participle's speaker is
  // that of the speech verb above it, whatever clause the parse hung it from.
  if (view.lower(verb).endsWith('ing')) {
    for (let t = view.head(verb), steps = 0; t >= 0 && steps < 6; t = view.head(t), steps++) {
      if (isSpeechVerb(view, t)) return subjectOf(view, t);
    }
  }
  let current = verb;
  for (let steps = 0; steps < 6 && current >= 0; steps++) {
    const subject = view.children(current).find((child) => SUBJECT_RELATIONS.has(view.deprel(child)));
    if (subject !== undefined) return subject;
    // `adding`, `describing`, `saying` hang from the clause whose subject speaks.
    if (!['advcl', 'conj', 'xcomp', 'ccomp', 'parataxis'].includes(view.deprel(current))) return null;
    current = view.head(current);
  }
  return null;
}

export function speakerAt(view: QuoteView, token: number): Speaker {
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
  while (stop < end && stop - first < MAX_PHRASE_TOKENS && !PHRASE_BREAKS.has(view.lower(stop)) && view.upos(stop) !== 'VERB') stop++;
  let start = token;
  while (start > first && token - start < MAX_PHRASE_TOKENS && !PHRASE_BREAKS.has(view.lower(start - 1))) start--;
  return { first: start, end: stop };
}
