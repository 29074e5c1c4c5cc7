// Arcs whose relation their two tags and direction settle: in EWT train a determiner
// (DT) left of its noun (NN) is `det`, a comma is `punct`, a preposition (IN) left of a
// noun is `case`, each well over 99.5% of the time. The labeller gives such arcs their
// relation without scoring them, about a third of all arcs.

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
  const counts = new Map<number, Map<number, number>>();
  for (const sentence of sentences) {
    const n = sentence.heads.length;
    for (let d = 0; d < n; d++) {
      const h = sentence.heads[d]!;
      if (h === n) continue;
      const key = labelDictionaryKey(sentence.xpos[d]!, sentence.xpos[h]!, h > d);
      const label = ids.get(sentence.relations[d]!) ?? -1;
      const byLabel = counts.get(key) ?? new Map<number, number>();
      byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
      counts.set(key, byLabel);
    }
  }
  const entries: [number, number][] = [];
  for (const [key, byLabel] of counts) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [label, count] of byLabel) {
      total += count;
      if (count > bestCount || (count === bestCount && label < best)) {
        best = label;
        bestCount = count;
      }
    }
    if (best >= 0 && total >= minCount && bestCount / total >= minShare) entries.push([key, best]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  return { keys: entries.map(([key]) => key), labels: entries.map(([, label]) => label) };
}
