// Part of speech, lemmas and dependency trees of a token sequence, sentence by
// sentence: shared by articles (./analyse.ts) and gold-tokenised files (./gold-tokens.ts).

import type { LexicalAttributes } from './lexical.js';
import type { LanguageModels } from './models.js';
import type { TokenSequence } from './tokens.js';

/** The models' compact output, indexed like the tokens. */
export class SyntaxArrays {
  readonly tags: Uint8Array;
  readonly uposHashes: Uint32Array;
  readonly xposHashes: Uint32Array;
  /** Head token index, -1 for a sentence's root. */
  readonly heads: Int32Array;
  readonly labels: Uint8Array;

  constructor(count: number) {
    this.tags = new Uint8Array(count);
    this.uposHashes = new Uint32Array(count);
    this.xposHashes = new Uint32Array(count);
    this.heads = new Int32Array(count);
    this.labels = new Uint8Array(count);
  }
}

export interface SyntaxStrings {
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  readonly lemmas: readonly string[];
  readonly deprels: readonly string[];
}

/** Tags, then parses, tokens [first, end) of one sentence into `out`. */
export function tagAndParse(tokens: TokenSequence, lexical: LexicalAttributes, first: number, end: number, models: LanguageModels, out: SyntaxArrays): void {
  const { tagger } = models;
  tagger.tag(tokens, lexical, first, end, out.tags);
  for (let i = first; i < end; i++) {
    out.uposHashes[i] = tagger.uposHash(out.tags[i]!);
    out.xposHashes[i] = tagger.xposHash(out.tags[i]!);
  }
  models.parser.parse(tokens, lexical, first, end, out.uposHashes, out.xposHashes, out.heads, out.labels);
}

/** The tag, lemma and relation names of every token. */
export function syntaxStrings(tokens: TokenSequence, syntax: SyntaxArrays, models: LanguageModels): SyntaxStrings {
  const { tagger, parser, lemmatiser } = models;
  const xpos = Array.from(syntax.tags, (tag) => tagger.xpos[tag]!);
  return {
    upos: Array.from(syntax.tags, (tag) => tagger.upos[tag]!),
    xpos,
    lemmas: xpos.map((tag, i) => lemmatiser.lemma(tokens.text.slice(tokens.starts[i]!, tokens.ends[i]!), tag)),
    deprels: Array.from(syntax.labels, (label) => parser.relations[label]!),
  };
}
