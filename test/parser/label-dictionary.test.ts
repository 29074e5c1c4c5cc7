// The label dictionary: arcs that their tags and direction settle in the training
// trees get their relation without the labeller's model, and only those.

import { describe, expect, it } from 'vitest';
import { hashString } from '../../src/linear/hash.js';
import { decodeLinearModel, encodeLinearModel } from '../../src/linear/codec.js';
import { buildLabelDictionary, labelDictionaryKey } from '../../src/parser/label-dictionary.js';
import { DependencyParser } from '../../src/parser/index.js';
import type { LabellerMeta } from '../../src/parser/model-meta.js';
import { parseSentence, readSample, relationsOf, trainSmallParser } from './fixture.js';

describe('label dictionary', () => {
  const sentences = readSample();
  const relations = relationsOf(sentences);
  const lookup = (dictionary: ReturnType<typeof buildLabelDictionary>, dependent: string, head: string, headIsRight: boolean): string | undefined => {
    const index = dictionary.keys.indexOf(labelDictionaryKey(hashString(dependent), hashString(head), headIsRight));
    return index < 0 ? undefined : relations[dictionary.labels[index]!];
  };

  it('settles determiners and adjectives before nouns, and not a noun after a verb', () => {
    // In the sample, 167 of 172 DT left of an NN are det (`That` is nsubj of a copula noun 5 times).
    expect(lookup(buildLabelDictionary(sentences, relations, 5, 0.99), 'DT', 'NN', true)).toBeUndefined();
    const dictionary = buildLabelDictionary(sentences, relations, 5, 0.95);
    expect(lookup(dictionary, 'DT', 'NN', true)).toBe('det');
    expect(lookup(dictionary, 'JJ', 'NN', true)).toBe('amod');
    // A noun right of a verb is obj, obl, nsubj:pass...: no single relation.
    expect(lookup(dictionary, 'NN', 'VB', false)).toBeUndefined();
    expect(dictionary.keys.length).toBeLessThan(new Set(sentences.flatMap((s) => [...s.xpos])).size ** 2);
  });

  it('asks for a share and a count: none at 100% of 1000 arcs', () => {
    expect(buildLabelDictionary(sentences, relations, 1000, 1).keys).toEqual([]);
  });

  it('gives the parser the dictionary relation for such arcs, overriding the model', () => {
    const files = trainSmallParser(sentences);
    const { model, meta } = decodeLinearModel<LabellerMeta>(files.labeller, 'labeller');
    // A deliberately wrong entry shows the dictionary is read: every DT left of an NN becomes `nmod`.
    const nmod = relations.indexOf('nmod');
    const dictionary = { keys: [labelDictionaryKey(hashString('DT'), hashString('NN'), true)], labels: [nmod] };
    const parser = DependencyParser.fromBytes({ ...files, labeller: encodeLinearModel(model, { ...meta, dictionary }) });
    let checked = 0;
    for (const sentence of sentences) {
      const { heads, labels } = parseSentence(parser, sentence);
      sentence.heads.forEach((_, d) => {
        const h = heads[d]!;
        if (h < 0 || h <= d) return;
        if (sentence.xpos[d] === hashString('DT') && sentence.xpos[h] === hashString('NN')) {
          expect(parser.relations[labels[d]!]).toBe('nmod');
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(5);
  });
});
