// Makes a training tree projective by lifting (Nivre & Nilsson 2005, without encoding
// the lift in the label): a non-projective arc h -> d becomes head(h) -> d until no
// arc crosses another. The arc-eager system and its dynamic oracle need projective
// gold trees; about 1% of EWT arcs are lifted and are lost at parse time.

/** Heads are sentence-local with n for the root; returns a new, projective head array. */
export function projectivize(heads: Int32Array): Int32Array {
  const lifted = Int32Array.from(heads);
  for (;;) {
    const dependent = shortestNonProjectiveArc(lifted);
    if (dependent < 0) return lifted;
    lifted[dependent] = lifted[lifted[dependent]!]!;
  }
}

export function isProjective(heads: Int32Array): boolean {
  return shortestNonProjectiveArc(heads) < 0;
}

/** The dependent of the shortest non-projective arc, or -1. */
function shortestNonProjectiveArc(heads: Int32Array): number {
  const n = heads.length;
  let best = -1;
  let bestSpan = Infinity;
  for (let d = 0; d < n; d++) {
    const h = heads[d]!;
    if (h === n) continue;
    const span = Math.abs(h - d);
    if (span >= bestSpan) continue;
    for (let k = Math.min(h, d) + 1; k < Math.max(h, d); k++) {
      if (!dominates(heads, h, k)) {
        best = d;
        bestSpan = span;
        break;
      }
    }
  }
  return best;
}

function dominates(heads: Int32Array, ancestor: number, node: number): boolean {
  const n = heads.length;
  let current = node;
  for (let steps = 0; steps <= n && current !== n; steps++) {
    if (current === ancestor) return true;
    current = heads[current]!;
  }
  return current === ancestor;
}
