import { describe, expect, it } from 'vitest';
import { decodeLinearModel } from '../../src/linear/codec.js';
import { ArcEagerState } from '../../src/parser/arc-eager.js';
import { goldMoves } from '../../src/parser/beam-train.js';
import { BeamSearch } from '../../src/parser/beam-search.js';
import { DependencyParser } from '../../src/parser/index.js';
import { projectivize } from '../../src/parser/projectivize.js';
import { SentenceView } from '../../src/parser/sentence-view.js';
import { TransitionFeatures } from '../../src/parser/transition-features.js';
import { TransitionScorer } from '../../src/parser/transition-scorer.js';
import { WeightTable } from '../../src/parser/weight-table.js';
import { parseSentence, readSample, trainSmallBeamParser, trainSmallParser, treeProblem , checkTreesOfRandomSentences } from './fixture.js';


describe('beam training', () => {
  const sentences = readSample();
  const files = trainSmallBeamParser(sentences, 4);

  it('gives the same model bytes when run twice with the same seed', () => {
    const again = trainSmallBeamParser(sentences, 4);
    expect(Buffer.from(again.transitions).equals(Buffer.from(files.transitions))).toBe(true);
    expect(Buffer.from(again.labeller).equals(Buffer.from(files.labeller))).toBe(true);
  });

  it('stores the beam width in the model, and the parser decodes with it', () => {
    expect(decodeLinearModel<{ beamWidth?: number }>(files.transitions, 'test').meta.beamWidth).toBe(4);
    expect(DependencyParser.fromBytes(files).beamWidth).toBe(4);
    expect(DependencyParser.fromBytes(trainSmallParser(sentences)).beamWidth).toBe(1);
  });

  it('parses its own training sentences well', () => {
    const parser = DependencyParser.fromBytes(files);
    let words = 0;
    let attached = 0;
    for (const sentence of sentences) {
      const { heads } = parseSentence(parser, sentence);
      const n = sentence.heads.length;
      for (let i = 0; i < n; i++) if (heads[i] === (sentence.heads[i] === n ? -1 : sentence.heads[i])) attached++;
      words += n;
    }
    expect(attached / words).toBeGreaterThan(0.9);
  });

  it('takes gold moves that rebuild the projectivized tree', () => {
    for (const sentence of sentences) {
      const gold = projectivize(sentence.heads);
      const state = new ArcEagerState();
      state.reset(gold.length);
      for (const move of goldMoves(gold)) state.apply(move);
      expect(state.isTerminal()).toBe(true);
      expect(Array.from(state.heads.subarray(0, gold.length))).toEqual(Array.from(gold));
    }
  });
});

describe('beam decoding', () => {
  const sentences = readSample();
  const parser = DependencyParser.fromBytes(trainSmallBeamParser(sentences, 4));

  it('gives a single-rooted tree without cycles for random sentences of random tags', () => {
    checkTreesOfRandomSentences(parser);
  });

  it('with width 1 finds the greedy parser\'s tree', () => {
    const files = trainSmallParser(sentences);
    const greedy = DependencyParser.fromBytes(files);
    const scorer = new TransitionScorer(new WeightTable(decodeLinearModel(files.transitions, 'test').model), new TransitionFeatures());
    const beam = new BeamSearch(1);
    const view = new SentenceView();
    for (const sentence of sentences.slice(0, 80)) {
      const n = sentence.heads.length;
      view.load(sentence.lexical, 0, n, sentence.upos, sentence.xpos, sentence.clusters);
      beam.decode(scorer, view);
      const expected = parseSentence(greedy, sentence).heads;
      expect(Array.from(beam.items[0]!.heads.subarray(0, n), (head) => (head === n ? -1 : head))).toEqual(Array.from(expected));
    }
  });
});
