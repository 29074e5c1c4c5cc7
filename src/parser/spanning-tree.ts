// The best dependency tree under arc scores: the maximum spanning arborescence
// (Chu-Liu-Edmonds), with exactly one word attached to the root. Most sentences need
// no search: when every word's best head already forms such a tree, that tree is the
// answer. Otherwise root arcs are penalised by a constant larger than any score
// difference, so that the arborescence with the fewest root arcs (one) and then the
// highest score wins, and Chu-Liu-Edmonds finds it. Trees may be non-projective.

/** Larger than any sum of score differences the parser produces (scores are log-probabilities). */
const ROOT_PENALTY = 1e7;

/**
 * Heads (0 the root, j the j-th word counting from 1) of words 1..n, into heads[0..n-1],
 * for scores[(d - 1) * stride + h]: the score of head h for word d.
 */
export function bestTree(scores: ArrayLike<number>, stride: number, n: number, heads: Int32Array): void {
  if (!greedyTree(scores, stride, n, heads)) spanningTree(scores, stride, n, heads);
}

/**
 * Writes each word's best head; returns whether they form a single-rooted tree (which
 * is then the best tree). Raw scores do here: a word's best head does not change when
 * its scores are normalised.
 */
export function greedyTree(scores: ArrayLike<number>, stride: number, n: number, heads: Int32Array): boolean {
  let rootChildren = 0;
  for (let d = 1; d <= n; d++) {
    let best = -1;
    let bestScore = -Infinity;
    for (let h = 0; h <= n; h++) {
      if (h === d) continue;
      const score = scores[(d - 1) * stride + h]!;
      if (best < 0 || score > bestScore) {
        best = h;
        bestScore = score;
      }
    }
    heads[d - 1] = best;
    if (best === 0) rootChildren++;
  }
  return n === 0 || (rootChildren === 1 && isAcyclic(heads, n));
}

/** The best single-rooted tree by Chu-Liu-Edmonds, for scores comparable across words (log-probabilities). */
export function spanningTree(scores: ArrayLike<number>, stride: number, n: number, heads: Int32Array): void {
  if (n <= 0) return;
  const size = n + 1;
  const weights = new Float64Array(size * size);
  for (let d = 1; d <= n; d++) {
    for (let h = 0; h <= n; h++) {
      weights[d * size + h] = h === d ? -Infinity : scores[(d - 1) * stride + h]! - (h === 0 ? ROOT_PENALTY : 0);
    }
  }
  const found = arborescence(weights, size);
  for (let d = 1; d <= n; d++) heads[d - 1] = found[d]!;
}

/** Whether heads[0..n-1] (of words 1..n; 0 the root) reach the root from every word. */
function isAcyclic(heads: Int32Array, n: number): boolean {
  const head = new Int32Array(n + 1);
  head[0] = -1;
  head.set(heads.subarray(0, n), 1);
  return findCycle(head, n + 1) === null;
}

/**
 * Chu-Liu-Edmonds on a complete graph of `size` nodes, node 0 the root:
 * weights[d * size + h] is the weight of arc h -> d. Returns head[d] for every node (head[0] = -1).
 */
function arborescence(weights: Float64Array, size: number): Int32Array {
  const head = new Int32Array(size);
  head[0] = -1;
  for (let d = 1; d < size; d++) {
    let best = -1;
    for (let h = 0; h < size; h++) if (h !== d && (best < 0 || weights[d * size + h]! > weights[d * size + best]!)) best = h;
    head[d] = best;
  }
  const cycle = findCycle(head, size);
  if (cycle === null) return head;

  // Contract the cycle into one node, numbered last; other nodes keep their order.
  const inCycle = new Uint8Array(size);
  for (const node of cycle) inCycle[node] = 1;
  const outside: number[] = [];
  for (let node = 0; node < size; node++) if (inCycle[node] === 0) outside.push(node);
  const small = outside.length + 1;
  const contracted = small - 1;
  const smallWeights = new Float64Array(small * small).fill(-Infinity);
  // For arcs into the cycle: which cycle node each outside head enters; out of it: which cycle node each outside dependent hangs from.
  const enters = new Int32Array(size).fill(-1);
  const leaves = new Int32Array(size).fill(-1);
  outside.forEach((d, dIndex) => {
    outside.forEach((h, hIndex) => {
      if (h !== d) smallWeights[dIndex * small + hIndex] = weights[d * size + h]!;
    });
    let best = -Infinity;
    for (const v of cycle) {
      if (d === 0) break;
      const weight = weights[d * size + v]!;
      if (weight > best) {
        best = weight;
        leaves[d] = v;
      }
    }
    if (d !== 0) smallWeights[dIndex * small + contracted] = best;
  });
  outside.forEach((h, hIndex) => {
    let best = -Infinity;
    for (const v of cycle) {
      const weight = weights[v * size + h]! - weights[v * size + head[v]!]!;
      if (weight > best) {
        best = weight;
        enters[h] = v;
      }
    }
    smallWeights[contracted * small + hIndex] = best;
  });
  const smallHead = arborescence(smallWeights, small);

  const result = Int32Array.from(head);
  outside.forEach((d, dIndex) => {
    if (d === 0) return;
    const h = smallHead[dIndex]!;
    result[d] = h === contracted ? leaves[d]! : outside[h]!;
  });
  const cycleHead = outside[smallHead[contracted]!]!;
  result[enters[cycleHead]!] = cycleHead;
  return result;
}

/** A cycle among head[1..size-1] (the root has none), or null. */
function findCycle(head: Int32Array, size: number): number[] | null {
  const state = new Uint8Array(size);
  state[0] = 2;
  for (let start = 1; start < size; start++) {
    let node = start;
    while (state[node] === 0) {
      state[node] = 1;
      node = head[node]!;
    }
    if (state[node] === 1) {
      const cycle = [node];
      for (let next = head[node]!; next !== node; next = head[next]!) cycle.push(next);
      for (let n = start; state[n] === 1; n = head[n]!) state[n] = 2;
      return cycle;
    }
    for (let n = start; state[n] === 1; n = head[n]!) state[n] = 2;
  }
  return null;
}
