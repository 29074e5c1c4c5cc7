// A small training run on invented sentences: deterministic to the byte, and the model
// learns what it was shown.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLexicalAttributes } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import { encodeLinearModel } from '../../src/linear/codec.js';
import { spansFromTags } from '../../src/corpus/conll.js';
import { bestAllowed, GreedyDecoder, START_CLASS } from '../../src/ner/decode.js';
import { extractNerFeatures, MAX_NER_FEATURES } from '../../src/ner/features.js';
import { Gazetteer } from '../../src/ner/gazetteer.js';
import { CLASS_COUNT, classesFromSpans, spansFromClasses } from '../../src/ner/labels.js';
import { findOutsideForms } from '../../src/ner/outside-words.js';
import { SentenceContextBuilder } from '../../src/ner/sentence-context.js';
import { trainNer, type NerTrainingSentence } from '../../src/ner/train.js';
import { mulberry32 } from '../../src/linear/random.js';
import { WordClusters } from '../../src/ner/word-clusters.js';

const gazetteer = Gazetteer.fromTsv(readFileSync(new URL('../fixtures/world/gazetteer.tsv', import.meta.url), 'utf8'));
const PEOPLE = [['Rufus', 'Firefly'], ['Mrs.', 'Teasdale'], ['Chicolini'], ['Ambassador', 'Trentino']];
const PLACES = ['Freedonia', 'Sylvania', 'Marsport'];
const GROUPS = [['United', 'Rivers', 'Organisation'], ['Freedonia', 'Bank'], ['Bank', 'of', 'Sylvania']];

/** Sentences like `Rufus Firefly met Ambassador Trentino in Sylvania , said the United Rivers Organisation .` */
function inventedCorpus(count: number): NerTrainingSentence[] {
  const random = mulberry32(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, () => {
    const forms: string[] = [];
    const tags: string[] = [];
    const add = (words: readonly string[], type: string | null, skip = 0): void => {
      words.forEach((word, k) => {
        forms.push(word);
        tags.push(type === null || k < skip ? 'O' : `${k === skip ? 'B' : 'I'}-${type}`);
      });
    };
    const person = pick(PEOPLE);
    add(person, 'PER', person[0] === 'Mrs.' || person[0] === 'Ambassador' ? 1 : 0);
    add(['met', 'officials', 'in'], null);
    add([pick(PLACES)], 'LOC');
    add([',', 'said', 'the'], null);
    add(pick(GROUPS), 'ORG');
    add(['.'], null);
    return { forms, classes: classesFromSpans(spansFromTags(tags), forms.length), hasMisc: true };
  });
}

/** Greedy decoding with every feature scored by the plain model: what the cached decoder must reproduce. */
function referenceDecode(model: ReturnType<typeof trainNer>, forms: readonly string[]): number[] {
  const lex = computeLexicalAttributes(sequenceFromForms(forms));
  const ctx = new SentenceContextBuilder(gazetteer, WordClusters.empty()).build(lex, 0, forms.length);
  const features = new Uint32Array(MAX_NER_FEATURES);
  const scores = new Float32Array(CLASS_COUNT);
  const classes: number[] = [];
  let prev = START_CLASS;
  let prev2 = START_CLASS;
  for (let i = 0; i < forms.length; i++) {
    scores.fill(0);
    model.addScores(new Int32Array(features.buffer), extractNerFeatures(ctx, i, prev, prev2, features), scores);
    const cls = bestAllowed(scores, prev === START_CLASS ? 0 : prev, i === forms.length - 1);
    classes.push(cls);
    prev2 = prev;
    prev = cls;
  }
  return classes;
}

describe('trainNer', () => {
  const corpus = inventedCorpus(60);
  const options = { epochs: 3, seed: 5, minWeight: 0 };

  it('gives the same model bytes on two runs with the same seed', () => {
    const first = encodeLinearModel(trainNer(corpus, gazetteer, WordClusters.empty(), options), {});
    const second = encodeLinearModel(trainNer(corpus, gazetteer, WordClusters.empty(), options), {});
    expect(first.length).toBeGreaterThan(100);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('learns to tag the invented names, leaving titles outside the person (cached scores decode like plain ones)', () => {
    const model = trainNer(corpus, gazetteer, WordClusters.empty(), options);
    const forms = ['Ambassador', 'Trentino', 'met', 'officials', 'in', 'Marsport', ',', 'said', 'the', 'Freedonia', 'Bank', '.'];
    const lex = computeLexicalAttributes(sequenceFromForms(forms));
    const out = new Uint8Array(forms.length);
    new GreedyDecoder(model).decode(new SentenceContextBuilder(gazetteer, WordClusters.empty()).build(lex, 0, forms.length), out);
    expect([...out]).toEqual(referenceDecode(model, forms));
    expect(spansFromClasses(out).map((span) => `${span.type}:${forms.slice(span.start, span.end).join(' ')}`)).toEqual([
      'PER:Trentino', 'LOC:Marsport', 'ORG:Freedonia Bank',
    ]);
  });

  it('skips the words that never begin a name only while no name is open, with the same result', () => {
    const model = trainNer(corpus, gazetteer, WordClusters.empty(), options);
    const outside = findOutsideForms(corpus, 10);
    const hashOf = (word: string): number => computeLexicalAttributes(sequenceFromForms([word])).form[0]!;
    for (const word of ['met', 'in', ',', 'said', 'the', '.', 'of']) expect(outside).toContain(hashOf(word));
    for (const word of ['Marsport', 'Bank', 'Rufus']) expect(outside).not.toContain(hashOf(word));
    const forms = ['Chicolini', 'met', 'officials', 'in', 'Freedonia', ',', 'said', 'the', 'Bank', 'of', 'Sylvania', '.'];
    const lex = computeLexicalAttributes(sequenceFromForms(forms));
    const decode = (decoder: GreedyDecoder): number[] => {
      const out = new Uint8Array(forms.length);
      decoder.decode(new SentenceContextBuilder(gazetteer, WordClusters.empty()).build(lex, 0, forms.length), out);
      return [...out];
    };
    const skipping = decode(new GreedyDecoder(model, outside));
    expect(skipping).toEqual(decode(new GreedyDecoder(model)));
    // `of` inside the open ORG is scored, and stays inside it.
    expect(spansFromClasses(skipping).map((span) => `${span.type}:${forms.slice(span.start, span.end).join(' ')}`)).toEqual([
      'PER:Chicolini', 'LOC:Freedonia', 'ORG:Bank of Sylvania',
    ]);
  });

  it('keeps a lower-case word that once began a name out of the skipped words', () => {
    const sentence = (forms: string[], tags: string[]) => ({ forms, classes: classesFromSpans(spansFromTags(tags), forms.length) });
    const corpus = [
      ...Array.from({ length: 30 }, () => sentence(['the', 'talks', 'ended'], ['O', 'O', 'O'])),
      sentence(['talks', 'with', 'the', 'Hague'], ['O', 'O', 'B-LOC', 'I-LOC']),
    ];
    const hashOf = (word: string): number => computeLexicalAttributes(sequenceFromForms([word])).form[0]!;
    const outside = findOutsideForms(corpus, 20);
    expect(outside).toContain(hashOf('talks'));
    expect(outside).not.toContain(hashOf('the'));
    expect(outside).not.toContain(hashOf('with'));
  });
});
