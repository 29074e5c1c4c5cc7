// A title-case headline capitalises every word, so the recogniser, reading it alone, may
// take ordinary words for a name (`Landmine Victims Gather to Protest ...` as an
// organisation). The article's body tells: a name in the headline that the body never
// repeats, while the body writes one of its words in lower case (`landmine victims from
// across the world`), is dropped. Numbers and dates are left alone.

import type { Mention, MentionType } from '../document/analysis.js';
import type { Span } from '../document/article.js';

const NAME_TYPES: ReadonlySet<MentionType> = new Set<MentionType>(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC']);
const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** Words too common inside names to tell anything (`Bank of England`). */
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'at', 'de', 'a', 'an']);

export function dropHeadlineMisreadings(text: string, headline: Span | null, mentions: readonly Mention[]): Mention[] {
  if (!headline || !mentions.some((mention) => isInHeadline(mention, headline) && NAME_TYPES.has(mention.type))) return [...mentions];
  const body = text.slice(0, headline.start) + '\n' + text.slice(headline.end);
  const lowerWords = new Set<string>();
  for (const [word] of body.matchAll(WORD)) if (word === word.toLowerCase()) lowerWords.add(word);
  return mentions.filter((mention) => {
    if (!isInHeadline(mention, headline) || !NAME_TYPES.has(mention.type)) return true;
    const name = text.slice(mention.start, mention.end);
    if (body.includes(name)) return true;
    const words = [...name.matchAll(WORD)].map(([word]) => word.toLowerCase()).filter((word) => !SMALL_WORDS.has(word));
    return !words.some((word) => lowerWords.has(word));
  });
}

function isInHeadline(mention: Mention, headline: Span): boolean {
  return mention.start >= headline.start && mention.end <= headline.end;
}
