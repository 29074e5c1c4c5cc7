// The parser's feature keys: a template seed mixed with up to three 32-bit attribute
// hashes. Three multiplications instead of featureKey's twelve, small enough for V8 to
// inline at every call site; the key space is the same (non-zero uint32).

export function templateSeed(template: number): number {
  return Math.imul(template + 1, 0x9e3779b1) >>> 0;
}

export function mixKey(seed: number, a: number, b: number, c: number): number {
  let h = Math.imul(seed ^ a, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0x27d4eb2f);
  h = (h ^ (h >>> 16)) >>> 0;
  return h === 0 ? 1 : h;
}
