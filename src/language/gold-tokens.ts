// The language models over text that comes already tokenised (CoNLL and CoNLL-U
// evaluation files): the forms are joined with spaces and read like article tokens,
// one sentence at a time, or a whole document the way an article is read.

import type { Mention } from '../document/analysis.js';
import type { EntityRecognizer, TokenMention } from '../ner/index.js';
import { articleMention, resolveArticleMentions } from './article-mentions.js';
import { computeLexicalAttributes } from './lexical.js';
import type { LanguageModels } from './models.js';
import { SyntaxArrays, syntaxStrings, tagAndParse, type SyntaxStrings } from './syntax.js';
import { sequenceFromForms } from './tokens.js';

export interface SentenceSyntax extends SyntaxStrings {
  /** Head per token, -1 for the root. */
  readonly heads: Int32Array;
}

export function parseForms(forms: readonly string[], models: LanguageModels): SentenceSyntax {
  const tokens = sequenceFromForms(forms);
  const syntax = new SyntaxArrays(tokens.count);
  tagAndParse(tokens, computeLexicalAttributes(tokens), 0, tokens.count, models, syntax);
  return { ...syntaxStrings(tokens, syntax, models), heads: syntax.heads };
}

/**
 * Mentions in each sentence of one document (sentence-local token indices), read as
 * extract reads an article: sentence by sentence, then the article-level passes
 * (./article-mentions.ts) over all of them.
 */
export function recogniseDocument(sentences: ReadonlyArray<readonly string[]>, recognizer: EntityRecognizer): TokenMention[][] {
  const tokens = sequenceFromForms(sentences.flat());
  const lexical = computeLexicalAttributes(tokens);
  const firsts: number[] = [];
  const mentions: Mention[] = [];
  let first = 0;
  for (const forms of sentences) {
    firsts.push(first);
    for (const mention of recognizer.recognise(tokens, lexical, first, first + forms.length)) {
      mentions.push(articleMention(tokens, mention));
    }
    first += forms.length;
  }
  const bySentence = sentences.map((): TokenMention[] => []);
  let sentence = 0;
  for (const mention of resolveArticleMentions(tokens, mentions)) {
    while (sentence + 1 < sentences.length && mention.firstToken >= firsts[sentence + 1]!) sentence++;
    const offset = firsts[sentence]!;
    bySentence[sentence]!.push({ firstToken: mention.firstToken - offset, endToken: mention.endToken - offset, label: mention.type });
  }
  return bySentence;
}

/** IOB2 tags (`B-PERSON`, `I-PERSON`, `O`) of mentions over `count` tokens (a sentence's, or an article's). */
export function bioTags(count: number, mentions: ReadonlyArray<Pick<TokenMention, 'firstToken' | 'endToken' | 'label'>>): string[] {
  const tags = new Array<string>(count).fill('O');
  for (const { firstToken, endToken, label } of mentions) {
    for (let i = firstToken; i < endToken; i++) tags[i] = `${i === firstToken ? 'B' : 'I'}-${label}`;
  }
  return tags;
}
