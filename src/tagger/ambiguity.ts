// Ambiguity classes: for each word seen in training, a hash of the set of UPOS tags it
// took (`that` → DET|PRON|SCONJ). Unknown words get 0. They let the greedy tagger
// look at what the next words can be before it tags them.

import { hashString } from '../linear/hash.js';
import type { LexicalAttributes } from '../language/lexical.js';

export interface AmbiguityLexicon {
  readonly keys: readonly number[];
  readonly classes: readonly number[];
}

export function buildAmbiguityLexicon(counts: ReadonlyMap<string, ReadonlyMap<string, number>>, minCount: number, minShare: number): AmbiguityLexicon {
  const keys: number[] = [];
  const classes: number[] = [];
  for (const [lower, byTag] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const total = [...byTag.values()].reduce((sum, count) => sum + count, 0);
    if (total < minCount) continue;
    const tags = [...byTag].filter(([, count]) => count / total >= minShare).map(([tag]) => tag).sort();
    keys.push(hashString(lower));
    classes.push(hashString(tags.join('|')));
  }
  return { keys, classes };
}

export function fillAmbiguity(lexicon: ReadonlyMap<number, number>, lexical: LexicalAttributes, first: number, end: number, out: Uint32Array): void {
  for (let i = first; i < end; i++) out[i] = lexicon.get(lexical.lower[i]!) ?? 0;
}
