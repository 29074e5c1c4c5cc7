// Children lists of a finished tree (sentence-local heads, n for the root), in word
// order, as flat arrays: the children of h are list[start[h]..start[h + 1]).

export class TreeView {
  n = 0;
  start: Int32Array;
  list: Int32Array;
  private cursor: Int32Array;

  constructor(capacity = 64) {
    this.start = new Int32Array(capacity + 2);
    this.list = new Int32Array(capacity + 2);
    this.cursor = new Int32Array(capacity + 2);
  }

  load(heads: Int32Array, n: number): void {
    if (n + 2 > this.start.length) {
      const size = Math.max(n + 2, this.start.length * 2);
      this.start = new Int32Array(size);
      this.list = new Int32Array(size);
      this.cursor = new Int32Array(size);
    }
    this.n = n;
    const { start, list, cursor } = this;
    start.fill(0, 0, n + 2);
    for (let d = 0; d < n; d++) start[heads[d]! + 1]!++;
    for (let h = 0; h <= n; h++) start[h + 1]! += start[h]!;
    cursor.set(start.subarray(0, n + 1));
    for (let d = 0; d < n; d++) list[cursor[heads[d]!]!++] = d;
  }
}
