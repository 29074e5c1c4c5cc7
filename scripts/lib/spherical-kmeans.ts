// Spherical k-means over L2-normalised sparse vectors, deterministic: the initial
// centroids are the vectors of the first `k` rows (the most frequent words).

export interface SparseRows {
  /** Row r's entries are [offsets[r], offsets[r + 1]). */
  readonly offsets: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float32Array;
  readonly dimensions: number;
}

export function sphericalKmeans(rows: SparseRows, k: number, iterations: number): Int32Array {
  const count = rows.offsets.length - 1;
  const { dimensions } = rows;
  const centroids = new Float32Array(k * dimensions);
  for (let c = 0; c < k; c++) addRow(rows, c, centroids, c * dimensions);
  const assignment = new Int32Array(count).fill(-1);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let changed = 0;
    for (let r = 0; r < count; r++) {
      const best = nearest(rows, r, centroids, k);
      if (best !== assignment[r]) changed++;
      assignment[r] = best;
    }
    centroids.fill(0);
    for (let r = 0; r < count; r++) addRow(rows, r, centroids, assignment[r]! * dimensions);
    for (let c = 0; c < k; c++) normalise(centroids, c * dimensions, dimensions);
    if (changed === 0) break;
  }
  return assignment;
}

function nearest(rows: SparseRows, r: number, centroids: Float32Array, k: number): number {
  const { offsets, indices, values, dimensions } = rows;
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < k; c++) {
    const base = c * dimensions;
    let score = 0;
    for (let e = offsets[r]!; e < offsets[r + 1]!; e++) score += values[e]! * centroids[base + indices[e]!]!;
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

function addRow(rows: SparseRows, r: number, target: Float32Array, base: number): void {
  for (let e = rows.offsets[r]!; e < rows.offsets[r + 1]!; e++) target[base + rows.indices[e]!]! += rows.values[e]!;
}

function normalise(vector: Float32Array, base: number, length: number): void {
  let norm = 0;
  for (let i = base; i < base + length; i++) norm += vector[i]! * vector[i]!;
  if (norm === 0) return;
  const scale = 1 / Math.sqrt(norm);
  for (let i = base; i < base + length; i++) vector[i]! *= scale;
}
