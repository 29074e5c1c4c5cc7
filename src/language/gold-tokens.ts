// The language models over text that comes already tokenised, one sentence at a
// time (CoNLL and CoNLL-U evaluation files): the forms are joined with spaces and
// read like article tokens.

import type { TokenMention } from '../ner/index.js';
import { computeLexicalAttributes } from './lexical.js';
import type { LanguageModels } from './models.js';
import { sequenceFromForms } from './tokens.js';

export interface SentenceSyntax {
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  readonly lemmas: readonly string[];
  /** Head per token, -1 for the root. */
  readonly heads: Int32Array;
  readonly deprels: readonly string[];
}

export function parseForms(forms: readonly string[], models: LanguageModels): SentenceSyntax {
  const tokens = sequenceFromForms(forms);
  const lexical = computeLexicalAttributes(tokens);
  const { tagger, parser, lemmatiser } = models;
  const tags = new Uint8Array(tokens.count);
  tagger.tag(tokens, lexical, 0, tokens.count, tags);
  const uposHashes = Uint32Array.from(tags, (tag) => tagger.uposHash(tag));
  const xposHashes = Uint32Array.from(tags, (tag) => tagger.xposHash(tag));
  const heads = new Int32Array(tokens.count);
  const labels = new Uint8Array(tokens.count);
  parser.parse(tokens, lexical, 0, tokens.count, uposHashes, xposHashes, heads, labels);
  const xpos = Array.from(tags, (tag) => tagger.xpos[tag]!);
  return {
    upos: Array.from(tags, (tag) => tagger.upos[tag]!),
    xpos,
    lemmas: forms.map((form, i) => lemmatiser.lemma(form, xpos[i]!)),
    heads,
    deprels: Array.from(labels, (label) => parser.relations[label]!),
  };
}

export function recogniseForms(forms: readonly string[], models: LanguageModels): TokenMention[] {
  const tokens = sequenceFromForms(forms);
  return models.recognizer.recognise(tokens, computeLexicalAttributes(tokens), 0, tokens.count);
}

/** IOB2 tags (`B-PERSON`, `I-PERSON`, `O`) of a sentence's mentions. */
export function bioTags(count: number, mentions: readonly TokenMention[]): string[] {
  const tags = new Array<string>(count).fill('O');
  for (const { firstToken, endToken, label } of mentions) {
    for (let i = firstToken; i < endToken; i++) tags[i] = `${i === firstToken ? 'B' : 'I'}-${label}`;
  }
  return tags;
}
