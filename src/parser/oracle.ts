// The dynamic oracle of Goldberg & Nivre (2012, 2013) for arc-eager: the cost of a
// transition is the number of gold arcs that were still reachable and no longer are.
// Arc-eager is arc-decomposable, so counting arcs one by one gives the exact cost
// when the gold tree is projective (training trees are projectivized first).

import { LEFT, REDUCE, RIGHT, SHIFT, type ArcEagerState } from './arc-eager.js';

/** Writes the cost of each allowed transition into costs[0..3] (-1 for disallowed ones). */
export function computeCosts(state: ArcEagerState, gold: Int32Array, costs: Int32Array): void {
  costs[SHIFT] = state.isAllowed(SHIFT) ? pushCost(state, gold, false) : -1;
  costs[RIGHT] = state.isAllowed(RIGHT) ? pushCost(state, gold, true) : -1;
  costs[REDUCE] = state.isAllowed(REDUCE) ? popCost(state, gold, false) : -1;
  costs[LEFT] = state.isAllowed(LEFT) ? popCost(state, gold, true) : -1;
}

/** SHIFT or RIGHT: the front goes onto the stack, so it loses its links with the stack. */
function pushCost(state: ArcEagerState, gold: Int32Array, isRight: boolean): number {
  const { front, depth, stack, heads } = state;
  const s0 = stack[depth - 1] ?? -1;
  const frontHead = gold[front]!;
  let cost = 0;
  for (let i = 0; i < depth; i++) {
    const k = stack[i]!;
    // RIGHT makes s0 the front's head, which is free when s0 is the gold head.
    if (frontHead === k && !(isRight && k === s0)) cost++;
    if (gold[k] === front && heads[k] === -1) cost++;
  }
  // RIGHT also gives up a gold head later in the buffer (the root included).
  if (isRight && frontHead > front) cost++;
  return cost;
}

/** REDUCE or LEFT: s0 leaves the stack and loses its dependents in the buffer. */
function popCost(state: ArcEagerState, gold: Int32Array, isLeft: boolean): number {
  const { front, n, depth, stack } = state;
  const s0 = stack[depth - 1]!;
  let cost = 0;
  for (let k = front; k < n; k++) if (gold[k] === s0) cost++;
  // LEFT makes the front s0's head, which loses a gold head further on.
  if (isLeft && gold[s0]! > front) cost++;
  return cost;
}
