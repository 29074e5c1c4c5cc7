// The per-word hashes that parser and labeller features read, copied out of the
// lexical attributes and tag hashes for one sentence. Index n is the root token and
// n + 1 stands for "no word" (an empty stack slot, a missing child), so feature code
// never branches on absent positions.

import { hashString, mixHash } from '../linear/hash.js';
import type { LexicalAttributes } from '../language/lexical.js';
import type { ClusterValues } from './cluster-table.js';

const ROOT_HASH = hashString('<root>');
const NONE_HASH = hashString('<none>');
// Function words are told apart by their form (of/by/to, was/has), other words by tag.
const CLOSED_CLASSES = ['ADP', 'AUX', 'PART', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'PUNCT'];

export class SentenceView {
  n = 0;
  word: Uint32Array;
  xpos: Uint32Array;
  upos: Uint32Array;
  /** Word and XPOS together: the most frequent pair in the templates. */
  wordXpos: Uint32Array;
  suffix2: Uint32Array;
  suffix3: Uint32Array;
  shape: Uint32Array;
  /** The word for function words, else the XPOS. */
  functionOrTag: Uint32Array;
  /** Word clusters, coarse to fine (0 for words the clusters do not know). */
  cluster0: Uint32Array;
  cluster1: Uint32Array;
  cluster2: Uint32Array;
  private readonly closedClasses = Uint32Array.from(CLOSED_CLASSES, (tag) => hashString(tag));

  constructor(capacity = 64) {
    this.functionOrTag = new Uint32Array(capacity + 2);
    this.cluster0 = new Uint32Array(capacity + 2);
    this.cluster1 = new Uint32Array(capacity + 2);
    this.cluster2 = new Uint32Array(capacity + 2);

    this.word = new Uint32Array(capacity + 2);
    this.xpos = new Uint32Array(capacity + 2);
    this.upos = new Uint32Array(capacity + 2);
    this.wordXpos = new Uint32Array(capacity + 2);
    this.suffix2 = new Uint32Array(capacity + 2);
    this.suffix3 = new Uint32Array(capacity + 2);
    this.shape = new Uint32Array(capacity + 2);
  }

  /** Index standing for an absent position. */
  get none(): number {
    return this.n + 1;
  }

  /** Loads tokens [first, end); `upos`/`xpos` are indexed like the tokens. */
  load(lexical: LexicalAttributes, first: number, end: number, upos: Uint32Array, xpos: Uint32Array, clusters: ClusterValues): void {
    const n = end - first;
    if (n + 2 > this.word.length) this.grow(n);
    this.n = n;
    for (let i = 0; i < n; i++) {
      const t = first + i;
      this.word[i] = lexical.lower[t]!;
      this.xpos[i] = xpos[t]!;
      this.upos[i] = upos[t]!;
      this.wordXpos[i] = mixHash(lexical.lower[t]!, xpos[t]!);
      this.suffix2[i] = lexical.suffix[1][t]!;
      this.suffix3[i] = lexical.suffix[2][t]!;
      this.shape[i] = lexical.shape[t]!;
      this.functionOrTag[i] = this.closedClasses.includes(upos[t]!) ? lexical.lower[t]! : xpos[t]!;
      this.cluster0[i] = clusters[0][t]!;
      this.cluster1[i] = clusters[1][t]!;
      this.cluster2[i] = clusters[2][t]!;
    }
    this.fillSpecial(n, ROOT_HASH);
    this.fillSpecial(n + 1, NONE_HASH);
  }

  private fillSpecial(index: number, hash: number): void {
    this.word[index] = hash;
    this.xpos[index] = hash;
    this.upos[index] = hash;
    this.wordXpos[index] = hash;
    this.suffix2[index] = hash;
    this.suffix3[index] = hash;
    this.shape[index] = hash;
    this.functionOrTag[index] = hash;
    this.cluster0[index] = hash;
    this.cluster1[index] = hash;
    this.cluster2[index] = hash;
  }

  private grow(n: number): void {
    const size = Math.max(n + 2, this.word.length * 2);
    this.word = new Uint32Array(size);
    this.xpos = new Uint32Array(size);
    this.upos = new Uint32Array(size);
    this.wordXpos = new Uint32Array(size);
    this.suffix2 = new Uint32Array(size);
    this.suffix3 = new Uint32Array(size);
    this.shape = new Uint32Array(size);
    this.functionOrTag = new Uint32Array(size);
    this.cluster0 = new Uint32Array(size);
    this.cluster1 = new Uint32Array(size);
    this.cluster2 = new Uint32Array(size);
  }
}
