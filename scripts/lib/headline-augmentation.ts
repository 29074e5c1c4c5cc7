// Title-case copies of the headlines in capitals: CoNLL-2003 writes its headlines
// `SOCCER - JAPAN GET LUCKY WIN`, news sites `Landmine Victims Gather to Protest`.
// The copies keep the tags and teach the model the second style.

import { HEADLINE_LOWER_WORDS } from '../../src/ner/headline.js';
import type { LabelledSentence } from './ner-corpora.js';

const LOWER_WORDS = new Set(HEADLINE_LOWER_WORDS);

function isCapsHeadline(forms: readonly string[]): boolean {
  const cased = forms.filter((form) => /\p{L}/u.test(form));
  return cased.length >= 3 && cased.filter((form) => form === form.toUpperCase()).length * 2 > cased.length;
}

function titleCase(form: string, index: number): string {
  const lower = form.toLowerCase();
  if (index > 0 && LOWER_WORDS.has(lower)) return lower;
  // Acronyms of up to three letters stay in capitals (`US`, `UN`, `AFP`).
  if (/^\p{Lu}{2,3}$/u.test(form)) return form;
  return lower.replace(/(^|[-'])(\p{L})/gu, (_match, separator: string, letter: string) => separator + letter.toUpperCase());
}

export function withTitleCaseHeadlines(sentences: readonly LabelledSentence[]): LabelledSentence[] {
  return sentences.filter((sentence) => isCapsHeadline(sentence.forms)).map((sentence) => ({ ...sentence, forms: sentence.forms.map(titleCase) }));
}
