// UD English EWT as training and evaluation data for the tagger and parser.

import { CONLLU, parseConllu, type ConlluSentence } from '../../src/corpus/conllu.js';
import { readSharedText } from './shared-data.js';

export const EWT_SOURCE = {
  name: 'UD_English-EWT',
  path: '../shared/data/ud-english-ewt',
  license: 'CC BY-SA 4.0',
  commit: '15d613d8447b3478787d4c278730a1e48a945efb',
} as const;

export function readEwt(split: 'train' | 'dev'): ConlluSentence[] {
  const path = `ud-english-ewt/en_ewt-ud-${split}.conllu.gz`;
  return parseConllu(readSharedText(path), path);
}

export function formsOf(sentence: ConlluSentence): string[] {
  return sentence.words.map((word) => word.columns[CONLLU.FORM]!);
}

export function combinedTagsOf(sentence: ConlluSentence): string[] {
  return sentence.words.map((word) => `${word.columns[CONLLU.UPOS]}|${word.columns[CONLLU.XPOS]}`);
}
