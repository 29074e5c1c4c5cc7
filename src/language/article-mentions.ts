// The passes over a whole article's mentions, after the recogniser has read it sentence
// by sentence: names in the headline checked against the body, the acronyms of names
// the article spells out, and a person's surname kept the person's.
//
// Tried and left out: giving every mention of a name the type most of its mentions
// have. It cost 0.8 F1 on CoNLL-2003 dev (read document by document) and 0.1 on
// wikigold; the errors it made were not analysed.

import type { Mention } from '../document/analysis.js';
import type { Span } from '../document/article.js';
import type { TokenMention } from '../ner/index.js';
import { addAcronymMentions } from './acronym-mentions.js';
import { makePersonTypesConsistent } from './consistent-person-types.js';
import { repairHeadlineMentions } from './headline-mentions.js';
import type { TokenSequence } from './tokens.js';

export function resolveArticleMentions(tokens: TokenSequence, mentions: readonly Mention[], headline: Span | null = null): Mention[] {
  return makePersonTypesConsistent(tokens.text, addAcronymMentions(tokens, repairHeadlineMentions(tokens, headline, mentions)));
}

/** The recogniser's mention (token indices) as an article mention, with its characters in `tokens.text`. */
export function articleMention(tokens: TokenSequence, mention: TokenMention): Mention {
  return { ...mention, type: mention.label, start: tokens.starts[mention.firstToken]!, end: tokens.ends[mention.endToken - 1]! };
}
