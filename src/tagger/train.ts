// Trains the tagger: averaged perceptron over shuffled sentences (fixed seed),
// greedy decoding with the model's own previous predictions as history, and the
// tag dictionary taken from the training data.

import { ClassCounts } from '../linear/class-counts.js';
import { hashString } from '../linear/hash.js';
import { PerceptronTrainer } from '../linear/perceptron.js';
import { computeLexicalAttributes, normaliseCasedForm, normaliseForm } from '../language/lexical.js';
import { sequenceFromForms } from '../language/tokens.js';
import { mulberry32, shuffleInPlace } from '../linear/random.js';
import { allocateClusterArrays, type WordClusters } from '../language/clusters.js';
import { extractTaggerFeatures, MAX_TAGGER_FEATURES, START_TAG, type TaggerInput } from './features.js';
import { PosTagger } from './pos-tagger.js';
import { reverseInput } from './reverse.js';
import { buildAmbiguityLexicon, fillAmbiguity } from './ambiguity.js';

export interface TaggedSentence {
  readonly forms: readonly string[];
  /** Combined `UPOS|XPOS` tags. */
  readonly tags: readonly string[];
}

export interface TaggerTrainingOptions {
  readonly direction: 'forward' | 'backward';
  readonly epochs: number;
  readonly seed: number;
  readonly minWeight: number;
  /** A word enters the tag dictionary when seen this often... */
  readonly dictionaryMinCount: number;
  /** ...with its most frequent tag at least this share of the time. */
  readonly dictionaryMinShare: number;
  /** Words seen this often get an ambiguity class of the UPOS tags they took at least this share of the time. */
  readonly ambiguityMinCount: number;
  readonly ambiguityMinShare: number;
  /** Called after each epoch with the averaged tagger; training keeps going. */
  readonly onEpoch?: (epoch: number, tagger: PosTagger) => void;
}

interface Prepared {
  readonly input: TaggerInput;
  readonly gold: Uint8Array;
}

export function trainTagger(sentences: readonly TaggedSentence[], clusters: WordClusters, options: TaggerTrainingOptions): PosTagger {
  const tags = [...new Set(sentences.flatMap((sentence) => sentence.tags))].sort();
  const tagId = new Map(tags.map((tag, index) => [tag, index]));
  const dictionary = buildTagDictionary(sentences, tagId, options);
  const lexicon = buildAmbiguityLexicon(countUpos(sentences), options.ambiguityMinCount, options.ambiguityMinShare);
  const ambiguityOf = new Map(lexicon.keys.map((key, index) => [key, lexicon.classes[index]!]));
  const prepared: Prepared[] = sentences.map((sentence) => {
    const lexical = computeLexicalAttributes(sequenceFromForms(sentence.forms));
    const ambiguity = new Uint32Array(sentence.forms.length);
    fillAmbiguity(ambiguityOf, lexical, 0, sentence.forms.length, ambiguity);
    const clusterArrays = allocateClusterArrays(sentence.forms.length);
    clusters.fill(lexical, 0, sentence.forms.length, clusterArrays);
    const input = { lexical, ambiguity, clusters: clusterArrays };
    const gold = Uint8Array.from(sentence.tags, (tag) => tagId.get(tag)!);
    return options.direction === 'forward' ? { input, gold } : { input: reverseInput(input, 0, gold.length), gold: gold.reverse() };
  });
  const trainer = new PerceptronTrainer(tags.length);
  const random = mulberry32(options.seed);
  const order = prepared.map((_, index) => index);
  const features = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float32Array(tags.length);
  let tagger: PosTagger | null = null;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) trainSentence(prepared[index]!, dictionary, trainer, features, scores);
    const meta = {
      kind: 'pos-tagger' as const, direction: options.direction, tags, dictionaryKeys: [...dictionary.keys()], dictionaryTags: [...dictionary.values()],
      ambiguityKeys: lexicon.keys, ambiguityClasses: lexicon.classes,
    };
    tagger = new PosTagger({ model: trainer.toModel({ minWeight: options.minWeight }), meta }, clusters);
    options.onEpoch?.(epoch, tagger);
  }
  if (!tagger) throw new Error('trainTagger: epochs must be at least 1');
  return tagger;
}

function trainSentence(sentence: Prepared, dictionary: Map<number, number>, trainer: PerceptronTrainer, features: Uint32Array, scores: Float32Array): void {
  const { input, gold } = sentence;
  const { lexical } = input;
  const end = gold.length;
  let prev = START_TAG;
  let prev2 = START_TAG;
  for (let i = 0; i < end; i++) {
    let tag = dictionary.get(lexical.form[i]!);
    if (tag === undefined) {
      const count = extractTaggerFeatures(input, i, 0, end, prev, prev2, features);
      scores.fill(0);
      trainer.addScores(features, count, scores);
      let best = 0;
      for (let cls = 1; cls < trainer.classes; cls++) if (scores[cls]! > scores[best]!) best = cls;
      trainer.update(features, count, gold[i]!, best);
      trainer.tick();
      tag = best;
    }
    prev2 = prev;
    prev = tag;
  }
}

function countUpos(sentences: readonly TaggedSentence[]): Map<string, Map<string, number>> {
  const counts = new ClassCounts<string, string>();
  for (const sentence of sentences) sentence.forms.forEach((form, index) => counts.add(normaliseForm(form), sentence.tags[index]!.split('|')[0]!));
  return counts.byKey;
}

function buildTagDictionary(sentences: readonly TaggedSentence[], tagId: Map<string, number>, options: TaggerTrainingOptions): Map<number, number> {
  const counts = new ClassCounts<string, string>();
  for (const sentence of sentences) sentence.forms.forEach((form, index) => counts.add(normaliseCasedForm(form), sentence.tags[index]!));
  const dominant = counts.dominant(options.dictionaryMinCount, options.dictionaryMinShare).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(dominant.map(([key, tag]) => [hashString(key), tagId.get(tag)!]));
}
