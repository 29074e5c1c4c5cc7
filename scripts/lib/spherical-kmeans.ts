// Spherical k-means, deterministic: over L2-normalised sparse vectors (the tagger's
// PPMI clusters; the initial centroids are the first `k` rows, the most frequent words),
// and nested over dense vectors (the recogniser's GloVe clusters; seeded random starts).

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

/**
 * Nested spherical k-means over dense unit-length rows: the first level has
 * factors[0] clusters, and each cluster of a level splits into factors[l] at the next,
 * so cluster ids at one level share their parent's (id / factor). Returns one
 * assignment per level. Centroids are fitted on the first `fitCount` rows only (the
 * frequent words; fitted on all, the many rare names and foreign words take most
 * centroids and the common words of every kind share a few), then every row goes to
 * its nearest. Seeded, so runs are repeatable.
 */
export function nestedSphericalKmeans(vectors: Float32Array, dimensions: number, factors: readonly number[], iterations: number, fitCount: number, random: () => number): Int32Array[] {
  const count = vectors.length / dimensions;
  const levels: Int32Array[] = [];
  let parents = new Int32Array(count);
  let parentCount = 1;
  for (const factor of factors) {
    const assignment = new Int32Array(count);
    const members: number[][] = Array.from({ length: parentCount }, () => []);
    for (let row = 0; row < count; row++) members[parents[row]!]!.push(row);
    members.forEach((rows, parent) => {
      const fitted = rows.filter((row) => row < fitCount);
      const centroids = denseKmeans(vectors, dimensions, Int32Array.from(fitted.length >= factor ? fitted : rows), factor, iterations, random);
      const local = rows.map((row) => nearestCentroid(vectors, row * dimensions, centroids, dimensions));
      rows.forEach((row, index) => void (assignment[row] = parent * factor + local[index]!));
    });
    levels.push(assignment);
    parents = assignment;
    parentCount *= factor;
  }
  return levels;
}

function nearestCentroid(vectors: Float32Array, base: number, centroids: Float32Array, dimensions: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < centroids.length / dimensions; c++) {
    const centre = c * dimensions;
    let score = 0;
    for (let d = 0; d < dimensions; d++) score += vectors[base + d]! * centroids[centre + d]!;
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/** Centroids of spherical k-means over the given rows (up to k: fewer rows, one each); they start at rows drawn at random. */
function denseKmeans(vectors: Float32Array, dimensions: number, rows: Int32Array, k: number, iterations: number, random: () => number): Float32Array {
  const assignment = new Int32Array(rows.length);
  if (rows.length <= k) {
    const centroids = new Float32Array(rows.length * dimensions);
    rows.forEach((row, index) => centroids.set(vectors.subarray(row * dimensions, (row + 1) * dimensions), index * dimensions));
    return centroids;
  }
  const centroids = new Float32Array(k * dimensions);
  const order = Array.from(rows);
  for (let c = 0; c < k; c++) {
    const pick = c + Math.floor(random() * (order.length - c));
    [order[c], order[pick]] = [order[pick]!, order[c]!];
    centroids.set(vectors.subarray(order[c]! * dimensions, (order[c]! + 1) * dimensions), c * dimensions);
  }
  const sums = new Float32Array(k * dimensions);
  const sizes = new Int32Array(k);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let changed = 0;
    sums.fill(0);
    sizes.fill(0);
    for (let index = 0; index < rows.length; index++) {
      const base = rows[index]! * dimensions;
      const best = nearestCentroid(vectors, base, centroids, dimensions);
      if (iteration === 0 || assignment[index] !== best) changed++;
      assignment[index] = best;
      sizes[best]!++;
      for (let d = 0; d < dimensions; d++) sums[best * dimensions + d]! += vectors[base + d]!;
    }
    // An emptied cluster keeps its centroid.
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) continue;
      centroids.set(sums.subarray(c * dimensions, (c + 1) * dimensions), c * dimensions);
      normalise(centroids, c * dimensions, dimensions);
    }
    if (changed === 0) break;
  }
  return centroids;
}
