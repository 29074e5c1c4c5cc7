// Softmax over scores: its log-partition (tagging and parsing) and its cross-entropy
// gradient on the Kernels heap (training).

/** log(sum of exp(values[from + c])) over c in [0, count) except `excluded` (-1: none), computed stably. */
export function logSumExp(values: Float32Array, from: number, count: number, excluded = -1): number {
  let largest = -Infinity;
  for (let c = 0; c < count; c++) if (c !== excluded) largest = Math.max(largest, values[from + c]!);
  let sum = 0;
  for (let c = 0; c < count; c++) if (c !== excluded) sum += Math.exp(values[from + c]! - largest);
  return largest + Math.log(sum);
}

/**
 * Softmax cross-entropy of `count` scores at `scores` (the class `excluded`, when not
 * -1, takes no probability): writes probability - gold into `gradient`, returns the loss.
 */
export function softmaxGradient(heap: Float32Array, scores: number, gradient: number, count: number, gold: number, excluded: number): number {
  let largest = -Infinity;
  for (let c = 0; c < count; c++) if (c !== excluded) largest = Math.max(largest, heap[scores + c]!);
  let sum = 0;
  for (let c = 0; c < count; c++) if (c !== excluded) sum += Math.exp(heap[scores + c]! - largest);
  for (let c = 0; c < count; c++) {
    const probability = c === excluded ? 0 : Math.exp(heap[scores + c]! - largest) / sum;
    heap[gradient + c] = probability - (c === gold ? 1 : 0);
  }
  return -(heap[scores + gold]! - largest - Math.log(sum));
}
