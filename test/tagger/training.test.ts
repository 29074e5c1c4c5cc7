import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONLLU, parseConllu } from '../../src/corpus/conllu.js';
import { WordClusters } from '../../src/language/clusters.js';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import { PosTagger } from '../../src/tagger/pos-tagger.js';
import { trainTagger, type TaggedSentence } from '../../src/tagger/train.js';
import { expectTagsOnlyInside } from './tagger-checks.js';

// A fictional cluster file: tests must not depend on data/clusters.
const clusters = new WordClusters('the\t1\t1\t1\t1\na\t1\t1\t2\t1\nsaid\t2\t3\t4\t1\njapan\t3\t5\t6\t4\n');

function sample(): TaggedSentence[] {
  const text = readFileSync(new URL('../fixtures/parser/ewt-train-sample.conllu', import.meta.url), 'utf8');
  return parseConllu(text).map((sentence) => ({
    forms: sentence.words.map((word) => word.columns[CONLLU.FORM]!),
    tags: sentence.words.map((word) => `${word.columns[CONLLU.UPOS]}|${word.columns[CONLLU.XPOS]}`),
  }));
}

const options = { epochs: 4, seed: 7, minWeight: 0, dictionaryMinCount: 5, dictionaryMinShare: 0.99, ambiguityMinCount: 1, ambiguityMinShare: 0.05 };

function train(sentences: TaggedSentence[], direction: 'forward' | 'backward' = 'backward'): PosTagger {
  return trainTagger(sentences, clusters, { ...options, direction });
}

function accuracy(tagger: PosTagger, sentences: TaggedSentence[]): number {
  let right = 0;
  let total = 0;
  for (const sentence of sentences) {
    const tokens = sequenceFromForms(sentence.forms);
    const out = new Uint8Array(tokens.count);
    tagger.tag(tokens, computeLexicalAttributes(tokens), 0, tokens.count, out);
    sentence.tags.forEach((tag, i) => {
      total++;
      if (tagger.tags[out[i]!] === tag) right++;
    });
  }
  return right / total;
}

describe('tagger training', () => {
  const sentences = sample();

  it('gives the same model bytes from the same data and seed', () => {
    const first = train(sentences).toBytes();
    const second = train(sentences).toBytes();
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it.each(['forward', 'backward'] as const)('learns its training sentences reading %s and round-trips through bytes', (direction) => {
    const tagger = train(sentences, direction);
    const reloaded = PosTagger.fromBytes(tagger.toBytes(), clusters);
    expect(accuracy(reloaded, sentences)).toBeGreaterThan(0.97);
  });

  it('tags a sentence inside a longer token sequence without touching the tokens outside it', () => {
    const tagger = train(sentences);
    expectTagsOnlyInside(tagger);
  });
});
