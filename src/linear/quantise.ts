// 16-bit weights: what the model files store (codec.ts) and what lookup tables sum
// (model.ts, src/parser), one quantisation for all of them.

/**
 * Weights as the 16-bit integers the file stores, and the scale that turns them back:
 * the largest magnitude maps to 32767. A decoded model's weights give back the same
 * integers, so tables that sum integers (src/parser) recover them exactly.
 */
export function quantiseWeights(weights: Float32Array): { readonly values: Int16Array; readonly scale: number } {
  let maxMagnitude = 0;
  for (const weight of weights) maxMagnitude = Math.max(maxMagnitude, Math.abs(weight));
  const scale = maxMagnitude > 0 ? maxMagnitude / 32767 : 1;
  return { values: Int16Array.from(weights, (weight) => Math.round(weight / scale)), scale };
}
