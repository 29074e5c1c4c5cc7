// One name, one type within an article: once `Lloyd Austin` is a person, a later bare
// `Austin` is that person too, not the Texas city the recogniser reads it as when it
// sees the sentence alone. Only a single-word mention equal to the first or last word
// of an earlier (or later) multi-word PERSON mention is retyped, and only from a place
// or organisation type, so that `Japan` stays a country after `Japan Airlines`-like
// names of other types.

import type { Mention, MentionType } from '../document/analysis.js';

const RETYPABLE: ReadonlySet<MentionType> = new Set<MentionType>(['GPE', 'LOC', 'ORG', 'FAC', 'MISC', 'NORP']);

export function makePersonTypesConsistent(text: string, mentions: readonly Mention[]): Mention[] {
  const nameWords = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'PERSON') continue;
    const words = text.slice(mention.start, mention.end).split(/\s+/);
    if (words.length < 2) continue;
    nameWords.add(words[0]!);
    nameWords.add(words[words.length - 1]!);
  }
  if (nameWords.size === 0) return [...mentions];
  return mentions.map((mention) => {
    if (!RETYPABLE.has(mention.type) || mention.endToken - mention.firstToken !== 1) return mention;
    return nameWords.has(text.slice(mention.start, mention.end)) ? { ...mention, type: 'PERSON' } : mention;
  });
}
