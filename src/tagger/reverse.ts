// A sentence's tagger input read right to left, so that the backward model can use
// the same feature code: its "previous" tags are the tags of the following words.

import type { ClusterArrays } from '../language/clusters.js';
import type { LexicalAttributes } from '../language/lexical.js';
import type { TaggerInput } from './features.js';

/** Tokens [first, end) of `input`, reversed, at indices [0, end - first). */
export function reverseInput(input: TaggerInput, first: number, end: number): TaggerInput {
  const flip = (array: Uint32Array): Uint32Array => {
    const out = new Uint32Array(end - first);
    for (let i = first; i < end; i++) out[end - 1 - i] = array[i]!;
    return out;
  };
  const { lexical } = input;
  const flags = new Uint8Array(end - first);
  for (let i = first; i < end; i++) flags[end - 1 - i] = lexical.flags[i]!;
  const reversed: LexicalAttributes = {
    lower: flip(lexical.lower),
    form: flip(lexical.form),
    shape: flip(lexical.shape),
    suffix: [flip(lexical.suffix[0]), flip(lexical.suffix[1]), flip(lexical.suffix[2]), flip(lexical.suffix[3])],
    prefix: [flip(lexical.prefix[0]), flip(lexical.prefix[1]), flip(lexical.prefix[2])],
    flags,
  };
  const clusters: ClusterArrays = [flip(input.clusters[0]), flip(input.clusters[1]), flip(input.clusters[2]), flip(input.clusters[3])];
  return { lexical: reversed, ambiguity: flip(input.ambiguity), clusters };
}
