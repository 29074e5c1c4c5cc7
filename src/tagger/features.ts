// Features of the part-of-speech tagger for token i of a sentence [first, end):
// the classic averaged-perceptron set (Collins 2002; Honnibal's "A good POS tagger in
// about 200 lines") widened with a ±2 word window, word bigrams, the shapes, suffixes,
// clusters and ambiguity classes of the neighbours, which matter for web and news text.
//
// They come in groups by what they depend on. Word features read one token's own
// attributes at a fixed offset from i (`the next word's suffix`): their summed weights
// depend only on that word and offset. Context groups mix the previous tags and a word
// or two. The tagger caches each group's summed weights under a key of what it depends
// on (../linear/vector-cache.ts): scoring is bound by memory latency, one cache miss per
// feature looked up, and news repeats its words and word pairs.

import { featureKey, mixHash } from '../linear/hash.js';
import type { ClusterArrays } from '../language/clusters.js';
import type { LexicalAttributes } from '../language/lexical.js';

/** What the tagger reads of a sentence besides its previous tags. */
export interface TaggerInput {
  readonly lexical: LexicalAttributes;
  readonly ambiguity: Uint32Array;
  readonly clusters: ClusterArrays;
}

export const MAX_TAGGER_FEATURES = 64;
/** Offsets from i whose word features are cached. */
export const WORD_OFFSETS = [-1, 0, 1, 2] as const;

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

/** Stands for every attribute of a position outside the sentence. */
const BOUNDARY = 0x5eed;
const BOUNDARY_FLAGS = 255;

/**
 * The word features of token j read from `offset` (-1: j is the previous word of the
 * token being tagged). `isInside` false means j is outside the sentence: the features
 * then say "boundary". Returns the number written at `out[at...]`.
 */
export function extractWordFeatures(input: TaggerInput, j: number, offset: number, isInside: boolean, out: Uint32Array, at = 0): number {
  const { lexical: lex, ambiguity, clusters } = input;
  const get = (array: Uint32Array): number => (isInside ? array[j]! : BOUNDARY);
  const flags = isInside ? lex.flags[j]! : BOUNDARY_FLAGS;
  let n = at;
  switch (offset) {
    case -1:
      out[n++] = featureKey(T.PrevLower, get(lex.lower));
      out[n++] = featureKey(T.PrevSuf3, get(lex.suffix[2]));
      out[n++] = featureKey(T.PrevShape, get(lex.shape));
      out[n++] = featureKey(T.PrevFlags, flags);
      out[n++] = featureKey(T.PrevAmbiguity, get(ambiguity));
      out[n++] = featureKey(T.PrevCluster1, get(clusters[1]));
      out[n++] = featureKey(T.PrevCluster2, get(clusters[2]));
      break;
    case 0:
      n = extractOwnFeatures(input, j, out, n);
      break;
    case 1:
      out[n++] = featureKey(T.NextLower, get(lex.lower));
      out[n++] = featureKey(T.NextSuf3, get(lex.suffix[2]));
      out[n++] = featureKey(T.NextSuf2, get(lex.suffix[1]));
      out[n++] = featureKey(T.NextShape, get(lex.shape));
      out[n++] = featureKey(T.NextFlags, flags);
      out[n++] = featureKey(T.NextAmbiguity, get(ambiguity));
      out[n++] = featureKey(T.NextCluster1, get(clusters[1]));
      out[n++] = featureKey(T.NextCluster2, get(clusters[2]));
      break;
    case 2:
      out[n++] = featureKey(T.Next2Lower, get(lex.lower));
      out[n++] = featureKey(T.Next2Shape, get(lex.shape));
      out[n++] = featureKey(T.Next2Ambiguity, get(ambiguity));
      out[n++] = featureKey(T.Next2Cluster1, get(clusters[1]));
      break;
    default:
      throw new Error(`tagger: no word features at offset ${offset}`);
  }
  return n - at;
}

/** The token's own features; the token being tagged is always inside its sentence. */
function extractOwnFeatures(input: TaggerInput, i: number, out: Uint32Array, n: number): number {
  const { lexical: lex, ambiguity, clusters } = input;
  out[n++] = featureKey(T.Bias, 0);
  out[n++] = featureKey(T.Lower, lex.lower[i]!);
  out[n++] = featureKey(T.Form, lex.form[i]!);
  out[n++] = featureKey(T.Shape, lex.shape[i]!);
  out[n++] = featureKey(T.Flags, lex.flags[i]!);
  for (let k = 0; k < 4; k++) out[n++] = featureKey(T.Suf1 + k, lex.suffix[k]![i]!);
  for (let k = 0; k < 3; k++) out[n++] = featureKey(T.Pre1 + k, lex.prefix[k]![i]!);
  out[n++] = featureKey(T.Ambiguity, ambiguity[i]!);
  out[n++] = featureKey(T.Cluster0, clusters[0][i]!);
  out[n++] = featureKey(T.Cluster1, clusters[1][i]!);
  out[n++] = featureKey(T.Cluster2, clusters[2][i]!);
  // How often the word is capitalised mid-sentence separates names from capitalised nouns.
  out[n++] = featureKey(T.Casing, clusters[3][i]!);
  out[n++] = featureKey(T.CasingShape, clusters[3][i]!, lex.shape[i]!);
  return n;
}

/**
 * Context features in groups by what they depend on, so that each group's summed
 * weights can be cached under a key of those things (../linear/vector-cache.ts).
 */
export const enum ContextGroup {
  /** The two previous tags. */
  Tags,
  /** The previous tag and the word (whether it opens the sentence follows from the tag). */
  TagWord,
  /** The previous tag and the next word. */
  TagNextWord,
  /** The word and the next word. */
  WordNextWord,
  /** Looked up each time: the two words before. */
  Uncached,
}

export const CACHED_CONTEXT_GROUPS = [ContextGroup.Tags, ContextGroup.TagWord, ContextGroup.TagNextWord, ContextGroup.WordNextWord] as const;

/** What a cached group's features depend on, mixed into one key. */
export function contextGroupKey(group: ContextGroup, input: TaggerInput, i: number, first: number, end: number, prevTag: number, prev2Tag: number): number {
  const form = input.lexical.form;
  const nextForm = attribute(form, i + 1, first, end);
  switch (group) {
    case ContextGroup.Tags: return mixHash(mixHash(group, prevTag), prev2Tag);
    case ContextGroup.TagWord: return mixHash(mixHash(group, prevTag), form[i]!);
    case ContextGroup.TagNextWord: return mixHash(mixHash(group, prevTag), nextForm);
    default: return mixHash(mixHash(group, form[i]!), nextForm);
  }
}

export function extractContextGroup(
  group: ContextGroup, input: TaggerInput, i: number, first: number, end: number,
  prevTag: number, prev2Tag: number, out: Uint32Array, at = 0,
): number {
  const { lexical: lex, ambiguity, clusters } = input;
  const lower = lex.lower;
  const w = lower[i]!;
  const wNext = attribute(lower, i + 1, first, end);
  const a = ambiguity[i]!;
  const aNext = attribute(ambiguity, i + 1, first, end);
  let n = at;
  switch (group) {
    case ContextGroup.Tags:
      out[n++] = featureKey(T.PrevTag, prevTag);
      out[n++] = featureKey(T.Prev2Tag, prev2Tag);
      out[n++] = featureKey(T.TagBigram, prevTag, prev2Tag);
      break;
    case ContextGroup.TagWord: {
      const isFirst = i === first ? 1 : 0;
      out[n++] = featureKey(T.FirstFlags, lex.flags[i]!, isFirst);
      out[n++] = featureKey(T.CasingFirst, clusters[3][i]!, lex.flags[i]!, isFirst);
      out[n++] = featureKey(T.PrevTagLower, prevTag, w);
      out[n++] = featureKey(T.PrevTagSuf3, prevTag, lex.suffix[2][i]!);
      out[n++] = featureKey(T.PrevTagAmbiguity, prevTag, a);
      out[n++] = featureKey(T.PrevTagCluster2, prevTag, clusters[2][i]!);
      break;
    }
    case ContextGroup.TagNextWord:
      // Ambiguity classes (the tags a word was seen with) look ahead at tags not yet chosen.
      out[n++] = featureKey(T.PrevTagNextLower, prevTag, wNext);
      out[n++] = featureKey(T.PrevTagNextAmbiguity, prevTag, aNext);
      break;
    case ContextGroup.WordNextWord:
      out[n++] = featureKey(T.LowerNext, w, wNext);
      out[n++] = featureKey(T.LowerNextAmbiguity, w, aNext);
      out[n++] = featureKey(T.AmbiguityNextAmbiguity, a, aNext);
      break;
    default:
      out[n++] = featureKey(T.Prev2Lower, attribute(lower, i - 2, first, end));
      out[n++] = featureKey(T.PrevLowerLower, attribute(lower, i - 1, first, end), w);
  }
  return n - at;
}

/** Every feature of token i (training reads them all at once). */
export function extractTaggerFeatures(
  input: TaggerInput, i: number, first: number, end: number,
  prevTag: number, prev2Tag: number, out: Uint32Array,
): number {
  let n = 0;
  for (const offset of WORD_OFFSETS) {
    const j = i + offset;
    n += extractWordFeatures(input, j, offset, j >= first && j < end, out, n);
  }
  for (const group of [...CACHED_CONTEXT_GROUPS, ContextGroup.Uncached]) n += extractContextGroup(group, input, i, first, end, prevTag, prev2Tag, out, n);
  return n;
}

function attribute(array: Uint32Array, k: number, first: number, end: number): number {
  return k >= first && k < end ? array[k]! : BOUNDARY;
}

/** The tag id used as "no previous tag" at the start of a sentence. */
export const START_TAG = 0xffff;
