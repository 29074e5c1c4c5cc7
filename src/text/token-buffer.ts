// Growable parallel Int32Arrays of token offsets. One buffer lives for one call of
// analyseText; capacity doubles so pushing stays amortised O(1) without a per-token object.

export class TokenBuffer {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;

  constructor(initialCapacity: number) {
    const capacity = Math.max(16, initialCapacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(start: number, end: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count += 1;
  }

  /** Start of token `index`; the caller keeps `index < count`. */
  startOf(index: number): number {
    return this.starts[index] ?? -1;
  }

  endOf(index: number): number {
    return this.ends[index] ?? -1;
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}
