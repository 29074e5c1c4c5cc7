// Metadata stored in the parser's model files, checked when they load.

import type { LabelDictionary } from './label-dictionary.js';

/** Names the feature templates: a model trained on other templates is refused. */
export const TRANSITION_FORMAT = 'arc-eager-root-last/zn2011-unlabelled/1';
export const LABELLER_FORMAT = 'tree-labeller/1';

export interface TransitionMeta {
  readonly format: string;
  /** The beam width the model was trained for and decodes with; 1 (or absent, in older models) is greedy. */
  readonly beamWidth?: number;
  readonly settings: Record<string, unknown>;
}

export interface LabellerMeta {
  readonly format: string;
  readonly relations: readonly string[];
  /** Arcs labelled without scoring (absent in older models: none). */
  readonly dictionary?: LabelDictionary;
  readonly settings: Record<string, unknown>;
}
