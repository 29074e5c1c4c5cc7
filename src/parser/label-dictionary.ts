// Arcs whose relation their two tags and direction settle: in EWT train a determiner
// (DT) left of its noun (NN) is `det`, a comma is `punct`, a preposition (IN) left of a
// noun is `case`, each well over 99.5% of the time. The labeller gives such arcs their
// relation without scoring them, about a third of all arcs.

import { ClassCounts } from '../linear/class-counts.js';
import { mixHash } from '../linear/hash.js';
import type { TreebankSentence } from './treebank.js';

/** Key of an arc from the dependent's and the head's XPOS hashes and its direction. */
export function labelDictionaryKey(dependentXpos: number, headXpos: number, headIsRight: boolean): number {
  return mixHash(mixHash(dependentXpos, headXpos), headIsRight ? 1 : 2);
}

export interface LabelDictionary {
  readonly keys: readonly number[];
  readonly labels: readonly number[];
}

/**
 * The arc keys seen at least `minCount` times in the gold trees (root arcs aside) with
 * one relation at least `minShare` of the time, and that relation's id.
 */
export function buildLabelDictionary(sentences: readonly TreebankSentence[], relations: readonly string[], minCount: number, minShare: number): LabelDictionary {
  const ids = new Map(relations.map((relation, id) => [relation, id]));
  const counts = new ClassCounts<number, number>();
  for (const sentence of sentences) {
    const n = sentence.heads.length;
    for (let d = 0; d < n; d++) {
      const h = sentence.heads[d]!;
      if (h !== n) counts.add(labelDictionaryKey(sentence.xpos[d]!, sentence.xpos[h]!, h > d), ids.get(sentence.relations[d]!) ?? -1);
    }
  }
  const entries = counts.dominant(minCount, minShare).filter(([, label]) => label >= 0).sort((a, b) => a[0] - b[0]);
  return { keys: entries.map(([key]) => key), labels: entries.map(([, label]) => label) };
}
