import { describe, expect, it } from 'vitest';
import { WordClusters } from '../../src/language/clusters.js';
import { normaliseForm } from '../../src/language/lexical.js';
import { hashString } from '../../src/linear/hash.js';
import { encodeTensorFile, quantiseRows } from '../../src/neural/tensor-file.js';
import { NeuralParser, type SharedGlove } from '../../src/parser/neural-parser.js';
import { scoreParser } from '../../src/parser/attachment-scores.js';
import { newTrainingParser, ParserTrainer, trainNeuralParser, type NeuralParserOptions } from '../../src/parser/neural-train.js';
import { mulberry32 } from '../../src/linear/random.js';
import type { TreebankSentence } from '../../src/parser/treebank.js';
import { checkTreesOfRandomSentences, readSample, relationsOf, treeProblem } from './fixture.js';

// Fictional clusters and vectors: tests must not depend on data/ or GloVe.
const clusters = new WordClusters('the\t1\t1\t1\t1\na\t1\t1\t2\t1\nsaid\t2\t3\t4\t1\njapan\t3\t5\t6\t4\n');
const gloveWords = ['the', 'a', 'said', 'of', 'to', 'and', '.', ','];
const sharedGlove: SharedGlove = {
  keys: gloveWords.map((word) => hashString(normaliseForm(word))),
  table: quantiseRows(Float32Array.from({ length: gloveWords.length * 4 }, (_, i) => Math.sin(i * 1.7)), gloveWords.length, 4),
};
const options: NeuralParserOptions = {
  epochs: 12, hidden: 16, embedding: 16, tagEmbedding: 8, arc: 16, label: 16, learningRate: 0.01, decay: 0.9, beta2: 0.9, batch: 4,
  inputDropout: 0, stateDropout: 0.05, minFeatureCount: 1, seed: 7, maxLength: 64, averageRate: 0.2,
};

function vocabularyOf(sentences: readonly TreebankSentence[]): { upos: string[]; xpos: string[]; relations: string[] } {
  // The sample's tags as names: the treebank sentences hold only their hashes.
  const names = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'];
  const xposNames = ['$', "''", ',', '-LRB-', '-RRB-', '.', ':', 'ADD', 'AFX', 'CC', 'CD', 'DT', 'EX', 'FW', 'GW', 'HYPH', 'IN', 'JJ', 'JJR', 'JJS', 'LS', 'MD', 'NFP', 'NN', 'NNP', 'NNPS', 'NNS', 'PDT', 'POS', 'PRP', 'PRP$', 'RB', 'RBR', 'RBS', 'RP', 'SYM', 'TO', 'UH', 'VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ', 'WDT', 'WP', 'WP$', 'WRB', 'XX', '``'];
  const relations = [...new Set([...relationsOf(sentences), 'root', 'parataxis'])].sort();
  return { upos: names, xpos: xposNames, relations };
}

/** Attachment scores without the timing that scoreParser also reports. */
function attachment(parser: NeuralParser, sentences: readonly TreebankSentence[]): { uas: number; las: number; lasFull: number } {
  const { uas, las, lasFull } = scoreParser(parser, sentences);
  return { uas, las, lasFull };
}

describe('neural parser training', () => {
  const sentences = readSample();
  const vocabulary = vocabularyOf(sentences);
  const losses: number[] = [];
  const { parser, best } = trainNeuralParser(sentences, sentences.slice(0, 40), vocabulary, sharedGlove, clusters, options, (report) => losses.push(report.loss));

  it('lowers its training loss and learns the arcs of its training sentences', () => {
    expect(losses).toHaveLength(options.epochs);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! / 2);
    expect(best.uas).toBeGreaterThan(70);
    const { uas, las } = scoreParser(parser, sentences);
    expect(uas).toBeGreaterThan(70);
    expect(las).toBeGreaterThan(60);
  });

  it('gives the same model bytes from the same data and seed, and the same trees after a round trip through bytes', () => {
    const again = trainNeuralParser(sentences, sentences.slice(0, 40), vocabulary, sharedGlove, clusters, options).parser;
    expect(Buffer.from(again.toBytes()).equals(Buffer.from(parser.toBytes()))).toBe(true);
    const reloaded = NeuralParser.fromBytes(parser.toBytes(), clusters, sharedGlove, 'test');
    expect(attachment(reloaded, sentences)).toEqual(attachment(parser, sentences));
  });

  it('with tag dropout, trains differently and still learns its sentences', () => {
    const dropping = trainNeuralParser(sentences, sentences.slice(0, 40), vocabulary, sharedGlove, clusters, { ...options, tagDropout: 0.3 }).parser;
    expect(Buffer.from(dropping.toBytes()).equals(Buffer.from(parser.toBytes()))).toBe(false);
    expect(attachment(dropping, sentences).uas).toBeGreaterThan(70);
  });

  it('parses with 16-bit weights and cached word projections nearly as with floats', () => {
    const floats = NeuralParser.fromBytes(parser.toBytes(), clusters, sharedGlove, 'test', false);
    const quantised = attachment(parser, sentences);
    const exact = attachment(floats, sentences);
    expect(Math.abs(quantised.uas - exact.uas)).toBeLessThan(1);
    // A second pass reads the word projections from the cache: same trees.
    expect(attachment(parser, sentences)).toEqual(quantised);
  });

  it('always writes a single-rooted tree, root-labelled at its root only, inside the given span', () => {
    checkTreesOfRandomSentences(parser);
  });

  it('parses a sentence longer than its network in pieces, still one tree', () => {
    const long = sentences.find((sentence) => sentence.heads.length >= 20)!;
    const small = NeuralParser.fromBytes(parser.toBytes(), clusters, sharedGlove, 'test');
    // A network of maxLength 8 (untrained: the tree's shape needs no weights): three or more pieces.
    const meta = { ...small.meta, shape: { ...small.meta.shape, maxLength: 8 } };
    const pieces = new NeuralParser(meta, clusters, sharedGlove);
    const n = long.heads.length;
    const heads = new Int32Array(n);
    const labels = new Uint8Array(n);
    pieces.parse(long.tokens, long.lexical, 0, n, long.upos, long.xpos, heads, labels);
    expect(treeProblem(heads, 0, n)).toBeNull();
  });

  it('says so when no epoch can be scored, rather than return an untrained parser', () => {
    expect(() => trainNeuralParser(sentences.slice(0, 5), [], vocabulary, sharedGlove, clusters, { ...options, epochs: 1 }))
      .toThrow(/no epoch could be scored/);
  });

  it('refuses a GloVe table other than the one it was trained with, and a file of another kind', () => {
    const other: SharedGlove = { keys: sharedGlove.keys, table: { codes: sharedGlove.table.codes.map((code) => -code), scales: sharedGlove.table.scales } };
    expect(() => NeuralParser.fromBytes(parser.toBytes(), clusters, other, 'test')).toThrow(/GloVe table .* not the one it was trained with/);
    expect(() => NeuralParser.fromBytes(encodeTensorFile({ kind: 'neural-tagger' }, []), clusters, sharedGlove, 'data/parser/neural.bin'))
      .toThrow(/data\/parser\/neural\.bin: holds a neural-tagger, not a neural-parser/);
  });
});

describe('neural parser gradients', () => {
  it('match finite differences of the loss (back-propagation through the biaffine, label and BiLSTM layers)', () => {
    const sentences = readSample();
    const vocabulary = vocabularyOf(sentences);
    const tiny: NeuralParserOptions = { ...options, hidden: 8, embedding: 8, tagEmbedding: 4, arc: 8, label: 8, inputDropout: 0, stateDropout: 0, averageRate: 1 };
    const parser = newTrainingParser(sentences.slice(0, 3), vocabulary, sharedGlove, clusters, tiny);
    const trainer = new ParserTrainer(parser, tiny);
    const sentence = sentences[1]!;
    const relationIds = new Map(vocabulary.relations.map((relation, id) => [relation, id]));
    const labels = Int32Array.from(sentence.relations, (relation) => relationIds.get(relation)!);
    const { network } = parser;
    const random = mulberry32(11);
    let probes = 0;
    let agreeing = 0;
    for (const block of network.parameters()) {
      for (let probe = 0; probe < 4; probe++) {
        const heap = network.kernels.heap;
        for (const other of network.parameters()) heap.fill(0, other.gradient, other.gradient + other.length);
        trainer.trainSentence(sentence, labels);
        const i = Math.floor(random() * block.length);
        const analytic = heap[block.gradient + i]!;
        const kept = heap[block.weights + i]!;
        const step = 1e-2;
        heap[block.weights + i] = kept + step;
        const up = trainer.trainSentence(sentence, labels);
        heap[block.weights + i] = kept - step;
        const down = trainer.trainSentence(sentence, labels);
        heap[block.weights + i] = kept;
        const numeric = (up - down) / (2 * step);
        probes++;
        // A ReLU unit whose input is within a step of zero bends the loss: a few probes may differ.
        if (Math.abs(analytic - numeric) <= 0.05 * Math.max(Math.abs(analytic), Math.abs(numeric)) + 0.01) agreeing++;
      }
    }
    expect(probes).toBe(4 * network.parameters().length);
    expect(agreeing / probes).toBeGreaterThan(0.9);
  });
});
