// The shipped tagger: the averaged perceptron (pos-tagger.ts), which reads right to
// left with the tags it has chosen, adds the neural tagger's log-probabilities, times a
// weight chosen on EWT dev, to its own scores. The two err differently: on EWT dev
// the perceptron alone scores UPOS 95.3, the neural tagger 95.9, together 96.05 (see
// data/tagger/manifest.json). Words the tag dictionary settles take its tag; the
// network still reads them, as context for the others.

import type { LexicalAttributes } from '../language/lexical.js';
import type { TokenSequence } from '../language/tokens.js';
import type { NeuralTagger } from './neural-tagger.js';
import type { PosTagger } from './pos-tagger.js';
import type { Tagger } from './tagger.js';

export class CombinedTagger implements Tagger {
  readonly tags: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  /** The neural tagger's id of each of the perceptron's tags, or -1. */
  private readonly neuralIds: Int16Array;
  private prior = new Float32Array(0);

  constructor(
    readonly perceptron: PosTagger,
    readonly neural: NeuralTagger,
    readonly neuralWeight: number,
  ) {
    this.tags = perceptron.tags;
    this.upos = perceptron.upos;
    this.xpos = perceptron.xpos;
    const neuralIndex = new Map(neural.tags.map((tag, id) => [tag, id]));
    this.neuralIds = Int16Array.from(perceptron.tags, (tag) => neuralIndex.get(tag) ?? -1);
  }

  tag(tokens: TokenSequence, lexical: LexicalAttributes, first: number, end: number, out: Uint8Array): void {
    const width = this.tags.length;
    if (this.prior.length < (end - first) * width) this.prior = new Float32Array((end - first) * width * 2);
    const { neural } = this;
    const { maxLength } = neural.meta.shape;
    for (let start = first; start < end; start += maxLength) {
      const pieceEnd = Math.min(end, start + maxLength);
      neural.run(lexical, start, pieceEnd, start === first);
      for (let i = start; i < pieceEnd; i++) {
        if (this.perceptron.settles(lexical.form[i]!)) continue;
        neural.logProbabilities(i - start, this.neuralIds, this.neuralWeight, this.prior, (i - first) * width);
      }
    }
    this.perceptron.tag(tokens, lexical, first, end, out, this.prior);
  }

  uposHash(tag: number): number {
    return this.perceptron.uposHash(tag);
  }

  xposHash(tag: number): number {
    return this.perceptron.xposHash(tag);
  }
}
