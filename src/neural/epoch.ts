// One training epoch over items in a given order, in mini-batches: each item adds its
// gradients, and the optimiser steps after each batch.

/** Returns the epoch's loss per token: `train` returns an item's summed loss, `tokens` its token count. */
export function trainEpoch(
  order: readonly number[], batch: number, train: (item: number) => number, tokens: (item: number) => number, step: () => void,
): number {
  let loss = 0;
  let count = 0;
  for (let start = 0; start < order.length; start += batch) {
    for (let q = start; q < Math.min(order.length, start + batch); q++) {
      const item = order[q]!;
      loss += train(item);
      count += tokens(item);
    }
    step();
  }
  return loss / count;
}
