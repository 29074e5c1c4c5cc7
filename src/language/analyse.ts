// Runs the language models over an article's text: tokens and sentences (src/text),
// part of speech and lemmas (src/tagger), dependency trees (src/parser) and mentions
// (src/ner), sentence by sentence; then the passes over the article's mentions
// (./article-mentions.ts).

import { LanguageAnalysis, type Mention } from '../document/analysis.js';
import type { Article, Span } from '../document/article.js';
import { analyseText } from '../text/index.js';
import { articleMention, resolveArticleMentions } from './article-mentions.js';
import { computeLexicalAttributes } from './lexical.js';
import type { LanguageModels } from './models.js';
import { SyntaxArrays, syntaxStrings, tagAndParse } from './syntax.js';
import type { TokenSequence } from './tokens.js';

/** Headline, captions and paragraphs in text order: the blocks sentences stay inside. */
export function textBlocks(article: Article): Span[] {
  const blocks = [...(article.titleSpan ? [article.titleSpan] : []), ...article.captions, ...article.paragraphs]
    .map(({ start, end }) => ({ start, end }))
    .filter((block) => block.end > block.start)
    .sort((a, b) => a.start - b.start);
  // Overlapping blocks would tokenize the same characters twice; keep the first.
  return blocks.filter((block, index) => index === 0 || block.start >= blocks[index - 1]!.end);
}

/** `headline`, when given, is checked against the rest of the text (./article-mentions.ts). */
export function analyseLanguage(text: string, blocks: readonly Span[], models: LanguageModels, headline: Span | null = null): LanguageAnalysis {
  const { tokens: table, sentences } = analyseText(text, blocks);
  const tokens: TokenSequence = { text, count: table.count, starts: table.starts, ends: table.ends };
  const lexical = computeLexicalAttributes(tokens);
  const syntax = new SyntaxArrays(tokens.count);
  const mentions: Mention[] = [];
  for (const { firstToken, endToken } of sentences) {
    tagAndParse(tokens, lexical, firstToken, endToken, models, syntax);
    for (const mention of models.recognizer.recognise(tokens, lexical, firstToken, endToken)) {
      mentions.push(articleMention(tokens, mention));
    }
  }
  const { upos, xpos, lemmas, deprels } = syntaxStrings(tokens, syntax, models);
  return new LanguageAnalysis(tokens.starts, tokens.ends, sentences, upos, xpos, lemmas, syntax.heads, deprels, resolveArticleMentions(tokens, mentions, headline));
}
