import { describe, expect, it } from 'vitest';
import { decodeLinearModel } from '../../src/linear/codec.js';
import { ArcEagerState, TRANSITIONS } from '../../src/parser/arc-eager.js';
import { SentenceView } from '../../src/parser/sentence-view.js';
import { TRANSITION_FEATURE_COUNT, TransitionFeatures } from '../../src/parser/transition-features.js';
import { TransitionScorer } from '../../src/parser/transition-scorer.js';
import { WeightTable } from '../../src/parser/weight-table.js';
import { readSample, trainSmallParser } from './fixture.js';

describe('transition scorer', () => {
  it('gives the same scores with its per-word cache as summing every feature', () => {
    const sentences = readSample();
    const table = new WeightTable(decodeLinearModel(trainSmallParser(sentences).transitions, 'test').model);
    const scorer = new TransitionScorer(table, new TransitionFeatures());
    const features = new TransitionFeatures();
    const keys = new Uint32Array(TRANSITION_FEATURE_COUNT);
    const state = new ArcEagerState();
    const view = new SentenceView();
    const cached = new Int32Array(TRANSITIONS);
    const summed = new Int32Array(TRANSITIONS);
    let configurations = 0;
    for (const sentence of sentences.slice(0, 60)) {
      const n = sentence.heads.length;
      view.load(sentence.lexical, 0, n, sentence.upos, sentence.xpos, sentence.clusters);
      state.reset(n);
      scorer.beginSentence(n);
      while (!state.isTerminal()) {
        scorer.score(state, view, cached);
        summed.fill(0);
        table.addScores(keys, features.extract(state, view, keys), summed, 0);
        expect(Array.from(cached)).toEqual(Array.from(summed));
        configurations++;
        let best = -1;
        for (let t = 0; t < TRANSITIONS; t++) if (state.isAllowed(t) && (best < 0 || cached[t]! > cached[best]!)) best = t;
        state.apply(best);
      }
    }
    expect(configurations).toBeGreaterThan(1000);
  });
});
