// Features of the recogniser for token i of a sentence: the word, its shape and
// affixes, a ±2 window, the two previous decisions, gazetteer matches around it, word
// clusters learnt from unlabelled news, and whether the sentence is a headline
// (`BRUSSELS 1996-08-22`, `Landmine Victims Gather`), where case says little.

import { featureKey, mixHash } from '../linear/hash.js';
import type { LexicalAttributes } from '../language/lexical.js';
import { casingBucket, type WordClusters } from './word-clusters.js';

export const MAX_NER_FEATURES = 48;

const enum T {
  Bias = 1, Lower, Form, Shape, FirstFlags, Suf2, Suf3, Suf4, Pre2, Pre3,
  PrevLower, Prev2Lower, NextLower, Next2Lower, PrevShape, NextShape, PrevLowerLower, LowerNext,
  PrevTag, Prev2Tag, TagBigram, PrevTagLower, PrevTagShape, Gaz, PrevGaz, NextGaz, GazShape, PrevTagGaz,
  ShapeTrigram, CapsLower, Cluster, CoarseCluster, PrevCluster, NextCluster, PrevFlags, NextFlags,
  PrevForm, NextForm, ClusterShape, Casing, PrevTagNextShape, PrevBigram, NextBigram, NextSuf3,
}

const BOUNDARY = 0x5eed;

/** One sentence's per-token inputs; arrays indexed by token - first. */
export interface SentenceContext {
  readonly lex: LexicalAttributes;
  readonly first: number;
  readonly end: number;
  /** Gazetteer marks (see Gazetteer.markSentence). */
  readonly gazetteer: Uint16Array;
  /** Word clusters, looked up only for the role features (the decoder caches those per word). */
  readonly clusters: WordClusters;
  /** A headline or dateline in capitals or title case (headline.ts): case says little there. */
  readonly isHeadline: boolean;
}

/** How a token takes part in the features of a token: as itself or as a neighbour of it. */
export const enum Role { Own = 0, Previous = 1, Next = 2, Previous2 = 3, Next2 = 4 }
export const ROLE_COUNT = 5;
const ROLE_OFFSETS = [0, -1, 1, -2, 2] as const;

/** Writes token i's features into `out` and returns how many there are (training reads all at once). */
export function extractNerFeatures(ctx: SentenceContext, i: number, prevTag: number, prev2Tag: number, out: Uint32Array): number {
  let n = 0;
  for (let role = 0; role < ROLE_COUNT; role++) n = extractRoleFeatures(ctx, i + ROLE_OFFSETS[role]!, role, out, n);
  n = extractPairFeatures(ctx, i, out, n);
  return extractTagFeatures(ctx, i, prevTag, prev2Tag, out, n);
}

/**
 * The features token k brings to the token it stands in `role` to: its own word, or
 * what it adds as the previous, next, second previous or second next word. They depend
 * only on the word (its form, whether it opens the sentence, whether the sentence is in
 * capitals), so the decoder caches their scores per word. k outside the sentence stands
 * for the sentence edge.
 */
export function extractRoleFeatures(ctx: SentenceContext, k: number, role: Role, out: Uint32Array, n: number): number {
  const { lex, first, end } = ctx;
  const caps = ctx.isHeadline ? 1 : 0;
  const isEdge = k < first || k >= end;
  const w = isEdge ? BOUNDARY : lex.lower[k]!;
  const form = isEdge ? BOUNDARY : lex.form[k]!;
  const shape = isEdge ? BOUNDARY : lex.shape[k]!;
  const flags = isEdge ? 255 : lex.flags[k]!;
  const cluster = isEdge ? BOUNDARY : ctx.clusters.clusterOf(lex.lower[k]!);
  switch (role) {
    case Role.Own:
      return extractOwnFeatures(ctx, k, out, n);
    case Role.Previous:
      out[n++] = featureKey(T.PrevLower, w);
      out[n++] = featureKey(T.PrevForm, form);
      out[n++] = featureKey(T.PrevShape, shape, caps);
      out[n++] = featureKey(T.PrevFlags, flags);
      out[n++] = featureKey(T.PrevCluster, cluster & 0xffff);
      return n;
    case Role.Next:
      out[n++] = featureKey(T.NextLower, w);
      out[n++] = featureKey(T.NextForm, form);
      out[n++] = featureKey(T.NextShape, shape, caps);
      out[n++] = featureKey(T.NextFlags, flags);
      out[n++] = featureKey(T.NextCluster, cluster & 0xffff);
      out[n++] = featureKey(T.NextSuf3, isEdge ? BOUNDARY : lex.suffix[2][k]!);
      return n;
    case Role.Previous2:
      out[n++] = featureKey(T.Prev2Lower, w);
      return n;
    case Role.Next2:
      out[n++] = featureKey(T.Next2Lower, w);
      return n;
  }
}

function extractOwnFeatures(ctx: SentenceContext, i: number, out: Uint32Array, n: number): number {
  const lex = ctx.lex;
  const w = lex.lower[i]!;
  const shape = lex.shape[i]!;
  const cluster = ctx.clusters.clusterOf(w);
  const caps = ctx.isHeadline ? 1 : 0;
  const position = (i === ctx.first ? 1 : 0) | (caps * 2);
  out[n++] = featureKey(T.Bias, 0);
  out[n++] = featureKey(T.Lower, w);
  out[n++] = featureKey(T.Form, lex.form[i]!);
  out[n++] = featureKey(T.Shape, shape, caps);
  out[n++] = featureKey(T.FirstFlags, lex.flags[i]!, position);
  out[n++] = featureKey(T.Suf2, lex.suffix[1][i]!);
  out[n++] = featureKey(T.Suf3, lex.suffix[2][i]!);
  out[n++] = featureKey(T.Suf4, lex.suffix[3][i]!);
  out[n++] = featureKey(T.Pre2, lex.prefix[1][i]!);
  out[n++] = featureKey(T.Pre3, lex.prefix[2][i]!);
  if (caps) out[n++] = featureKey(T.CapsLower, w);
  if (cluster !== 0) {
    out[n++] = featureKey(T.Cluster, cluster & 0xffff);
    out[n++] = featureKey(T.CoarseCluster, (cluster >>> 16) & 0xfff);
    out[n++] = featureKey(T.Casing, casingBucket(cluster), lex.flags[i]!, position);
    out[n++] = featureKey(T.ClusterShape, cluster & 0xffff, shape);
  }
  return n;
}

/** Key under which the decoder caches a token's role scores (see extractRoleFeatures). */
export function wordCacheKey(ctx: SentenceContext, k: number): number {
  return mixHash(ctx.lex.form[k]!, (k === ctx.first ? 1 : 0) | (ctx.isHeadline ? 2 : 0));
}

/** Features of the token with its neighbours together, and of the gazetteer around it. */
export function extractPairFeatures(ctx: SentenceContext, i: number, out: Uint32Array, n: number): number {
  const { lex, first, end } = ctx;
  const lower = lex.lower;
  const w = lower[i]!;
  const wPrev = at(lower, i - 1, first, end);
  const wNext = at(lower, i + 1, first, end);
  const shape = lex.shape[i]!;
  const local = i - first;
  const gaz = ctx.gazetteer[local]!;
  out[n++] = featureKey(T.PrevBigram, at(lower, i - 2, first, end), wPrev);
  out[n++] = featureKey(T.NextBigram, wNext, at(lower, i + 2, first, end));
  out[n++] = featureKey(T.ShapeTrigram, at(lex.shape, i - 1, first, end), shape, at(lex.shape, i + 1, first, end));
  out[n++] = featureKey(T.PrevLowerLower, wPrev, w);
  out[n++] = featureKey(T.LowerNext, w, wNext);
  out[n++] = featureKey(T.Gaz, gaz);
  out[n++] = featureKey(T.PrevGaz, i > first ? ctx.gazetteer[local - 1]! : BOUNDARY);
  out[n++] = featureKey(T.NextGaz, i + 1 < end ? ctx.gazetteer[local + 1]! : BOUNDARY);
  out[n++] = featureKey(T.GazShape, gaz, shape);
  return n;
}

/** Features of the previous decisions, alone and with the token. */
export function extractTagFeatures(ctx: SentenceContext, i: number, prevTag: number, prev2Tag: number, out: Uint32Array, n: number): number {
  const gaz = ctx.gazetteer[i - ctx.first]!;
  out[n++] = featureKey(T.PrevTag, prevTag);
  out[n++] = featureKey(T.Prev2Tag, prev2Tag);
  out[n++] = featureKey(T.TagBigram, prevTag, prev2Tag);
  out[n++] = featureKey(T.PrevTagLower, prevTag, ctx.lex.lower[i]!);
  out[n++] = featureKey(T.PrevTagShape, prevTag, ctx.lex.shape[i]!);
  out[n++] = featureKey(T.PrevTagGaz, prevTag, gaz);
  out[n++] = featureKey(T.PrevTagNextShape, prevTag, at(ctx.lex.shape, i + 1, ctx.first, ctx.end));
  return n;
}

function at(array: Uint32Array, k: number, first: number, end: number): number {
  return k >= first && k < end ? array[k]! : BOUNDARY;
}
