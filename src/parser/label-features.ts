// Features for labelling one arc of a finished tree: the dependent d, its head h and
// grandhead, their tags and words, direction and distance, d's children and h's other
// children (function words by form: "by" marks obl:agent, "was" before a VBN marks
// nsubj:pass), and the labels already given to earlier siblings and children, since
// words are labelled left to right.

import { mixKey, templateSeed } from './feature-hash.js';
import type { SentenceView } from './sentence-view.js';
import type { TreeView } from './tree-view.js';

/** Budget for the fixed templates plus children and siblings; extra ones are dropped. */
export const MAX_LABEL_FEATURES = 96;

const SEEDS = Uint32Array.from({ length: 32 }, (_, template) => templateSeed(template + 1000));

function key(template: number, a: number, b = 0, c = 0): number {
  return mixKey(SEEDS[template]!, a, b, c);
}

function signedDistance(head: number, dependent: number, n: number): number {
  if (head === n) return 0;
  const distance = Math.min(Math.abs(head - dependent), 6);
  return head < dependent ? distance : -distance;
}

export function extractLabelFeatures(
  d: number, heads: Int32Array, labels: Uint8Array, view: SentenceView, tree: TreeView, out: Uint32Array,
): number {
  let k = arcFeatures(d, heads[d]!, heads, view, tree, out);
  k = childFeatures(d, heads[d]!, labels, view, tree, out, k);
  return siblingFeatures(d, heads[d]!, labels, view, tree, out, k);
}

/** The dependent, its head and grandhead: words, tags, direction, distance. */
function arcFeatures(d: number, h: number, heads: Int32Array, view: SentenceView, tree: TreeView, out: Uint32Array): number {
  const { n, none, word: w, xpos: p, upos: u, wordXpos: wp } = view;
  const hh = h === n ? none : heads[h]!;
  const dist = signedDistance(h, d, n);
  const dir = dist < 0 ? 1 : 2;
  let k = 0;
  out[k++] = key(1, 0);
  out[k++] = key(2, w[d]!);
  out[k++] = key(3, p[d]!);
  out[k++] = key(4, u[d]!);
  out[k++] = key(5, wp[d]!);
  out[k++] = key(6, w[h]!);
  out[k++] = key(7, p[h]!);
  out[k++] = key(8, wp[h]!, dir);
  out[k++] = key(9, p[d]!, p[h]!, dir);
  out[k++] = key(10, u[d]!, u[h]!, dist);
  out[k++] = key(11, w[d]!, p[h]!, dir);
  out[k++] = key(12, p[d]!, w[h]!, dir);
  out[k++] = key(13, w[d]!, w[h]!);
  out[k++] = key(14, p[d]!, p[h]!, dist);
  out[k++] = key(15, view.suffix3[d]!, p[h]!);
  out[k++] = key(16, view.suffix2[d]!, p[d]!);
  out[k++] = key(17, view.shape[d]!, p[d]!);
  out[k++] = key(18, p[d]!, p[h]!, p[hh]!);
  out[k++] = key(19, u[d]!, w[hh]!, u[h]!);
  out[k++] = key(20, p[d]!, d === 0 ? 1 : d === n - 1 ? 2 : 3);
  out[k++] = key(21, p[d]!, Math.min(tree.start[d + 1]! - tree.start[d]!, 4));
  out[k++] = key(29, view.cluster2[d]!, p[h]!, dir);
  out[k++] = key(30, view.cluster1[d]!, view.cluster1[h]!);
  return k;
}

/** The dependent's children, and the labels of those left of it (already given). */
function childFeatures(d: number, h: number, labels: Uint8Array, view: SentenceView, tree: TreeView, out: Uint32Array, at: number): number {
  const { xpos: p, upos: u, functionOrTag: f } = view;
  const { start, list } = tree;
  let k = at;
  for (let c = start[d]!; c < start[d + 1]! && k < MAX_LABEL_FEATURES - 24; c++) {
    const child = list[c]!;
    out[k++] = key(22, u[d]!, f[child]!, child < d ? 1 : 2);
    out[k++] = key(23, p[d]!, p[h]!, f[child]!);
    if (child < d) out[k++] = key(24, p[d]!, labels[child]!);
  }
  return k;
}

/** The head's other children, and the labels of the earlier ones. */
function siblingFeatures(d: number, h: number, labels: Uint8Array, view: SentenceView, tree: TreeView, out: Uint32Array, at: number): number {
  const { xpos: p, upos: u, functionOrTag: f } = view;
  const { start, list } = tree;
  const dir = h < d ? 2 : 1;
  let k = at;
  let previousSibling = -1;
  for (let c = start[h]!; c < start[h + 1]! && k < MAX_LABEL_FEATURES - 4; c++) {
    const sibling = list[c]!;
    if (sibling === d) continue;
    const side = sibling < d ? 1 : 2;
    out[k++] = key(25, u[d]!, f[sibling]!, side * 4 + dir);
    out[k++] = key(26, p[h]!, f[sibling]!, side * 4 + dir);
    if (sibling < d) {
      out[k++] = key(27, u[d]!, labels[sibling]!, dir);
      previousSibling = sibling;
    }
  }
  const previousLabel = previousSibling < 0 ? 255 : labels[previousSibling]!;
  out[k++] = key(28, previousLabel, p[d]!, p[h]!);
  return k;
}
