// The neural part-of-speech tagger at run time (network: neural-network.ts). It
// predicts UPOS and XPOS with two softmax layers and takes, per token, the combined
// UPOS|XPOS tag seen in training whose two log-probabilities sum highest, so that the
// two tag sets never disagree. The input projection of a word (its GloVe vector and
// feature embeddings times both directions' input weights) depends on the word alone,
// so it is cached per form: most tokens then cost only the recurrence.

import { allocateClusterArrays, type ClusterArrays, type WordClusters } from '../language/clusters.js';
import type { LexicalAttributes } from '../language/lexical.js';
import type { TokenSequence } from '../language/tokens.js';
import { hashString, mixHash } from '../linear/hash.js';
import { VectorCache } from '../linear/vector-cache.js';
import { logSumExp } from '../neural/softmax.js';
import { decodeTensorFile, dequantiseRows, encodeTensorFile, type Int8Rows, type TensorSpec } from '../neural/tensor-file.js';
import { FEATURES_PER_TOKEN, FeatureRows, fillFeatureKeys } from './neural-features.js';
import { TaggerNetwork, type NetworkShape, type SoftmaxLayer } from './neural-network.js';

export interface NeuralTaggerMeta {
  readonly kind: 'neural-tagger';
  readonly shape: NetworkShape;
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  /** Combined tags `UPOS|XPOS` seen in training; a tag id is an index here. */
  readonly tags: readonly string[];
  /** Feature keys in embedding row order. */
  readonly featureKeys: readonly number[];
  /** Normalised lower form hashes in GloVe row order. */
  readonly gloveKeys: readonly number[];
  /** Anything the training records (settings, scores). */
  readonly training: Record<string, unknown>;
}

/** Words whose input projections are cached (8H floats, 3 KB each at H 96): on Reuters, 8,192 miss 10.5% of tokens, 16,384 6.5%; memory decides. */
const CACHED_WORDS = 12288;
/** What a tag the network never saw in training scores, as a log-probability. */
const UNSEEN_TAG_LOG_PROBABILITY = -30;

export class NeuralTagger {
  readonly tags: readonly string[];
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  readonly network: TaggerNetwork;
  readonly featureRows: FeatureRows;
  private readonly gloveRows: Map<number, number>;
  private readonly tagUpos: Uint8Array;
  private readonly tagXpos: Uint8Array;
  private readonly uposHashes: Uint32Array;
  private readonly xposHashes: Uint32Array;
  private readonly uposScores: Float32Array;
  private readonly xposScores: Float32Array;
  private readonly projections: VectorCache;
  private readonly keys = new Uint32Array(FEATURES_PER_TOKEN);
  private readonly rows = new Int32Array(FEATURES_PER_TOKEN);
  private clusterArrays: ClusterArrays = allocateClusterArrays(0);

  constructor(
    readonly meta: NeuralTaggerMeta,
    private readonly clusters: WordClusters,
    glove: Int8Rows,
    training = false,
  ) {
    this.network = new TaggerNetwork(meta.shape, glove, training);
    this.featureRows = new FeatureRows(meta.featureKeys);
    this.gloveRows = new Map();
    meta.gloveKeys.forEach((key, row) => this.gloveRows.set(key, row));
    this.tags = meta.tags;
    this.upos = meta.tags.map((tag) => tag.split('|')[0]!);
    this.xpos = meta.tags.map((tag) => tag.split('|')[1] ?? '_');
    const uposIndex = new Map(meta.upos.map((tag, i) => [tag, i]));
    const xposIndex = new Map(meta.xpos.map((tag, i) => [tag, i]));
    this.tagUpos = Uint8Array.from(this.upos, (tag) => uposIndex.get(tag)!);
    this.tagXpos = Uint8Array.from(this.xpos, (tag) => xposIndex.get(tag)!);
    this.uposHashes = Uint32Array.from(this.upos, (tag) => hashString(tag));
    this.xposHashes = Uint32Array.from(this.xpos, (tag) => hashString(tag));
    this.uposScores = new Float32Array(meta.upos.length);
    this.xposScores = new Float32Array(meta.xpos.length);
    this.projections = new VectorCache(8 * meta.shape.hidden, CACHED_WORDS);
  }

  /** The tagger of a neural.bin file; `quantise: false` keeps float weights (to compare the two). */
  static fromBytes(bytes: Uint8Array, clusters: WordClusters, name = 'data/tagger/neural.bin', quantise = true): NeuralTagger {
    const file = decodeTensorFile<NeuralTaggerMeta>(bytes, name);
    if (file.meta.kind !== 'neural-tagger') throw new Error(`${name}: holds a ${String(file.meta.kind)}, not a neural-tagger`);
    const { shape } = file.meta;
    const glove = file.rowTables.get('glove');
    if (glove === undefined || glove.codes.length !== shape.gloveRows * shape.gloveDimensions) throw new Error(`${name}: tensor glove is missing or has the wrong size`);
    const tagger = new NeuralTagger(file.meta, clusters, glove);
    const { network } = tagger;
    for (const [tensor, at] of tagger.tensorAddresses()) {
      if (at === 'glove') continue;
      const size = tensor.rows * tensor.cols;
      const table = file.rowTables.get(tensor.name);
      const values = file.tensors.get(tensor.name);
      if (at === 'features') {
        if (table === undefined || table.codes.length !== size) throw new Error(`${name}: tensor ${tensor.name} is missing or has the wrong size`);
        network.features.set(dequantiseRows(table, tensor.cols));
      } else {
        if (values === undefined || values.length !== size) throw new Error(`${name}: tensor ${tensor.name} is missing or has the wrong size`);
        network.kernels.heap.set(values, at);
      }
    }
    if (quantise) network.quantise();
    return tagger;
  }

  toBytes(): Uint8Array {
    const { network } = this;
    return encodeTensorFile(this.meta, this.tensorAddresses().map(([spec, at]) => ({
      spec,
      values: at === 'features' ? network.features : at === 'glove' ? network.glove : network.kernels.heap.slice(at, at + spec.rows * spec.cols),
    })));
  }

  /** Every stored tensor and where it lives: a heap address, or one of the two tables. */
  private tensorAddresses(): Array<[TensorSpec, number | 'features' | 'glove']> {
    const { network, meta } = this;
    const { shape } = meta;
    const H = shape.hidden;
    const f32 = (name: string, rows: number, cols: number): TensorSpec => ({ name, rows, cols, encoding: 'f32' });
    const out: Array<[TensorSpec, number | 'features' | 'glove']> = [
      [{ name: 'features', rows: shape.featureRows, cols: shape.embedding, encoding: 'i8-rows' }, 'features'],
      [{ name: 'glove', rows: shape.gloveRows, cols: shape.gloveDimensions, encoding: 'i8-rows' }, 'glove'],
    ];
    for (const [name, direction] of [['forward', network.forward], ['backward', network.backward]] as const) {
      out.push([f32(`${name}.input`, 4 * H, network.inputSize), direction.inputWeights]);
      out.push([f32(`${name}.recurrent`, 4 * H, H), direction.recurrentWeights]);
      out.push([f32(`${name}.bias`, 1, 4 * H), direction.bias]);
    }
    for (const [name, layer] of [['upos', network.upos], ['xpos', network.xpos]] as const) {
      out.push([f32(`${name}.weights`, layer.classes, network.stateSize), layer.weights]);
      out.push([f32(`${name}.bias`, 1, layer.classes), layer.bias]);
    }
    return out;
  }

  /** Tags tokens [first, end) of one sentence, writing tag ids into `out` at the same indices. */
  tag(tokens: TokenSequence, lexical: LexicalAttributes, first: number, end: number, out: Uint8Array): void {
    void tokens; // the lexical attributes hold all the network reads
    const { maxLength } = this.meta.shape;
    for (let start = first; start < end; start += maxLength) this.tagPiece(lexical, start, Math.min(end, start + maxLength), start === first, out);
  }

  /** Forgets the cached input projections; training calls this after changing the weights. */
  forgetProjections(): void {
    this.projections.clear();
  }

  uposHash(tag: number): number {
    return this.uposHashes[tag]!;
  }

  xposHash(tag: number): number {
    return this.xposHashes[tag]!;
  }

  /**
   * Runs the network over tokens [first, end) (at most maxLength): each token's gate
   * inputs come from the projection cache when it holds the word, else from its input
   * row (and then go into the cache); then the recurrence. Token i's states are then
   * row i - first of the network's states.
   */
  run(lexical: LexicalAttributes, first: number, end: number, sentenceStart: boolean): void {
    const { network } = this;
    const n = end - first;
    const G = 4 * this.meta.shape.hidden;
    const cache = this.projections;
    cache.makeRoom(n);
    for (let t = 0; t < n; t++) {
      const i = first + t;
      const key = mixHash(lexical.form[i]!, sentenceStart && t === 0 ? 1 : 2);
      const hit = cache.find(key, lexical.lower[i]!);
      const heap = network.kernels.heap;
      const forwardRow = network.forward.gateRow(t);
      const backwardRow = network.backward.gateRow(t);
      if (hit >= 0) {
        heap.set(cache.vectors.subarray(hit, hit + G), forwardRow);
        heap.set(cache.vectors.subarray(hit + G, hit + 2 * G), backwardRow);
        continue;
      }
      this.fillInput(lexical, i, t, sentenceStart && t === 0);
      this.projectToken(t);
      const slot = cache.claim(key, lexical.lower[i]!);
      cache.vectors.set(heap.subarray(forwardRow, forwardRow + G), slot);
      cache.vectors.set(heap.subarray(backwardRow, backwardRow + G), slot + G);
    }
    network.recur(n);
  }

  /** Fills token i's input row (row t of the piece) from its features and GloVe vector; returns the feature rows. */
  fillInput(lexical: LexicalAttributes, i: number, t: number, sentenceStart: boolean): Int32Array {
    // Clusters are looked up here, for the words the projection cache lacks, not for every token.
    if (this.clusterArrays[0].length <= i) this.clusterArrays = allocateClusterArrays(Math.max(i + 1, this.clusterArrays[0].length * 2));
    this.clusters.fill(lexical, i, i + 1, this.clusterArrays);
    const gloveRow = this.gloveRows.get(lexical.lower[i]!) ?? -1;
    fillFeatureKeys(lexical, this.clusterArrays, i, sentenceStart, gloveRow >= 0, this.keys, 0);
    this.featureRows.lookup(this.keys, 0, this.rows);
    this.network.fillInput(t, this.rows, 0, gloveRow);
    return this.rows;
  }

  /** Sets token t's gate inputs from its input row (training applies dropout to the row first). */
  projectToken(t: number): void {
    const { network } = this;
    const input = network.inputs + t * network.inputSize;
    network.forward.projectToken(input, t);
    network.backward.projectToken(input, t);
  }

  /**
   * The best combined tag of token t of the last run. Each head's log-partition is the
   * same for every tag, so raw scores rank the combined tags as log-probabilities do.
   */
  bestTag(t: number): number {
    const { network } = this;
    this.rawScores(network.upos, t, this.uposScores);
    this.rawScores(network.xpos, t, this.xposScores);
    let best = 0;
    let bestScore = -Infinity;
    for (let tag = 0; tag < this.tags.length; tag++) {
      const score = this.uposScores[this.tagUpos[tag]!]! + this.xposScores[this.tagXpos[tag]!]!;
      if (score > bestScore) {
        bestScore = score;
        best = tag;
      }
    }
    return best;
  }

  /**
   * Writes `weight` times the log-probability of each tag of another tag list (`tagIds`
   * maps it to this tagger's ids, -1 where this tagger never saw the tag) for the
   * token t of the last run, into out[at ...].
   */
  logProbabilities(t: number, tagIds: Int16Array, weight: number, out: Float32Array, at: number): void {
    const { network } = this;
    const uposShift = this.logPartition(network.upos, t, this.uposScores);
    const xposShift = this.logPartition(network.xpos, t, this.xposScores);
    for (let k = 0; k < tagIds.length; k++) {
      const tag = tagIds[k]!;
      out[at + k] = tag < 0 ? UNSEEN_TAG_LOG_PROBABILITY * weight
        : weight * (this.uposScores[this.tagUpos[tag]!]! - uposShift + this.xposScores[this.tagXpos[tag]!]! - xposShift);
    }
  }

  /** Raw scores into `out`; returns their log-sum-exp. */
  private logPartition(layer: SoftmaxLayer, t: number, out: Float32Array): number {
    this.rawScores(layer, t, out);
    return logSumExp(out, 0, layer.classes);
  }

  private rawScores(layer: SoftmaxLayer, t: number, out: Float32Array): void {
    const { network } = this;
    network.score(layer, t);
    const heap = network.kernels.heap;
    for (let c = 0; c < layer.classes; c++) out[c] = heap[network.scores + c]!;
  }

  private tagPiece(lexical: LexicalAttributes, first: number, end: number, sentenceStart: boolean, out: Uint8Array): void {
    this.run(lexical, first, end, sentenceStart);
    for (let i = first; i < end; i++) out[i] = this.bestTag(i - first);
  }
}
