// The tense of the clause a date expression sits in, read from the dependency parse
// and the Penn tags: it decides which March `March` is. `In March, Beijing announced`
// (past verb) is the last March before the article's date; `set for March`, `will meet
// in March`, `to be held in March` point forward.

import type { LanguageAnalysis } from '../../document/analysis.js';

export type Tense = 'past' | 'future' | 'unknown';

/** Participles that schedule what they govern: `set for March`, `due in May`, `expected on Friday`. */
const SCHEDULING_LEMMAS = new Set(['set', 'schedule', 'due', 'expect', 'plan', 'slate', 'poise']);
const FUTURE_AUXILIARIES = new Set(['will', 'shall', "'ll", 'wo']);
/** Modals and the infinitive marker point forward unless `have` follows them. */
const FORWARD_MARKERS = new Set(['to', 'may', 'might', 'can', 'could', 'should', 'must']);
/** Steps up the tree before giving up: a date hangs off a verb within a few arcs. */
const MAX_CLIMB = 6;

/**
 * Tense of the clause governing the token: the first predicate on the way up its head
 * chain, a verb or a word with an auxiliary or copula (`will be available on June 17`).
 */
export function clauseTense(analysis: LanguageAnalysis, token: number): Tense {
  // `since November`: whatever the verb, the month lies behind.
  if (dependentsOf(analysis, token).some((child) => analysis.deprels[child] === 'case' && analysis.lemmas[child]?.toLowerCase() === 'since')) return 'past';
  if (isAttributive(analysis, token)) return 'unknown';
  let current = token;
  for (let step = 0; step < MAX_CLIMB; step++) {
    current = analysis.heads[current] ?? -1;
    if (current < 0) return 'unknown';
    const auxiliaries = dependentsOf(analysis, current).filter((child) => /^(aux|cop|mark)/.test(analysis.deprels[child] ?? ''));
    if (isVerb(analysis, current) || auxiliaries.some((child) => /^(aux|cop)/.test(analysis.deprels[child]!))) return tenseOfPredicate(analysis, current, auxiliaries);
  }
  return 'unknown';
}

/**
 * `the November presidential race`, `a June 3 hearing`: a date before the noun it
 * modifies names that thing's date, which the clause's tense does not order.
 */
function isAttributive(analysis: LanguageAnalysis, token: number): boolean {
  const head = analysis.heads[token] ?? -1;
  return head > token && (analysis.upos[head] === 'NOUN' || analysis.upos[head] === 'PROPN') && /^(compound|amod|nmod|nummod|obl:tmod|nmod:tmod)/.test(analysis.deprels[token] ?? '');
}

function isVerb(analysis: LanguageAnalysis, token: number): boolean {
  const upos = analysis.upos[token];
  return upos === 'VERB' || upos === 'AUX' || (analysis.xpos[token] ?? '').startsWith('VB');
}

function tenseOfPredicate(analysis: LanguageAnalysis, predicate: number, auxiliaries: readonly number[]): Tense {
  const lemmas = auxiliaries.map((child) => (analysis.lemmas[child] ?? '').toLowerCase());
  const xpos = analysis.xpos[predicate] ?? '';
  // `a June 3 hearing has been scheduled`: scheduled is forward, whatever the auxiliary.
  if (SCHEDULING_LEMMAS.has(analysis.lemmas[predicate] ?? '') && (xpos === 'VBN' || xpos === 'JJ')) return 'future';
  if (lemmas.some((lemma) => FUTURE_AUXILIARIES.has(lemma))) return 'future';
  // `may be signed on September 12`, `expected to report on Friday`; `could have` looks back.
  if (lemmas.includes('have')) return 'past';
  if (lemmas.some((lemma) => FORWARD_MARKERS.has(lemma))) return 'future';
  if (xpos === 'VBD' || auxiliaries.some((child) => analysis.xpos[child] === 'VBD')) return 'past';
  // `plans announced in January`: the participle reports the past.
  if (xpos === 'VBN') return 'past';
  return 'unknown';
}

/** Tokens of the verb's sentence whose head is the verb. */
function dependentsOf(analysis: LanguageAnalysis, token: number): number[] {
  const sentence = analysis.sentences.find((candidate) => candidate.firstToken <= token && token < candidate.endToken);
  if (!sentence) return [];
  const dependents: number[] = [];
  for (let child = sentence.firstToken; child < sentence.endToken; child++) if (analysis.heads[child] === token) dependents.push(child);
  return dependents;
}
