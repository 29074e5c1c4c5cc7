// Features of the part-of-speech tagger for token i of a sentence [first, end):
// the classic averaged-perceptron set (Collins 2002; Honnibal's "A good POS tagger in
// about 200 lines") widened with a ±2 word window, word bigrams and the shapes and
// suffixes of the neighbours, which matter for web and news text.

import { featureKey } from '../linear/hash.js';
import type { ClusterArrays } from '../language/clusters.js';
import type { LexicalAttributes } from '../language/lexical.js';

/** What the tagger reads of a sentence besides its previous tags. */
export interface TaggerInput {
  readonly lexical: LexicalAttributes;
  readonly ambiguity: Uint32Array;
  readonly clusters: ClusterArrays;
}

export const MAX_TAGGER_FEATURES = 64;

// Template ids: one per feature kind, so that equal hashes of different kinds never meet.
const enum T {
  Bias = 1, Lower, Form, Shape, Flags, FirstFlags, Suf1, Suf2, Suf3, Suf4, Pre1, Pre2, Pre3,
  PrevLower, Prev2Lower, NextLower, Next2Lower, PrevSuf3, NextSuf3, PrevShape, NextShape,
  PrevTag, Prev2Tag, TagBigram, PrevTagLower, LowerNext, PrevLowerLower, NextFlags, PrevFlags,
  PrevTagNextLower, Next2Shape, PrevTagSuf3, NextSuf2,
  Ambiguity, NextAmbiguity, Next2Ambiguity, PrevAmbiguity, PrevTagNextAmbiguity, AmbiguityNextAmbiguity,
  LowerNextAmbiguity, PrevTagAmbiguity,
  Cluster0, Cluster1, Cluster2, PrevCluster1, NextCluster1, PrevCluster2, NextCluster2, Next2Cluster1, PrevTagCluster2,
  Casing, CasingShape, CasingFirst,
}

const BOUNDARY = 0x5eed;

/** Writes token i's features into `out` and returns how many there are. */
export function extractTaggerFeatures(
  input: TaggerInput, i: number, first: number, end: number,
  prevTag: number, prev2Tag: number, out: Uint32Array,
): number {
  const { lexical: lex, ambiguity, clusters } = input;
  const lower = lex.lower;
  const w = lower[i]!;
  const wPrev = attribute(lower, i - 1, first, end);
  const wNext = attribute(lower, i + 1, first, end);
  const flags = lex.flags[i]!;
  let n = 0;
  out[n++] = featureKey(T.Bias, 0);
  out[n++] = featureKey(T.Lower, w);
  out[n++] = featureKey(T.Form, lex.form[i]!);
  out[n++] = featureKey(T.Shape, lex.shape[i]!);
  out[n++] = featureKey(T.Flags, flags);
  out[n++] = featureKey(T.FirstFlags, flags, i === first ? 1 : 0);
  out[n++] = featureKey(T.Suf1, lex.suffix[0][i]!);
  out[n++] = featureKey(T.Suf2, lex.suffix[1][i]!);
  out[n++] = featureKey(T.Suf3, lex.suffix[2][i]!);
  out[n++] = featureKey(T.Suf4, lex.suffix[3][i]!);
  out[n++] = featureKey(T.Pre1, lex.prefix[0][i]!);
  out[n++] = featureKey(T.Pre2, lex.prefix[1][i]!);
  out[n++] = featureKey(T.Pre3, lex.prefix[2][i]!);
  out[n++] = featureKey(T.PrevLower, wPrev);
  out[n++] = featureKey(T.Prev2Lower, attribute(lower, i - 2, first, end));
  out[n++] = featureKey(T.NextLower, wNext);
  out[n++] = featureKey(T.Next2Lower, attribute(lower, i + 2, first, end));
  out[n++] = featureKey(T.PrevSuf3, attribute(lex.suffix[2], i - 1, first, end));
  out[n++] = featureKey(T.NextSuf3, attribute(lex.suffix[2], i + 1, first, end));
  out[n++] = featureKey(T.NextSuf2, attribute(lex.suffix[1], i + 1, first, end));
  out[n++] = featureKey(T.PrevShape, attribute(lex.shape, i - 1, first, end));
  out[n++] = featureKey(T.NextShape, attribute(lex.shape, i + 1, first, end));
  out[n++] = featureKey(T.Next2Shape, attribute(lex.shape, i + 2, first, end));
  out[n++] = featureKey(T.PrevFlags, i > first ? lex.flags[i - 1]! : 255);
  out[n++] = featureKey(T.NextFlags, i + 1 < end ? lex.flags[i + 1]! : 255);
  out[n++] = featureKey(T.PrevTag, prevTag);
  out[n++] = featureKey(T.Prev2Tag, prev2Tag);
  out[n++] = featureKey(T.TagBigram, prevTag, prev2Tag);
  out[n++] = featureKey(T.PrevTagLower, prevTag, w);
  out[n++] = featureKey(T.PrevTagNextLower, prevTag, wNext);
  out[n++] = featureKey(T.PrevTagSuf3, prevTag, lex.suffix[2][i]!);
  out[n++] = featureKey(T.LowerNext, w, wNext);
  out[n++] = featureKey(T.PrevLowerLower, wPrev, w);
  // Ambiguity classes (the tags a word was seen with) look ahead at tags not yet chosen.
  const a = ambiguity[i]!;
  const aNext = attribute(ambiguity, i + 1, first, end);
  out[n++] = featureKey(T.Ambiguity, a);
  out[n++] = featureKey(T.NextAmbiguity, aNext);
  out[n++] = featureKey(T.Next2Ambiguity, attribute(ambiguity, i + 2, first, end));
  out[n++] = featureKey(T.PrevAmbiguity, attribute(ambiguity, i - 1, first, end));
  out[n++] = featureKey(T.PrevTagNextAmbiguity, prevTag, aNext);
  out[n++] = featureKey(T.PrevTagAmbiguity, prevTag, a);
  out[n++] = featureKey(T.AmbiguityNextAmbiguity, a, aNext);
  out[n++] = featureKey(T.LowerNextAmbiguity, w, aNext);
  // Clusters generalise words across spellings and rare words to frequent ones.
  out[n++] = featureKey(T.Cluster0, clusters[0][i]!);
  out[n++] = featureKey(T.Cluster1, clusters[1][i]!);
  out[n++] = featureKey(T.Cluster2, clusters[2][i]!);
  out[n++] = featureKey(T.PrevCluster1, attribute(clusters[1], i - 1, first, end));
  out[n++] = featureKey(T.NextCluster1, attribute(clusters[1], i + 1, first, end));
  out[n++] = featureKey(T.PrevCluster2, attribute(clusters[2], i - 1, first, end));
  out[n++] = featureKey(T.NextCluster2, attribute(clusters[2], i + 1, first, end));
  out[n++] = featureKey(T.Next2Cluster1, attribute(clusters[1], i + 2, first, end));
  out[n++] = featureKey(T.PrevTagCluster2, prevTag, clusters[2][i]!);
  // How often the word is capitalised mid-sentence separates names from capitalised nouns.
  out[n++] = featureKey(T.Casing, clusters[3][i]!);
  out[n++] = featureKey(T.CasingShape, clusters[3][i]!, lex.shape[i]!);
  out[n++] = featureKey(T.CasingFirst, clusters[3][i]!, flags, i === first ? 1 : 0);
  return n;
}

function attribute(array: Uint32Array, k: number, first: number, end: number): number {
  return k >= first && k < end ? array[k]! : BOUNDARY;
}

/** The tag id used as "no previous tag" at the start of a sentence. */
export const START_TAG = 0xffff;
