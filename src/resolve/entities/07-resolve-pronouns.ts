// Third-person pronouns that refer to a named person become mentions of that person, in
// the common news patterns:
//   samePersonEarlierInSentence  `Austin, in his opening remarks, said …`
//   subjectOfRecentSentence      `… said Tamar Gabelnick, director of … . "…," she told AFP.`
//                                (the subject among the last sentences' people, else the latest)
// A pronoun agrees with what earlier pronouns made of the person (`he` after `she` is
// someone else). Pronouns inside quotation marks are the speaker's words about others
// (`for his life to be taken`) and are left alone; `they` is ./08-resolve-group-pronouns.ts's.

import type { DraftMention, EntityDraft } from './entity-draft.js';
import type { TokenView } from './token-view.js';

const MALE: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
const FEMALE: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);
const SENTENCES_BACK = 3;
const OPENING_QUOTES = /["“”]/g;

export function resolvePronouns(view: TokenView, drafts: readonly EntityDraft[]): void {
  const people = drafts.filter((draft) => draft.type === 'PERSON');
  if (people.length === 0) return;
  for (let k = 0; k < view.count; k++) {
    const lower = view.lower(k);
    const gender = MALE.has(lower) ? 'male' : FEMALE.has(lower) ? 'female' : null;
    if (gender === null || view.mentionAt(k) !== null || isInsideQuote(view, k)) continue;
    const person = samePersonEarlierInSentence(view, people, k, gender) ?? subjectOfRecentSentence(view, people, k, gender);
    if (!person) continue;
    person.gender = gender;
    const pronoun: DraftMention = { start: view.analysis.starts[k]!, end: view.analysis.ends[k]!, firstToken: k, endToken: k + 1, type: 'PERSON', kind: 'pronoun' };
    person.mentions.push(pronoun);
  }
  for (const person of people) person.mentions.sort((a, b) => a.start - b.start);
}

function isCompatible(draft: EntityDraft, gender: 'male' | 'female'): boolean {
  return draft.gender === null || draft.gender === gender;
}

/** The person whose name mention ends last before token `k` inside [from, k). */
function latestNamed(people: readonly EntityDraft[], from: number, k: number, gender: 'male' | 'female'): { draft: EntityDraft; mention: DraftMention } | null {
  let best: { draft: EntityDraft; mention: DraftMention } | null = null;
  for (const draft of people) {
    if (!isCompatible(draft, gender)) continue;
    for (const mention of draft.mentions) {
      if (mention.kind === 'pronoun' || mention.firstToken < from || mention.endToken > k) continue;
      if (best === null || mention.endToken > best.mention.endToken) best = { draft, mention };
    }
  }
  return best;
}

function samePersonEarlierInSentence(view: TokenView, people: readonly EntityDraft[], k: number, gender: 'male' | 'female'): EntityDraft | null {
  return latestNamed(people, view.sentenceStart(k), k, gender)?.draft ?? null;
}

function subjectOfRecentSentence(view: TokenView, people: readonly EntityDraft[], k: number, gender: 'male' | 'female'): EntityDraft | null {
  let stop = view.sentenceStart(k);
  for (let back = 0; back < SENTENCES_BACK && stop > 0; back++) {
    const from = view.sentenceStart(stop - 1);
    const subject = people.find((draft) => isCompatible(draft, gender) && draft.mentions.some((mention) => mention.kind !== 'pronoun' && mention.firstToken >= from && mention.endToken <= stop && isSubject(view, mention)));
    if (subject) return subject;
    const latest = latestNamed(people, from, stop, gender);
    if (latest) return latest.draft;
    stop = from;
  }
  return null;
}

/** Whether one of the mention's words is a clause's subject in the parse. */
function isSubject(view: TokenView, mention: DraftMention): boolean {
  for (let t = mention.firstToken; t < mention.endToken; t++) if (view.analysis.deprels[t]!.startsWith('nsubj')) return true;
  return false;
}

/** Whether quotation marks opened since the paragraph's start are still open at token `k` (a continued paragraph opens with one). */
export function isInsideQuote(view: TokenView, k: number): boolean {
  const offset = view.analysis.starts[k]!;
  const paragraphStart = view.text.lastIndexOf('\n', offset) + 1;
  const marks = view.text.slice(paragraphStart, offset).match(OPENING_QUOTES) ?? [];
  return marks.length % 2 === 1;
}
