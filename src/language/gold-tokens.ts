// The language models over text that comes already tokenised, one sentence at a
// time (CoNLL and CoNLL-U evaluation files): the forms are joined with spaces and
// read like article tokens.

import type { TokenMention } from '../ner/index.js';
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

export function recogniseForms(forms: readonly string[], models: LanguageModels): TokenMention[] {
  const tokens = sequenceFromForms(forms);
  return models.recognizer.recognise(tokens, computeLexicalAttributes(tokens), 0, tokens.count);
}

/** IOB2 tags (`B-PERSON`, `I-PERSON`, `O`) of mentions over `count` tokens (a sentence's, or an article's). */
export function bioTags(count: number, mentions: ReadonlyArray<Pick<TokenMention, 'firstToken' | 'endToken' | 'label'>>): string[] {
  const tags = new Array<string>(count).fill('O');
  for (const { firstToken, endToken, label } of mentions) {
    for (let i = firstToken; i < endToken; i++) tags[i] = `${i === firstToken ? 'B' : 'I'}-${label}`;
  }
  return tags;
}
