// The labelled NER corpora in ../shared/data, read as sentences with CoNLL's four
// types (PER, ORG, LOC, MISC). WNUT-17's types are mapped the way the task defines
// (person → PER, location → LOC, corporation/group → ORG, product/creative-work → MISC).

import { parseConllNer, spansFromTags, type EntitySpan, type NerSentence } from '../../src/corpus/conll.js';
import { readSharedText } from './shared-data.js';

export interface LabelledSentence {
  readonly forms: readonly string[];
  readonly spans: readonly EntitySpan[];
  /** False when the corpus has no MISC annotation. */
  readonly hasMisc: boolean;
  /** The document the sentence belongs to (see NerSentence.document). */
  readonly document: number;
}

export const CORPORA = {
  'conll-train': { path: 'conll2003/train.txt.gz', hasMisc: true },
  'conll-dev': { path: 'conll2003/valid.txt.gz', hasMisc: true },
  wikigold: { path: 'wikigold/wikigold.conll.txt', hasMisc: true },
  'wikiann-train': { path: 'wikiann-en/train.txt.gz', hasMisc: false },
  'wnut17-train': { path: 'wnut17/wnut17train.conll', hasMisc: true },
  'wnut17-dev': { path: 'wnut17/emerging.dev.conll', hasMisc: true },
  'btc-a': { path: 'btc/a.conll.gz', hasMisc: false },
  'btc-b': { path: 'btc/b.conll.gz', hasMisc: false },
  'btc-e': { path: 'btc/e.conll.gz', hasMisc: false },
  'btc-f': { path: 'btc/f.conll.gz', hasMisc: false },
  'btc-g': { path: 'btc/g.conll.gz', hasMisc: false },
  'btc-h': { path: 'btc/h.conll.gz', hasMisc: false },
} as const;
export type CorpusName = keyof typeof CORPORA;

const WNUT_TYPES: Record<string, string> = {
  person: 'PER', location: 'LOC', corporation: 'ORG', group: 'ORG', product: 'MISC', 'creative-work': 'MISC',
};

export function readCorpus(name: CorpusName): LabelledSentence[] {
  const { path, hasMisc } = CORPORA[name];
  return parseConllNer(readSharedText(path)).map((sentence: NerSentence) => ({
    forms: sentence.forms,
    spans: spansFromTags(sentence.tags).map((span) => ({ ...span, type: WNUT_TYPES[span.type] ?? span.type })),
    hasMisc,
    document: sentence.document,
  }));
}

const HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;

/**
 * The sentence as newsgraph's tokenizer (src/text, UD conventions) splits it:
 * `Indo-Pacific` is `Indo - Pacific`, an entity keeping all three tokens. Null when no
 * token changes. CoNLL keeps such words whole; training on both spellings serves both.
 */
export function splitHyphenatedTokens(sentence: LabelledSentence): LabelledSentence | null {
  const forms: string[] = [];
  const newIndex: number[] = [];
  let changed = false;
  for (const form of sentence.forms) {
    newIndex.push(forms.length);
    if (HYPHENATED.test(form) && /\p{L}/u.test(form)) {
      form.split('-').forEach((part, k) => (k === 0 ? forms.push(part) : forms.push('-', part)));
      changed = true;
    } else {
      forms.push(form);
    }
  }
  if (!changed) return null;
  newIndex.push(forms.length);
  const spans = sentence.spans.map((span) => ({ ...span, start: newIndex[span.start]!, end: newIndex[span.end]! }));
  return { forms, spans, hasMisc: sentence.hasMisc, document: sentence.document };
}
