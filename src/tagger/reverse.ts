// A sentence's tagger input read right to left, so that the backward model can use
// the same feature code: its "previous" tags are the tags of the following words.

import type { ClusterArrays } from '../language/clusters.js';
import type { TaggerInput } from './features.js';

/** Reverses sentences into arrays it keeps, so that tagging allocates nothing per sentence. */
export class InputReverser {
  private capacity = 0;
  private reversed: TaggerInput;

  constructor(capacity = 64) {
    this.reversed = this.allocate(capacity);
  }

  /** Tokens [first, end) of `input`, reversed, at indices [0, end - first): valid until the next call. */
  reverse(input: TaggerInput, first: number, end: number): TaggerInput {
    if (end - first > this.capacity) this.reversed = this.allocate((end - first) * 2);
    const { lexical, ambiguity, clusters } = this.reversed;
    for (let i = first; i < end; i++) lexical.flags[end - 1 - i] = input.lexical.flags[i]!;
    flip(input.lexical.lower, lexical.lower, first, end);
    flip(input.lexical.form, lexical.form, first, end);
    flip(input.lexical.shape, lexical.shape, first, end);
    for (let k = 0; k < 4; k++) flip(input.lexical.suffix[k]!, lexical.suffix[k]!, first, end);
    for (let k = 0; k < 3; k++) flip(input.lexical.prefix[k]!, lexical.prefix[k]!, first, end);
    for (let k = 0; k < 4; k++) flip(input.clusters[k]!, clusters[k]!, first, end);
    flip(input.ambiguity, ambiguity, first, end);
    return this.reversed;
  }

  private allocate(capacity: number): TaggerInput {
    const array = (): Uint32Array => new Uint32Array(capacity);
    this.capacity = capacity;
    const clusters: ClusterArrays = [array(), array(), array(), array()];
    return {
      lexical: {
        lower: array(),
        form: array(),
        shape: array(),
        suffix: [array(), array(), array(), array()],
        prefix: [array(), array(), array()],
        flags: new Uint8Array(capacity),
      },
      ambiguity: array(),
      clusters,
    };
  }
}

function flip(from: Uint32Array, to: Uint32Array, first: number, end: number): void {
  for (let i = first; i < end; i++) to[end - 1 - i] = from[i]!;
}

/** Tokens [first, end) of `input`, reversed, in arrays of their own (for training, which keeps every sentence). */
export function reverseInput(input: TaggerInput, first: number, end: number): TaggerInput {
  return new InputReverser(end - first).reverse(input, first, end);
}
