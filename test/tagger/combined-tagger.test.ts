import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONLLU, parseConllu } from '../../src/corpus/conllu.js';
import { WordClusters } from '../../src/language/clusters.js';
import { computeLexicalAttributes, normaliseForm } from '../../src/language/lexical.js';
import { sequenceFromForms } from '../../src/language/tokens.js';
import { hashString } from '../../src/linear/hash.js';
import { createTagger } from '../../src/language/models.js';
import { CombinedTagger } from '../../src/tagger/combined-tagger.js';
import { trainNeuralTagger } from '../../src/tagger/neural-train.js';
import { trainTagger } from '../../src/tagger/train.js';
import { tagAll } from './tagger-checks.js';

const clusters = new WordClusters('the\t1\t1\t1\t1\na\t1\t1\t2\t1\nsaid\t2\t3\t4\t1\n');
const sentences = parseConllu(readFileSync(new URL('../fixtures/parser/ewt-train-sample.conllu', import.meta.url), 'utf8')).map((sentence) => ({
  forms: sentence.words.map((word) => word.columns[CONLLU.FORM]!),
  upos: sentence.words.map((word) => word.columns[CONLLU.UPOS]!),
  xpos: sentence.words.map((word) => word.columns[CONLLU.XPOS]!),
}));
// Trained on halves, so that the two models disagree on the other half.
const perceptron = trainTagger(
  sentences.slice(0, 100).map((s) => ({ forms: s.forms, tags: s.upos.map((u, i) => `${u}|${s.xpos[i]}`) })), clusters,
  { direction: 'backward', epochs: 3, seed: 7, minWeight: 0, dictionaryMinCount: 5, dictionaryMinShare: 0.99, ambiguityMinCount: 1, ambiguityMinShare: 0.05 },
);
const glove = { keys: ['the', 'of'].map((word) => hashString(normaliseForm(word))), vectors: new Float32Array([1, 0, 0, 0, 0, 1, 0, 0]), dimensions: 4 };
const neural = trainNeuralTagger(sentences.slice(100), sentences.slice(100, 110), glove, clusters, {
  epochs: 8, hidden: 16, embedding: 16, learningRate: 0.02, decay: 0.9, batch: 4, inputDropout: 0, stateDropout: 0.05, minFeatureCount: 1, seed: 3, maxLength: 64, averageRate: 1,
}).tagger;


describe('combined tagger', () => {
  const held = sentences.slice(100, 140);

  it('follows the perceptron when the neural weight is tiny, and the neural tagger when it is huge (but for dictionary words)', () => {
    const faint = new CombinedTagger(perceptron, neural, 1e-6);
    const loud = new CombinedTagger(perceptron, neural, 1e6);
    let differ = 0;
    for (const sentence of held) {
      const alone = tagAll(perceptron, sentence.forms);
      expect(tagAll(faint, sentence.forms)).toEqual(alone);
      const neuralTags = tagAll(neural, sentence.forms);
      const loudTags = tagAll(loud, sentence.forms);
      const tokens = sequenceFromForms(sentence.forms);
      const lexical = computeLexicalAttributes(tokens);
      sentence.forms.forEach((_, i) => {
        // A tag the perceptron never saw (the halves differ) is out of the combination's reach.
        if (!perceptron.tags.includes(neuralTags[i]!)) return;
        expect(loudTags[i]).toBe(perceptron.settles(lexical.form[i]!) ? alone[i] : neuralTags[i]);
        if (neuralTags[i] !== alone[i]) differ++;
      });
    }
    expect(differ).toBeGreaterThan(0); // otherwise the test shows nothing
  });

  it('is built from the three files, and refuses a combination file without a positive weight, naming it', () => {
    const files = (combination: string) => ({ tagger: perceptron.toBytes(), neuralTagger: neural.toBytes(), taggerCombination: new TextEncoder().encode(combination) });
    const tagger = createTagger(files('{"neuralWeight": 6}'), clusters);
    expect(tagger.neuralWeight).toBe(6);
    expect(tagAll(tagger, held[0]!.forms)).toHaveLength(held[0]!.forms.length);
    expect(() => createTagger(files('{"neuralWeight": 0}'), clusters)).toThrow('data/tagger/combination.json: neuralWeight must be a positive number');
    expect(() => createTagger(files('{}'), clusters)).toThrow('data/tagger/combination.json: neuralWeight must be a positive number');
    expect(() => createTagger(files('not json'), clusters)).toThrow(/^data\/tagger\/combination\.json: not JSON/);
  });
});
