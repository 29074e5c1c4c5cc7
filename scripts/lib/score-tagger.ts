// UPOS and XPOS accuracy of a tagger on gold-tokenised CoNLL-U sentences.

import { CONLLU, type ConlluSentence } from '../../src/corpus/conllu.js';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import type { Tagger } from '../../src/tagger/tagger.js';
import { formsOf } from './ewt.js';

export function scoreTagger(tagger: Tagger, sentences: readonly ConlluSentence[]): { upos: number; xpos: number; tokens: number } {
  let total = 0;
  let uposRight = 0;
  let xposRight = 0;
  for (const sentence of sentences) {
    const tokens = sequenceFromForms(formsOf(sentence));
    const out = new Uint8Array(tokens.count);
    tagger.tag(tokens, computeLexicalAttributes(tokens), 0, tokens.count, out);
    sentence.words.forEach((word, index) => {
      total++;
      if (tagger.upos[out[index]!] === word.columns[CONLLU.UPOS]) uposRight++;
      if (tagger.xpos[out[index]!] === word.columns[CONLLU.XPOS]) xposRight++;
    });
  }
  return { upos: (100 * uposRight) / total, xpos: (100 * xposRight) / total, tokens: total };
}
