// Builds the per-sentence inputs of the feature extractor, reusing its buffers from
// one sentence to the next (one builder per recogniser or training run).

import type { LexicalAttributes } from '../language/lexical.js';
import type { SentenceContext } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { HeadlineDetector } from './headline.js';
import type { WordClusters } from './word-clusters.js';

export class SentenceContextBuilder {
  private gazetteerMarks = new Uint16Array(256);
  private readonly headlines = new HeadlineDetector();

  constructor(private readonly gazetteer: Gazetteer, private readonly clusters: WordClusters) {}

  build(lex: LexicalAttributes, first: number, end: number): SentenceContext {
    const length = end - first;
    if (length > this.gazetteerMarks.length) {
      this.gazetteerMarks = new Uint16Array(length * 2);
    }
    this.gazetteer.markSentence(lex, first, end, this.gazetteerMarks);
    return { lex, first, end, gazetteer: this.gazetteerMarks, clusters: this.clusters, isHeadline: this.headlines.isHeadline(lex, first, end) };
  }
}
