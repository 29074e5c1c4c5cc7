// A closed set of words, held as the hashes of their normalised lower forms so that a
// token's `lower` attribute can be looked up without reading its text.

import { hashString } from '../linear/hash.js';
import { normaliseForm } from '../language/lexical.js';

export class WordSet {
  private readonly hashes: Set<number>;

  constructor(words: Iterable<string>) {
    this.hashes = new Set([...words].map((word) => hashString(normaliseForm(word))));
  }

  has(lower: number): boolean {
    return this.hashes.has(lower);
  }
}

/** Words of a space-separated list (the form closed sets are written in). */
export function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word !== '');
}
