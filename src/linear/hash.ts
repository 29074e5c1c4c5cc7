// Feature hashing without strings: each token attribute (its lower-cased form, a
// suffix, its shape) is hashed once to a 32-bit number, and a feature is the mix of a
// template id with one to three such numbers. Extraction then allocates nothing.

/** FNV-1a over the UTF-16 code units of `text.slice(start, end)`. */
export function hashString(text: string, start = 0, end = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Combines two 32-bit values (murmur3's finaliser over a running mix). */
export function mixHash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A feature's key: template id and up to three attribute hashes. Never 0 (0 marks an empty slot). */
export function featureKey(template: number, a: number, b = 0, c = 0): number {
  const key = mixHash(mixHash(mixHash(template, a), b), c);
  return key === 0 ? 1 : key;
}
