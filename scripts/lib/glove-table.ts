// The GloVe vectors the neural tagger ships: the most frequent words, keyed like the
// tokens' normalised lower forms (digits read as 0, so `1990` stands for every
// four-digit number; the first, most frequent, word of a key wins).

import { normaliseForm } from '../../src/language/lexical.js';
import { hashString } from '../../src/linear/hash.js';
import type { GloveTable } from '../../src/tagger/neural-train.js';
import { readGloveVectors } from './glove.js';

export function readGloveTable(words: number, scale: number): GloveTable {
  const glove = readGloveVectors(words);
  const keys: number[] = [];
  const rows: number[] = [];
  const seen = new Set<number>();
  glove.words.forEach((word, row) => {
    const key = hashString(normaliseForm(word));
    if (seen.has(key)) return;
    seen.add(key);
    keys.push(key);
    rows.push(row);
  });
  const { dimensions } = glove;
  const vectors = new Float32Array(rows.length * dimensions);
  rows.forEach((row, i) => {
    for (let d = 0; d < dimensions; d++) vectors[i * dimensions + d] = glove.vectors[row * dimensions + d]! * scale;
  });
  return { keys, vectors, dimensions };
}
