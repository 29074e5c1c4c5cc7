// Treebank sentences as training and evaluation read them: gold-tokenised words with
// their tag hashes and sentence-local heads (n for the root), built from CoNLL-U.

import { CONLLU, type ConlluSentence } from '../corpus/conllu.js';
import { hashString } from '../linear/hash.js';
import { computeLexicalAttributes, type LexicalAttributes } from '../language/lexical.js';
import { sequenceFromForms, type TokenSequence } from '../language/tokens.js';

export interface TreebankSentence {
  readonly tokens: TokenSequence;
  readonly lexical: LexicalAttributes;
  /** hashString of each word's UPOS and XPOS (gold or predicted). */
  readonly upos: Uint32Array;
  readonly xpos: Uint32Array;
  /** Head of each word, sentence-local; n (the word count) for the root. */
  readonly heads: Int32Array;
  /** Full UD relations (with subtypes). */
  readonly relations: readonly string[];
}

export function treebankSentence(sentence: ConlluSentence): TreebankSentence {
  const words = sentence.words;
  const n = words.length;
  const tokens = sequenceFromForms(words.map((word) => word.columns[CONLLU.FORM]!));
  const heads = new Int32Array(n);
  words.forEach((word, index) => {
    const head = Number(word.columns[CONLLU.HEAD]);
    heads[index] = head === 0 ? n : head - 1;
  });
  return {
    tokens,
    lexical: computeLexicalAttributes(tokens),
    upos: Uint32Array.from(words, (word) => hashString(word.columns[CONLLU.UPOS]!)),
    xpos: Uint32Array.from(words, (word) => hashString(word.columns[CONLLU.XPOS]!)),
    heads,
    relations: words.map((word) => word.columns[CONLLU.DEPREL]!),
  };
}
