// How often each class was seen with each key, counted over training data: a word's
// tags (the tagger's dictionary and ambiguity classes), an arc kind's relations (the
// parser's label dictionary). Lookup tables that skip a model are built from it.

export class ClassCounts<K, C> {
  readonly byKey = new Map<K, Map<C, number>>();

  add(key: K, cls: C): void {
    let byClass = this.byKey.get(key);
    if (!byClass) this.byKey.set(key, (byClass = new Map()));
    byClass.set(cls, (byClass.get(cls) ?? 0) + 1);
  }

  /**
   * The keys seen at least minCount times whose most frequent class has at least
   * minShare of them, with that class, in the order the keys were first seen. minShare
   * above one half makes that class unique.
   */
  dominant(minCount: number, minShare: number): Array<[K, C]> {
    if (!(minShare > 0.5)) throw new Error(`ClassCounts.dominant: minShare ${minShare} must be above 0.5`);
    const entries: Array<[K, C]> = [];
    for (const [key, byClass] of this.byKey) {
      let total = 0;
      let best: [C, number] | null = null;
      for (const entry of byClass) {
        total += entry[1];
        if (!best || entry[1] > best[1]) best = entry;
      }
      if (best && total >= minCount && best[1] / total >= minShare) entries.push([key, best[0]]);
    }
    return entries;
  }
}
