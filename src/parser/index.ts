// The dependency parser: reads one sentence's tokens with their lexical attributes and
// POS tags (hashString of the UPOS and XPOS names, so it does not depend on the
// tagger's ids) and writes a single-rooted tree labelled with full UD relations
// (subtypes included). Tokenising, sentence splitting and tagging are left to others.
// Arc-eager transitions pick the arcs (./arc-eager.ts), greedily or with a beam
// (./beam-search.ts) of the width stored in the transition model, and ./labeller.ts
// labels them once the tree is built. Training lives in ./train.ts (scripts/train-parser.ts
// runs it); the models and the parser's copy of the word clusters are in data/parser/.

import { decodeLinearModel } from '../linear/codec.js';
import type { LexicalAttributes } from '../language/lexical.js';
import type { TokenSequence } from '../language/tokens.js';
import { ArcEagerState, TRANSITIONS } from './arc-eager.js';
import { allocateClusterValues, ClusterTable, type ClusterValues } from './cluster-table.js';
import { BeamSearch } from './beam-search.js';
import { ArcLabeller } from './labeller.js';
import { LABELLER_FORMAT, type LabellerMeta, type TransitionMeta, TRANSITION_FORMAT } from './model-meta.js';
import { SentenceView } from './sentence-view.js';
import { TransitionFeatures } from './transition-features.js';
import { TransitionScorer } from './transition-scorer.js';
import { TreeView } from './tree-view.js';
import { WeightTable } from './weight-table.js';

export interface ParserFiles {
  /** The transition model (data/parser/transitions.bin). */
  readonly transitions: Uint8Array;
  /** The arc labeller, whose metadata lists the relations (data/parser/labeller.bin). */
  readonly labeller: Uint8Array;
  /** The parser's copy of the word clusters (data/parser/clusters.bin). */
  readonly clusters: Uint8Array;
}

export class DependencyParser {
  /** Relation names; index = label id. */
  readonly relations: readonly string[];
  private readonly scorer: TransitionScorer;
  private readonly labeller: ArcLabeller;
  private readonly clusters: ClusterTable;
  private clusterValues: ClusterValues = allocateClusterValues(256);
  // Scratch buffers, reused from sentence to sentence.
  private readonly state = new ArcEagerState();
  private readonly view = new SentenceView();
  private readonly tree = new TreeView();
  private readonly scores = new Int32Array(TRANSITIONS);
  /** Null for greedy decoding (beam width 1). */
  private readonly beam: BeamSearch | null;
  private localLabels = new Uint8Array(64);

  private constructor(table: WeightTable, labeller: ArcLabeller, relations: readonly string[], clusters: ClusterTable, beamWidth: number) {
    this.scorer = new TransitionScorer(table, new TransitionFeatures());
    this.beam = beamWidth > 1 ? new BeamSearch(beamWidth) : null;
    this.labeller = labeller;
    this.clusters = clusters;
    this.relations = relations;
  }

  static fromBytes(files: ParserFiles): DependencyParser {
    const transitions = decodeLinearModel<TransitionMeta>(files.transitions, 'parser transitions');
    const retrain = '(retrain with npm run train:parser)';
    if (transitions.meta.format !== TRANSITION_FORMAT) {
      throw new Error(`parser transitions: feature format "${transitions.meta.format}", this newsgraph reads "${TRANSITION_FORMAT}" ${retrain}`);
    }
    const labeller = decodeLinearModel<LabellerMeta>(files.labeller, 'parser labeller');
    if (labeller.meta.format !== LABELLER_FORMAT) {
      throw new Error(`parser labeller: format "${labeller.meta.format}", this newsgraph reads "${LABELLER_FORMAT}" ${retrain}`);
    }
    const relations = labeller.meta.relations;
    const rootId = relations.indexOf('root');
    if (rootId < 0 || relations.length !== labeller.model.classes) throw new Error('parser labeller: its relation list does not match the model');
    const beamWidth = transitions.meta.beamWidth ?? 1;
    if (!Number.isInteger(beamWidth) || beamWidth < 1) throw new Error(`parser transitions: beam width ${beamWidth} is not a positive integer ${retrain}`);
    return new DependencyParser(new WeightTable(transitions.model), new ArcLabeller(labeller.model, rootId, labeller.meta.dictionary), relations, new ClusterTable(files.clusters), beamWidth);
  }

  /** Items kept per step: 1 is greedy parsing. */
  get beamWidth(): number {
    return this.beam?.width ?? 1;
  }

  /**
   * Parses tokens [first, end) of one sentence. Writes heads[i] (global index, -1 for
   * the root) and labels[i] (relation id) for each token i in [first, end).
   */
  parse(
    tokens: TokenSequence, lexical: LexicalAttributes, first: number, end: number,
    upos: Uint32Array, xpos: Uint32Array, heads: Int32Array, labels: Uint8Array,
  ): void {
    const n = end - first;
    if (n <= 0 || end > tokens.count) return;
    const { view } = this;
    if (this.clusterValues[0].length < end) this.clusterValues = allocateClusterValues(Math.max(end, tokens.count));
    this.clusters.fill(lexical, first, end, this.clusterValues);
    view.load(lexical, first, end, upos, xpos, this.clusterValues);
    const tree = this.findTree();
    this.tree.load(tree, n);
    if (this.localLabels.length < n) this.localLabels = new Uint8Array(n * 2);
    this.labeller.labelTree(view, this.tree, tree, this.localLabels);
    for (let i = 0; i < n; i++) {
      const head = tree[i]!;
      heads[first + i] = head === n ? -1 : first + head;
      labels[first + i] = this.localLabels[i]!;
    }
  }

  /** Heads of the loaded sentence's words (sentence-local, n for the root). */
  private findTree(): Int32Array {
    if (!this.beam) {
      this.runTransitions();
      return this.state.heads;
    }
    this.beam.decode(this.scorer, this.view);
    return this.beam.items[0]!.heads;
  }

  private runTransitions(): void {
    const { state, view, scores, scorer } = this;
    state.reset(view.n);
    scorer.beginSentence(view.n);
    while (!state.isTerminal()) {
      let only = -1;
      let allowed = 0;
      for (let t = 0; t < TRANSITIONS; t++) {
        if (state.isAllowed(t)) {
          allowed++;
          only = t;
        }
      }
      // A forced move needs no scoring (an empty stack, the root at the front).
      if (allowed === 1) {
        state.apply(only);
        continue;
      }
      scorer.score(state, view, scores);
      let best = -1;
      for (let t = 0; t < TRANSITIONS; t++) {
        if (state.isAllowed(t) && (best < 0 || scores[t]! > scores[best]!)) best = t;
      }
      state.apply(best);
    }
  }
}
