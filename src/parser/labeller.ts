// Labels the arcs of a finished tree, left to right: a linear classifier over the
// full UD relations (subtypes included). The arc from the root always gets `root`,
// and no other arc does.

import type { LinearModel } from '../linear/model.js';
import { labelDictionaryKey, type LabelDictionary } from './label-dictionary.js';
import { extractLabelFeatures, MAX_LABEL_FEATURES } from './label-features.js';
import type { SentenceView } from './sentence-view.js';
import type { TreeView } from './tree-view.js';

/** The best relation for an arc, honouring the root constraint. */
export function chooseLabel(scores: ArrayLike<number>, classes: number, rootId: number, isRootArc: boolean): number {
  if (isRootArc) return rootId;
  let best = -1;
  let bestScore = -Infinity;
  for (let cls = 0; cls < classes; cls++) {
    if (cls === rootId) continue;
    if (scores[cls]! > bestScore) {
      bestScore = scores[cls]!;
      best = cls;
    }
  }
  return best;
}

export class ArcLabeller {
  private readonly features = new Uint32Array(MAX_LABEL_FEATURES);
  /** The keys as int32, which the model reads. */
  private readonly featureView = new Int32Array(this.features.buffer);
  private readonly scores: Float32Array;
  /** Arcs labelled without scoring (./label-dictionary.ts). */
  private readonly dictionary: Map<number, number>;

  constructor(
    private readonly model: LinearModel,
    private readonly rootId: number,
    dictionary: LabelDictionary = { keys: [], labels: [] },
  ) {
    this.scores = new Float32Array(model.classes);
    this.dictionary = new Map(dictionary.keys.map((key, index) => [key, dictionary.labels[index]!]));
  }

  /** Writes a relation id into labels[d] for every word d of the loaded sentence. */
  labelTree(view: SentenceView, tree: TreeView, heads: Int32Array, labels: Uint8Array): void {
    const { n } = view;
    const { features, featureView, scores, model } = this;
    for (let d = 0; d < n; d++) {
      const h = heads[d]!;
      if (h === n) {
        labels[d] = this.rootId;
        continue;
      }
      const settled = this.dictionary.get(labelDictionaryKey(view.xpos[d]!, view.xpos[h]!, h > d));
      if (settled !== undefined) {
        labels[d] = settled;
        continue;
      }
      const count = extractLabelFeatures(d, heads, labels, view, tree, features);
      scores.fill(0);
      model.addScores(featureView, count, scores);
      labels[d] = chooseLabel(scores, model.classes, this.rootId, false);
    }
  }
}
