// UPOS and XPOS accuracy of a tagger on gold-tokenised CoNLL-U sentences, and, given the
// lemmatiser, lemma accuracy from the predicted XPOS (tokens with a gold lemma).

import { CONLLU, type ConlluSentence } from '../../src/corpus/conllu.js';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import type { Lemmatiser } from '../../src/tagger/lemmatiser.js';
import type { Tagger } from '../../src/tagger/tagger.js';
import { formsOf } from './ewt.js';

export function scoreTagger(tagger: Tagger, sentences: readonly ConlluSentence[], lemmatiser?: Lemmatiser): { upos: number; xpos: number; lemma: number; tokens: number } {
  let total = 0;
  let uposRight = 0;
  let xposRight = 0;
  let lemmas = 0;
  let lemmasRight = 0;
  for (const sentence of sentences) {
    const tokens = sequenceFromForms(formsOf(sentence));
    const out = new Uint8Array(tokens.count);
    tagger.tag(tokens, computeLexicalAttributes(tokens), 0, tokens.count, out);
    sentence.words.forEach((word, index) => {
      total++;
      if (tagger.upos[out[index]!] === word.columns[CONLLU.UPOS]) uposRight++;
      if (tagger.xpos[out[index]!] === word.columns[CONLLU.XPOS]) xposRight++;
      if (lemmatiser && word.columns[CONLLU.LEMMA] !== '_') {
        lemmas++;
        if (lemmatiser.lemma(word.columns[CONLLU.FORM]!, tagger.xpos[out[index]!]!) === word.columns[CONLLU.LEMMA]) lemmasRight++;
      }
    });
  }
  return { upos: (100 * uposRight) / total, xpos: (100 * xposRight) / total, lemma: (100 * lemmasRight) / Math.max(1, lemmas), tokens: total };
}
