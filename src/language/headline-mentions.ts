// A title-case headline capitalises every word, so the recogniser, reading it alone, may
// take ordinary words for a name (`Landmine Victims Gather to Protest ...` as an
// organisation) or run a name into the verb after it (`Europa Clipper Lifts Off`). The
// article's body tells. A name in the headline that the body never repeats is cut to
// its longest first words that the body names (`Europa Clipper`); failing that, it
// is dropped when the body writes one of its words in lower case (`landmine victims from
// across the world`). Numbers and dates are left alone.

import type { Mention, MentionType } from '../document/analysis.js';
import type { Span } from '../document/article.js';
import type { TokenSequence } from './tokens.js';

const NAME_TYPES: ReadonlySet<MentionType> = new Set<MentionType>(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC']);
const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** Words too common inside names to tell anything (`Bank of England`). */
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'at', 'de', 'a', 'an']);

export function repairHeadlineMentions(tokens: TokenSequence, headline: Span | null, mentions: readonly Mention[]): Mention[] {
  if (!headline || !mentions.some((mention) => isInHeadline(mention, headline) && NAME_TYPES.has(mention.type))) return [...mentions];
  const { text, ends } = tokens;
  const body = text.slice(0, headline.start) + '\n' + text.slice(headline.end);
  const lowerWords = new Set<string>();
  for (const [word] of body.matchAll(WORD)) if (word === word.toLowerCase()) lowerWords.add(word);
  const bodyNames = new Set(mentions.filter((mention) => !isInHeadline(mention, headline)).map((mention) => text.slice(mention.start, mention.end)));
  const repaired: Mention[] = [];
  for (const mention of mentions) {
    if (!isInHeadline(mention, headline) || !NAME_TYPES.has(mention.type) || body.includes(text.slice(mention.start, mention.end))) {
      repaired.push(mention);
      continue;
    }
    // The longest first words that the body names.
    let cut = -1;
    for (let end = mention.endToken - 1; end > mention.firstToken && cut < 0; end--) {
      if (bodyNames.has(text.slice(mention.start, ends[end - 1]!))) cut = end;
    }
    if (cut > 0) {
      repaired.push({ ...mention, endToken: cut, end: ends[cut - 1]! });
      continue;
    }
    const words = [...text.slice(mention.start, mention.end).matchAll(WORD)].map(([word]) => word.toLowerCase()).filter((word) => !SMALL_WORDS.has(word));
    if (!words.some((word) => lowerWords.has(word))) repaired.push(mention);
  }
  return repaired;
}

function isInHeadline(mention: Mention, headline: Span): boolean {
  return mention.start >= headline.start && mention.end <= headline.end;
}
