// The place gazetteer's index from normalised names to places, without one JS string,
// array and Map entry per name: the distinct keys as UTF-8 in one buffer, an
// open-addressing hash table of key numbers (linear probing), and each key's places in
// one array of postings, in file order.

import { PackedStrings, utf8Form, type Utf8Form } from './packed-strings.js';

export class PlaceNameIndex {
  constructor(
    private readonly keys: PackedStrings,
    /** Key number + 1 at the key's slot; 0 for an empty slot. */
    private readonly slots: Int32Array,
    /** Key k's places are postings[postingStarts[k]] up to postings[postingStarts[k + 1]]. */
    private readonly postingStarts: Uint32Array,
    private readonly postings: Uint32Array,
  ) {}

  /** The places a normalised name names, in file order, each as `make` gives it; empty when none. */
  placesOf<T>(key: string, make: (index: number) => T): T[] {
    const places: T[] = [];
    // A string with a lone surrogate has no UTF-8 form, and no key has one.
    const form = utf8Form(key);
    if (form === null) return places;
    const entry = this.slots[findSlot(this.slots, this.keys, form, hashOf(form))]!;
    if (entry === 0) return places;
    for (let k = this.postingStarts[entry - 1]!; k < this.postingStarts[entry]!; k++) places.push(make(this.postings[k]!));
    return places;
  }
}

/** Builds a PlaceNameIndex from the names of each place, taken place by place in file order. */
export class PlaceNameIndexBuilder {
  private readonly keys = new PackedStrings();
  /** Sized for `maxNames` distinct keys while building; the index gets one sized for the keys found. */
  private readonly slots: Int32Array;
  private readonly hashOfKey: Uint32Array;
  /** The key and the place of each name added (a place's repeat of a key is left out). */
  private readonly keyOfName: Uint32Array;
  private readonly placeOfName: Uint32Array;
  private readonly lastPlaceOfKey: Int32Array;
  private names = 0;

  /** `maxNames`: at least as many as will be added. */
  constructor(private readonly maxNames: number) {
    this.slots = emptySlots(maxNames);
    this.hashOfKey = new Uint32Array(maxNames);
    this.keyOfName = new Uint32Array(maxNames);
    this.placeOfName = new Uint32Array(maxNames);
    this.lastPlaceOfKey = new Int32Array(maxNames).fill(-1);
  }

  /** Adds a name (normalised) of place `place`; places come in increasing order. */
  add(key: string, place: number): void {
    if (this.names === this.maxNames) throw new Error(`place gazetteer: more than the ${this.maxNames} names expected`);
    const form = utf8Form(key);
    if (form === null) throw new Error(`place gazetteer: name ${JSON.stringify(key)} is not well-formed UTF-16`);
    const hash = hashOf(form);
    const slot = findSlot(this.slots, this.keys, form, hash);
    if (this.slots[slot] === 0) {
      const newKey = this.keys.addForm(form);
      this.hashOfKey[newKey] = hash;
      this.slots[slot] = newKey + 1;
    }
    const keyNumber = this.slots[slot]! - 1;
    // A place's names come together, so a repeat (`Tokyo` and `TOKYO`) is the key's last place.
    if (this.lastPlaceOfKey[keyNumber] === place) return;
    this.lastPlaceOfKey[keyNumber] = place;
    this.keyOfName[this.names] = keyNumber;
    this.placeOfName[this.names] = place;
    this.names++;
  }

  /** The index: the names sorted by key, stably, so that each key's places keep file order. */
  build(): PlaceNameIndex {
    const keyCount = this.keys.size;
    const postingStarts = new Uint32Array(keyCount + 1);
    for (let name = 0; name < this.names; name++) postingStarts[this.keyOfName[name]! + 1] = postingStarts[this.keyOfName[name]! + 1]! + 1;
    for (let key = 0; key < keyCount; key++) postingStarts[key + 1] = postingStarts[key + 1]! + postingStarts[key]!;
    const next = postingStarts.slice(0, keyCount);
    const postings = new Uint32Array(this.names);
    for (let name = 0; name < this.names; name++) {
      const key = this.keyOfName[name]!;
      postings[next[key]!] = this.placeOfName[name]!;
      next[key] = next[key]! + 1;
    }
    return new PlaceNameIndex(this.keys.trim(), this.slotsForKeys(), postingStarts, postings);
  }

  /** A table as small as the distinct keys allow (fewer than the names, which the first one was made for). */
  private slotsForKeys(): Int32Array {
    const slots = emptySlots(this.keys.size);
    const mask = slots.length - 1;
    // The keys are distinct: each goes in the first empty slot from its hash.
    for (let key = 0; key < this.keys.size; key++) {
      let slot = this.hashOfKey[key]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = key + 1;
    }
    return slots;
  }
}

/** A hash table for `keyCount` keys, at most two thirds full so that probes stay short. */
function emptySlots(keyCount: number): Int32Array {
  return new Int32Array(2 ** Math.max(4, Math.ceil(Math.log2(1.5 * keyCount + 1))));
}

/** The slot that holds this key, or the empty slot where it would go. */
function findSlot(slots: Int32Array, keys: PackedStrings, form: Utf8Form, hash: number): number {
  const mask = slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot]!;
    if (entry === 0 || keys.equals(entry - 1, form)) return slot;
  }
}

/** FNV-1a over the UTF-8 bytes. */
function hashOf(form: Utf8Form): number {
  let hash = 0x811c9dc5;
  if (typeof form === 'string') {
    for (let k = 0; k < form.length; k++) hash = Math.imul(hash ^ form.charCodeAt(k), 0x01000193);
  } else {
    for (let k = 0; k < form.length; k++) hash = Math.imul(hash ^ form[k]!, 0x01000193);
  }
  return hash >>> 0;
}
