import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONLLU, parseConllu } from '../../src/corpus/conllu.js';
import { WordClusters } from '../../src/language/clusters.js';
import { normaliseForm } from '../../src/language/lexical.js';
import { hashString } from '../../src/linear/hash.js';
import { NeuralTagger } from '../../src/tagger/neural-tagger.js';
import { trainNeuralTagger, type GloveTable, type NeuralTrainingOptions, type TaggedForms } from '../../src/tagger/neural-train.js';
import { expectTagsOnlyInside, tagAll } from './tagger-checks.js';

// Fictional clusters and vectors: tests must not depend on data/ or GloVe.
const clusters = new WordClusters('the\t1\t1\t1\t1\na\t1\t1\t2\t1\nsaid\t2\t3\t4\t1\njapan\t3\t5\t6\t4\n');
const gloveWords = ['the', 'a', 'said', 'of', 'to', 'and', '.', ','];
const glove: GloveTable = {
  keys: gloveWords.map((word) => hashString(normaliseForm(word))),
  vectors: Float32Array.from({ length: gloveWords.length * 4 }, (_, i) => Math.sin(i * 1.7)),
  dimensions: 4,
};
const options: NeuralTrainingOptions = {
  epochs: 15, hidden: 16, embedding: 16, learningRate: 0.02, decay: 0.9, batch: 4,
  inputDropout: 0, stateDropout: 0.05, minFeatureCount: 1, seed: 7, maxLength: 64, averageRate: 0.2,
};

function sample(): TaggedForms[] {
  const text = readFileSync(new URL('../fixtures/parser/ewt-train-sample.conllu', import.meta.url), 'utf8');
  return parseConllu(text).map((sentence) => ({
    forms: sentence.words.map((word) => word.columns[CONLLU.FORM]!),
    upos: sentence.words.map((word) => word.columns[CONLLU.UPOS]!),
    xpos: sentence.words.map((word) => word.columns[CONLLU.XPOS]!),
  }));
}


describe('neural tagger training', () => {
  const sentences = sample();
  const reports: number[] = [];
  const { tagger, best } = trainNeuralTagger(sentences, sentences.slice(0, 20), glove, clusters, options, (report) => reports.push(report.loss));

  it('lowers its training loss and learns its training sentences', () => {
    expect(reports).toHaveLength(options.epochs);
    expect(reports.at(-1)!).toBeLessThan(reports[0]! / 2);
    expect(best.upos).toBeGreaterThan(85);
    let right = 0;
    let total = 0;
    for (const sentence of sentences) {
      tagAll(tagger, sentence.forms).forEach((tag, i) => {
        total++;
        if (tag === `${sentence.upos[i]}|${sentence.xpos[i]}`) right++;
      });
    }
    expect(right / total).toBeGreaterThan(0.85);
  });

  it('gives the same model bytes from the same data and seed, and the same tags after a round trip through bytes', () => {
    const again = trainNeuralTagger(sentences, sentences.slice(0, 20), glove, clusters, options).tagger;
    expect(Buffer.from(again.toBytes()).equals(Buffer.from(tagger.toBytes()))).toBe(true);
    const reloaded = NeuralTagger.fromBytes(tagger.toBytes(), clusters);
    for (const sentence of sentences.slice(0, 30)) expect(tagAll(reloaded, sentence.forms)).toEqual(tagAll(tagger, sentence.forms));
  });

  it('tags with 16-bit weights as with the float ones', () => {
    const floats = NeuralTagger.fromBytes(tagger.toBytes(), clusters, 'test', false);
    let same = 0;
    let total = 0;
    for (const sentence of sentences) {
      const quantised = tagAll(tagger, sentence.forms);
      tagAll(floats, sentence.forms).forEach((tag, i) => {
        total++;
        if (tag === quantised[i]) same++;
      });
    }
    expect(same / total).toBeGreaterThan(0.995);
  });

  it('tags a sentence inside a longer token sequence without touching the tokens outside it', () => {
    expectTagsOnlyInside(tagger);
  });

  it('tags a sentence longer than the network reads at once, piece by piece', () => {
    const forms = Array.from({ length: 150 }, (_, i) => (i % 3 === 2 ? '.' : i % 3 === 0 ? 'the' : 'dog'));
    const tags = tagAll(tagger, forms);
    expect(tags).toHaveLength(150);
    expect(tags.filter((tag, i) => forms[i] === '.' && tag.startsWith('PUNCT|')).length).toBe(50);
  });
});
