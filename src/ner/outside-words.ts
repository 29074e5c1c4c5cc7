// Words that never begin a name: lower-case words and punctuation seen often in the
// training data and never as the first token of an entity (`said`, `the`, `,`).
// After an entity closes (or at the sentence start) such a token is O, so the
// decoder skips scoring it: about half the tokens of news. Inside an open entity they
// are still scored (`Bank of England`).

import { computeLexicalAttributes } from '../language/lexical.js';
import { sequenceFromForms } from '../language/tokens.js';
import { OUTSIDE, Position, positionOfClass } from './labels.js';

export interface ClassifiedSentence {
  readonly forms: readonly string[];
  readonly classes: Uint8Array;
}

/** Hashes (LexicalAttributes.form) of the words seen at least `minCount` times, all outside any name start. */
export function findOutsideForms(sentences: readonly ClassifiedSentence[], minCount: number): number[] {
  const seen = new Map<number, number>();
  const begins = new Set<number>();
  for (const { forms, classes } of sentences) {
    const { form } = computeLexicalAttributes(sequenceFromForms(forms));
    forms.forEach((text, k) => {
      if (/\p{Lu}/u.test(text)) return;
      const cls = classes[k]!;
      if (cls !== OUTSIDE && (positionOfClass(cls) === Position.Begin || positionOfClass(cls) === Position.Unit)) begins.add(form[k]!);
      seen.set(form[k]!, (seen.get(form[k]!) ?? 0) + 1);
    });
  }
  return [...seen].filter(([key, count]) => count >= minCount && !begins.has(key)).map(([key]) => key).sort((a, b) => a - b);
}
