// Vectors of summed feature weights kept under a key of what the features depend on (a
// word at an offset, the previous tag and the word, ...): adding one cached vector
// replaces looking up each feature, each a likely cache miss. The tagger and the
// recogniser both cache this way.
//
// When full, the cache starts over: simple, and the frequent keys come back at once.
// Keys are found through an open-addressing table of typed arrays rather than a Map,
// whose lookups cost as much as a feature's; a generation number empties it at once.
// An entry's key, generation, vector offset and check value sit side by side, so a
// probe reads one cache line. The check value (say, the word's lower-case form) tells
// apart two things whose keys collide.

/** Int32s per table entry: key, generation, offset of the vector, check value. */
const ENTRY = 4;

export class VectorCache {
  /** The vectors, `width` numbers each; find and claim return offsets into it. */
  readonly vectors: Float32Array;
  private readonly entries: Int32Array;
  private readonly mask: number;
  /** Wraps an index into `entries` around its end. */
  private readonly wrap: number;
  private generation = 1;
  private size = 0;

  constructor(
    readonly width: number,
    readonly capacity: number,
  ) {
    this.vectors = new Float32Array(capacity * width);
    // At most half full, so probe runs stay short.
    let tableSize = 16;
    while (tableSize < capacity * 2) tableSize *= 2;
    this.mask = tableSize - 1;
    this.wrap = tableSize * ENTRY - 1;
    this.entries = new Int32Array(tableSize * ENTRY);
  }

  /** The offset of the vector stored under (key, check), or -1. Keys are hashes: their low bits index the table. */
  find(key: number, check = 0): number {
    const { entries, generation, mask, wrap } = this;
    const wanted = key | 0;
    for (let at = (wanted & mask) * ENTRY; entries[at + 1] === generation; at = (at + ENTRY) & wrap) {
      if (entries[at] === wanted && entries[at + 3] === (check | 0)) return entries[at + 2]!;
    }
    return -1;
  }

  /**
   * Stores a zeroed vector under (key, check), which must not be in the cache, and
   * returns its offset for the caller to fill. It stays valid until the cache starts
   * over: when full, or when `makeRoom` asks for more than is left.
   */
  claim(key: number, check = 0): number {
    if (this.size >= this.capacity) this.clear();
    const { entries, generation, mask, wrap } = this;
    const wanted = key | 0;
    let at = (wanted & mask) * ENTRY;
    while (entries[at + 1] === generation) at = (at + ENTRY) & wrap;
    const offset = this.size++ * this.width;
    entries[at] = wanted;
    entries[at + 1] = generation;
    entries[at + 2] = offset;
    entries[at + 3] = check | 0;
    this.vectors.fill(0, offset, offset + this.width);
    return offset;
  }

  /** Starts over now unless `count` more vectors fit, so that the next `count` claims leave each other's vectors alone. */
  makeRoom(count: number): void {
    if (count > this.capacity) throw new RangeError(`vector cache: ${count} vectors asked for, it holds ${this.capacity}`);
    if (this.size + count > this.capacity) this.clear();
  }

  /** Adds the vector at `offset` to scores[0 .. width). */
  addTo(offset: number, scores: Float32Array): void {
    const { vectors, width } = this;
    for (let k = 0; k < width; k++) scores[k]! += vectors[offset + k]!;
  }

  /** Forgets every vector (their values no longer hold, say after training changed the weights). */
  clear(): void {
    this.generation++;
    this.size = 0;
  }
}
