// The neural dependency parser at run time (network: ./neural-network.ts). It scores
// every head for every word, takes the best single-rooted tree (./spanning-tree.ts),
// then labels each arc with its best relation: `root` for the root's word and never
// for another. Tags come in as hashString of their names (./parser.ts).
// Sentences longer than the network's maxLength are parsed in pieces whose roots hang
// from the first piece's root as `parataxis`.

import { allocateClusterArrays, type ClusterArrays, type WordClusters } from '../language/clusters.js';
import type { LexicalAttributes } from '../language/lexical.js';
import type { TokenSequence } from '../language/tokens.js';
import { hashString, mixHash } from '../linear/hash.js';
import { logSumExp } from '../neural/softmax.js';
import { decodeTensorFile, dequantiseRows, encodeTensorFile, type Int8Rows, type TensorSpec } from '../neural/tensor-file.js';
import { FEATURES_PER_TOKEN, FeatureRows, fillFeatureKeys } from '../tagger/neural-features.js';
import { QuantisedEncoder } from './neural-encoder.js';
import { ParserNetwork, type ParserShape } from './neural-network.js';
import { greedyTree, spanningTree } from './spanning-tree.js';

export interface NeuralParserMeta {
  readonly kind: 'neural-parser';
  readonly shape: ParserShape;
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  readonly relations: readonly string[];
  /** Feature keys in embedding row order. */
  readonly featureKeys: readonly number[];
  /** Checksum of the GloVe table the parser was trained with (`gloveChecksum`): it reads the tagger's copy. */
  readonly gloveChecksum: number;
  /** Anything the training records (settings, scores). */
  readonly training: Record<string, unknown>;
}

/** A tag hash no tag name has: it reads as the unknown tag (training drops tags this way). */
export const UNKNOWN_TAG = 0;

/** Words whose layer-1 input projections are cached (8H floats, 3 KB each at H 96): 4,096 keep the benchmark's peak RSS under 400 MiB (8,192 reached 403). */
const CACHED_WORDS = 4096;

type TensorHome = number | 'features' | 'tags';

/** GloVe rows and their keys (normalised lower form hashes), as the neural tagger holds them: the parser shares them rather than ship a second copy. */
export interface SharedGlove {
  readonly keys: readonly number[];
  readonly table: Int8Rows;
}

/** A checksum of a GloVe table's keys, codes and scales, so that a parser refuses a table it was not trained with. */
export function gloveChecksum(glove: SharedGlove): number {
  let hash = glove.keys.length;
  for (const key of glove.keys) hash = mixHash(hash, key);
  const { codes, scales } = glove.table;
  const words = new Int32Array(codes.buffer, codes.byteOffset, Math.floor(codes.length / 4));
  for (let i = 0; i < words.length; i++) hash = mixHash(hash, words[i]!);
  const scaleBits = new Int32Array(scales.buffer, scales.byteOffset, scales.length);
  for (let i = 0; i < scaleBits.length; i++) hash = mixHash(hash, scaleBits[i]!);
  return hash;
}

export class NeuralParser {
  readonly relations: readonly string[];
  readonly network: ParserNetwork;
  readonly featureRows: FeatureRows;
  private readonly gloveRows = new Map<number, number>();
  private readonly uposRows = new Map<number, number>();
  private readonly xposRows = new Map<number, number>();
  private readonly rootLabel: number;
  private readonly parataxisLabel: number;
  private readonly keys = new Uint32Array(FEATURES_PER_TOKEN);
  private readonly rows = new Int32Array(FEATURES_PER_TOKEN);
  private clusterArrays: ClusterArrays = allocateClusterArrays(0);
  private pieceHeads = new Int32Array(0);
  /** The 16-bit fast path, once `quantise` has run. */
  private encoder: QuantisedEncoder | null = null;
  // The piece being parsed, for the encoder's fillWord.
  private cacheKeys = new Uint32Array(0);
  private cacheChecks = new Uint32Array(0);
  private tagRows = new Int32Array(0);

  constructor(readonly meta: NeuralParserMeta, private readonly clusters: WordClusters, glove: SharedGlove, training = false) {
    const { shape } = meta;
    if (glove.keys.length !== shape.gloveRows || glove.table.codes.length !== shape.gloveRows * shape.gloveDimensions || gloveChecksum(glove) !== meta.gloveChecksum) {
      throw new Error('neural parser: the GloVe table it is given is not the one it was trained with (retrain with npm run train:parser)');
    }
    this.network = new ParserNetwork(shape, glove.table, training);
    this.featureRows = new FeatureRows(meta.featureKeys);
    glove.keys.forEach((key, row) => this.gloveRows.set(key, row));
    meta.upos.forEach((tag, row) => this.uposRows.set(hashString(tag), row));
    meta.xpos.forEach((tag, row) => this.xposRows.set(hashString(tag), meta.upos.length + row));
    this.relations = meta.relations;
    this.rootLabel = meta.relations.indexOf('root');
    this.parataxisLabel = meta.relations.indexOf('parataxis');
    if (this.rootLabel < 0 || this.parataxisLabel < 0) throw new Error('neural parser: the relation list lacks root or parataxis');
  }

  /** The parser of a neural.bin file, reading `glove` (the neural tagger's table); `quantise: false` keeps the float path (to compare the two). */
  static fromBytes(bytes: Uint8Array, clusters: WordClusters, glove: SharedGlove, name = 'data/parser/neural.bin', quantise = true): NeuralParser {
    const file = decodeTensorFile<NeuralParserMeta>(bytes, name);
    if (file.meta.kind !== 'neural-parser') throw new Error(`${name}: holds a ${String(file.meta.kind)}, not a neural-parser`);
    const parser = new NeuralParser(file.meta, clusters, glove);
    const { network } = parser;
    for (const [tensor, home] of parser.tensorHomes()) {
      const size = tensor.rows * tensor.cols;
      if (tensor.encoding === 'i8-rows') {
        const table = file.rowTables.get(tensor.name);
        if (table === undefined || table.codes.length !== size) throw new Error(`${name}: tensor ${tensor.name} is missing or has the wrong size`);
        network.features.set(dequantiseRows(table, tensor.cols));
        continue;
      }
      const values = file.tensors.get(tensor.name);
      if (values === undefined || values.length !== size) throw new Error(`${name}: tensor ${tensor.name} is missing or has the wrong size`);
      if (home === 'tags') network.tags.set(values);
      else network.kernels.heap.set(values, home as number);
    }
    if (quantise) parser.encoder = new QuantisedEncoder(network, CACHED_WORDS);
    return parser;
  }

  toBytes(): Uint8Array {
    const { network } = this;
    return encodeTensorFile(this.meta, this.tensorHomes().map(([spec, home]) => ({
      spec,
      values: home === 'features' ? network.features : home === 'tags' ? network.tags : network.kernels.heap.slice(home, home + spec.rows * spec.cols),
    })));
  }

  private tensorHomes(): Array<[TensorSpec, TensorHome]> {
    const { network, meta } = this;
    const { shape } = meta;
    const H = shape.hidden;
    const f32 = (name: string, rows: number, cols: number): TensorSpec => ({ name, rows, cols, encoding: 'f32' });
    const out: Array<[TensorSpec, TensorHome]> = [
      [{ name: 'features', rows: shape.featureRows, cols: shape.embedding, encoding: 'i8-rows' }, 'features'],
      [f32('tags', shape.upos + shape.xpos + 2, shape.tagEmbedding), 'tags'],
      [f32('root', 1, network.stateSize), network.root],
    ];
    network.layers.forEach((directions, layer) => directions.forEach((direction, d) => {
      const name = `layer${layer + 1}.${d === 0 ? 'forward' : 'backward'}`;
      out.push([f32(`${name}.input`, 4 * H, direction.inputSize), direction.inputWeights]);
      out.push([f32(`${name}.recurrent`, 4 * H, H), direction.recurrentWeights]);
      out.push([f32(`${name}.bias`, 1, 4 * H), direction.bias]);
    }));
    const names = ['arcDependent', 'arcHead', 'biaffine', 'labelDependent', 'labelHead', 'labelOutput'];
    network.denseLayers().forEach((layer, index) => {
      out.push([f32(`${names[index]}.weights`, layer.rows, layer.cols), layer.weights]);
      out.push([f32(`${names[index]}.bias`, 1, layer.rows), layer.bias]);
    });
    return out;
  }

  /** Embedding row of a UPOS hash (the unknown-UPOS row when training never saw it). */
  uposRow(hash: number): number {
    return this.uposRows.get(hash) ?? this.meta.upos.length + this.meta.xpos.length;
  }

  xposRow(hash: number): number {
    return this.xposRows.get(hash) ?? this.meta.upos.length + this.meta.xpos.length + 1;
  }

  /**
   * Fills the input row of token i (row t of the piece); returns its feature rows,
   * which training reads to update their embeddings.
   */
  fillInput(lexical: LexicalAttributes, i: number, t: number, upos: number, xpos: number, sentenceStart = t === 0): Int32Array {
    if (this.clusterArrays[0].length <= i) this.clusterArrays = allocateClusterArrays(Math.max(i + 1, this.clusterArrays[0].length * 2));
    this.clusters.fill(lexical, i, i + 1, this.clusterArrays);
    const gloveRow = this.gloveRows.get(lexical.lower[i]!) ?? -1;
    fillFeatureKeys(lexical, this.clusterArrays, i, sentenceStart, gloveRow >= 0, this.keys, 0);
    this.featureRows.lookup(this.keys, 0, this.rows);
    this.network.fillInput(t, this.rows, 0, gloveRow, this.uposRow(upos), this.xposRow(xpos));
    return this.rows;
  }

  /**
   * Parses tokens [first, end) of one sentence. Writes heads[i] (global index, -1 for
   * the root) and labels[i] (relation id) for each token i in [first, end).
   */
  parse(
    tokens: TokenSequence, lexical: LexicalAttributes, first: number, end: number,
    upos: Uint32Array, xpos: Uint32Array, heads: Int32Array, labels: Uint8Array,
  ): void {
    void tokens; // the lexical attributes hold all the network reads
    const { maxLength } = this.meta.shape;
    let sentenceRoot = -1;
    for (let start = first; start < end; start += maxLength) {
      const pieceRoot = this.parsePiece(lexical, start, Math.min(end, start + maxLength), start === first, upos, xpos, heads, labels);
      if (sentenceRoot < 0) {
        sentenceRoot = pieceRoot;
      } else {
        heads[pieceRoot] = sentenceRoot;
        labels[pieceRoot] = this.parataxisLabel;
      }
    }
  }

  /** Parses one piece; returns the global index of its root word. */
  private parsePiece(
    lexical: LexicalAttributes, first: number, end: number, sentenceStart: boolean,
    upos: Uint32Array, xpos: Uint32Array, heads: Int32Array, labels: Uint8Array,
  ): number {
    const n = end - first;
    const { network } = this;
    if (this.encoder !== null) {
      this.encodeQuantised(lexical, first, n, sentenceStart, upos, xpos);
      this.encoder.project(n);
    } else {
      for (let t = 0; t < n; t++) this.fillInput(lexical, first + t, t, upos[first + t]!, xpos[first + t]!, sentenceStart && t === 0);
      this.encode(n);
      network.project(n);
    }
    network.scoreArcs(n);
    if (this.pieceHeads.length < n) this.pieceHeads = new Int32Array(Math.max(n, 64));
    const tree = this.pieceHeads;
    const stride = this.meta.shape.maxLength + 1;
    if (!greedyTree(network.kernels.heap.subarray(network.arcScores), stride, n, tree)) {
      // Only the spanning tree compares scores across words, which needs them normalised.
      this.normaliseArcs(n);
      spanningTree(network.kernels.heap.subarray(network.arcScores), stride, n, tree);
    }
    let root = first;
    for (let t = 0; t < n; t++) {
      const head = tree[t]!;
      heads[first + t] = head === 0 ? -1 : first + head - 1;
      if (head === 0) root = first + t;
      labels[first + t] = head === 0 ? this.rootLabel : this.bestLabel(t, head);
    }
    return root;
  }

  private encodeQuantised(lexical: LexicalAttributes, first: number, n: number, sentenceStart: boolean, upos: Uint32Array, xpos: Uint32Array): void {
    if (this.cacheKeys.length < n) {
      this.cacheKeys = new Uint32Array(Math.max(n, 64));
      this.cacheChecks = new Uint32Array(Math.max(n, 64));
      this.tagRows = new Int32Array(2 * Math.max(n, 64));
    }
    for (let t = 0; t < n; t++) {
      const i = first + t;
      this.cacheKeys[t] = mixHash(lexical.form[i]!, sentenceStart && t === 0 ? 1 : 2);
      this.cacheChecks[t] = lexical.lower[i]!;
      this.tagRows[2 * t] = this.uposRow(upos[i]!);
      this.tagRows[2 * t + 1] = this.xposRow(xpos[i]!);
    }
    // The word part only: the encoder adds the tags' shares itself.
    const fillWord = (t: number): void => void this.fillInput(lexical, first + t, t, UNKNOWN_TAG, UNKNOWN_TAG, sentenceStart && t === 0);
    this.encoder!.encode(n, this.cacheKeys, this.cacheChecks, this.tagRows, fillWord);
  }

  /** The float path: runs both BiLSTM layers over the filled input rows and sets the `top` rows. */
  encode(n: number): void {
    const { network } = this;
    network.runLayer(0, network.inputs, n);
    network.runLayer(1, network.layerStates[0]!, n);
    network.setTop(n);
  }

  /** Turns each word's head scores into log-probabilities (over the other words and the root). */
  private normaliseArcs(n: number): void {
    const heap = this.network.kernels.heap;
    const stride = this.meta.shape.maxLength + 1;
    for (let t = 0; t < n; t++) {
      const row = this.network.arcScores + t * stride;
      const shift = logSumExp(heap, row, n + 1, t + 1);
      for (let h = 0; h <= n; h++) heap[row + h]! -= shift;
    }
  }

  /** The best relation other than root for word t under head row `head`. */
  private bestLabel(t: number, head: number): number {
    const { network } = this;
    network.scoreLabels(t, head);
    const heap = network.kernels.heap;
    let best = -1;
    for (let r = 0; r < this.relations.length; r++) {
      if (r === this.rootLabel) continue;
      if (best < 0 || heap[network.labelScores + r]! > heap[network.labelScores + best]!) best = r;
    }
    return best;
  }
}
