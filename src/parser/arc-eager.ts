// The arc-eager transition system (Nivre 2003) with the root token at the end of the
// buffer (Ballesteros & Nivre 2013): the root is attached last, once the whole sentence
// has been seen. Tokens are sentence-local indices 0..n-1 and the root is n.
//
// Single root: while the last word is the buffer front, SHIFT is allowed only on an
// empty stack and RIGHT only when one headless word is left on the stack. Since the
// bottom of the stack is always headless, exactly one word reaches the root.

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const TRANSITIONS = 4;

export class ArcEagerState {
  /** Words in the sentence; the root token is index n. */
  n = 0;
  depth = 0;
  /** Buffer front; n when only the root is left. */
  front = 0;
  /** Words on the stack that have no head yet. */
  headless = 0;
  stack: Int32Array;
  /** Head of each word, -1 while it has none, n for the root. */
  heads: Int32Array;
  /** Nearest-to-farthest children are tracked as the two outermost on each side (-1: none). */
  leftmost: Int32Array;
  leftmost2: Int32Array;
  rightmost: Int32Array;
  rightmost2: Int32Array;
  leftCount: Int32Array;
  rightCount: Int32Array;

  constructor(capacity = 64) {
    this.stack = new Int32Array(capacity + 1);
    this.heads = new Int32Array(capacity + 1);
    this.leftmost = new Int32Array(capacity + 1);
    this.leftmost2 = new Int32Array(capacity + 1);
    this.rightmost = new Int32Array(capacity + 1);
    this.rightmost2 = new Int32Array(capacity + 1);
    this.leftCount = new Int32Array(capacity + 1);
    this.rightCount = new Int32Array(capacity + 1);
  }

  /** Starts a sentence of n words (growing the buffers when needed). */
  reset(n: number): void {
    if (n + 1 > this.stack.length) this.grow(n);
    this.n = n;
    this.depth = 0;
    this.front = 0;
    this.headless = 0;
    this.heads.fill(-1, 0, n + 1);
    this.leftmost.fill(-1, 0, n + 1);
    this.leftmost2.fill(-1, 0, n + 1);
    this.rightmost.fill(-1, 0, n + 1);
    this.rightmost2.fill(-1, 0, n + 1);
    this.leftCount.fill(0, 0, n + 1);
    this.rightCount.fill(0, 0, n + 1);
  }

  isTerminal(): boolean {
    return this.front === this.n && this.depth === 0;
  }

  /** Top of the stack, or -1. */
  top(): number {
    return this.depth > 0 ? this.stack[this.depth - 1]! : -1;
  }

  isAllowed(transition: number): boolean {
    const { n, front, depth } = this;
    switch (transition) {
      case SHIFT:
        return front < n && (front !== n - 1 || depth === 0);
      case RIGHT:
        return depth > 0 && front < n && (front !== n - 1 || this.headless === 1);
      case REDUCE:
        return depth > 0 && this.heads[this.stack[depth - 1]!] !== -1;
      case LEFT:
        return depth > 0 && this.heads[this.stack[depth - 1]!] === -1;
      default:
        return false;
    }
  }

  apply(transition: number): void {
    switch (transition) {
      case SHIFT:
        this.stack[this.depth++] = this.front++;
        this.headless++;
        break;
      case REDUCE:
        this.depth--;
        break;
      case LEFT:
        this.addArc(this.front, this.stack[--this.depth]!);
        this.headless--;
        break;
      case RIGHT:
        this.addArc(this.stack[this.depth - 1]!, this.front);
        this.stack[this.depth++] = this.front++;
        break;
    }
  }

  /** Becomes a copy of `other` (a beam item taking over its parent's configuration), without allocating once grown. */
  copyFrom(other: ArcEagerState): void {
    const n = other.n;
    if (n + 1 > this.stack.length) this.grow(n);
    this.n = n;
    this.depth = other.depth;
    this.front = other.front;
    this.headless = other.headless;
    for (let i = 0; i < other.depth; i++) this.stack[i] = other.stack[i]!;
    for (let i = 0; i <= n; i++) {
      this.heads[i] = other.heads[i]!;
      this.leftmost[i] = other.leftmost[i]!;
      this.leftmost2[i] = other.leftmost2[i]!;
      this.rightmost[i] = other.rightmost[i]!;
      this.rightmost2[i] = other.rightmost2[i]!;
      this.leftCount[i] = other.leftCount[i]!;
      this.rightCount[i] = other.rightCount[i]!;
    }
  }

  private addArc(head: number, dependent: number): void {
    this.heads[dependent] = head;
    // LEFT attaches ever farther words to the front, RIGHT ever later words to s0.
    if (dependent < head) {
      this.leftmost2[head] = this.leftmost[head]!;
      this.leftmost[head] = dependent;
      this.leftCount[head]!++;
    } else {
      this.rightmost2[head] = this.rightmost[head]!;
      this.rightmost[head] = dependent;
      this.rightCount[head]!++;
    }
  }

  private grow(n: number): void {
    const size = Math.max(n + 1, this.stack.length * 2);
    this.stack = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.leftmost = new Int32Array(size);
    this.leftmost2 = new Int32Array(size);
    this.rightmost = new Int32Array(size);
    this.rightmost2 = new Int32Array(size);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
  }
}
