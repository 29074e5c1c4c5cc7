// POS tags for the parser's training and evaluation from the shipped tagger
// (data/tagger): predicted tags on dev, and jackknifed tags on train (each fold tagged
// by a tagger trained on the other folds), so that the parser learns from tags with
// the errors it will meet.

import type { ConlluSentence } from '../../src/corpus/conllu.js';
import { WordClusters } from '../../src/language/clusters.js';
import type { TreebankSentence } from '../../src/parser/treebank.js';
import { readDataFolder } from '../../src/resources/data-folder.js';
import type { Tagger } from '../../src/tagger/tagger.js';
import { trainTagger, type TaggerTrainingOptions } from '../../src/tagger/train.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { combinedTagsOf, formsOf } from './ewt.js';
import { projectRoot } from './shared-data.js';

export function hasTagger(): boolean {
  return existsSync(join(projectRoot, 'data', 'tagger', 'manifest.json'));
}

function loadClusters(): WordClusters {
  return WordClusters.fromBytes(readDataFolder('clusters').file('clusters.tsv'));
}

/** The sentence with the tags of `tagger`. */
function retag(tagger: Tagger, sentence: TreebankSentence): TreebankSentence {
  const n = sentence.heads.length;
  const ids = new Uint8Array(n);
  tagger.tag(sentence.tokens, sentence.lexical, 0, n, ids);
  const upos = Uint32Array.from(ids, (id) => tagger.uposHash(id));
  const xpos = Uint32Array.from(ids, (id) => tagger.xposHash(id));
  return { ...sentence, upos, xpos };
}

/** The sentences with the tags of `tagger` (the shipped one, for dev). */
export function tagWith(tagger: Tagger, sentences: readonly TreebankSentence[]): TreebankSentence[] {
  return sentences.map((sentence) => retag(tagger, sentence));
}

/** The shipped perceptron's settings, with its chosen epoch count (the jackknife folds train the perceptron alone: the neural tagger takes minutes an epoch). */
export function shippedTaggerSettings(): Omit<TaggerTrainingOptions, 'onEpoch'> {
  const manifest = readDataFolder('tagger').manifest;
  const settings = (manifest.settings as { perceptron: Omit<TaggerTrainingOptions, 'onEpoch'> }).perceptron;
  return { ...settings, epochs: manifest.devScores?.perceptronEpoch ?? settings.epochs };
}

/**
 * Jackknifed tags, read from `cachePath` when it holds tags for these sentences (the
 * folds take minutes to train), else computed and written there.
 */
export function cachedJackknifeTags(
  conllu: readonly ConlluSentence[], sentences: readonly TreebankSentence[], folds: number, cachePath: string, log: (line: string) => void,
): TreebankSentence[] {
  if (existsSync(cachePath)) {
    const cached = JSON.parse(readFileSync(cachePath, 'utf8')) as { upos: number[][]; xpos: number[][] };
    if (cached.upos.length === sentences.length) {
      log(`jackknifed tags read from ${cachePath}`);
      return sentences.map((sentence, index) => ({ ...sentence, upos: Uint32Array.from(cached.upos[index]!), xpos: Uint32Array.from(cached.xpos[index]!) }));
    }
  }
  const tagged = jackknifeTags(conllu, sentences, folds, log);
  writeFileSync(cachePath, JSON.stringify({ upos: tagged.map((s) => Array.from(s.upos)), xpos: tagged.map((s) => Array.from(s.xpos)) }));
  return tagged;
}

/**
 * Tags each of `folds` folds of train with a tagger trained on the others. Folds are
 * contiguous blocks, so a document rarely feeds both the tagger and its test fold and
 * the tags are about as wrong as on unseen text.
 */
export function jackknifeTags(
  conllu: readonly ConlluSentence[], sentences: readonly TreebankSentence[], folds: number, log: (line: string) => void,
): TreebankSentence[] {
  const clusters = loadClusters();
  const settings = shippedTaggerSettings();
  const tagged = [...sentences];
  const foldOf = (index: number): number => Math.floor((index * folds) / sentences.length);
  for (let fold = 0; fold < folds; fold++) {
    const started = Date.now();
    const rest = conllu.filter((_, index) => foldOf(index) !== fold);
    const tagger = trainTagger(rest.map((sentence) => ({ forms: formsOf(sentence), tags: combinedTagsOf(sentence) })), clusters, settings);
    let words = 0;
    let hits = 0;
    sentences.forEach((sentence, index) => {
      if (foldOf(index) !== fold) return;
      const retagged = retag(tagger, sentence);
      tagged[index] = retagged;
      retagged.xpos.forEach((hash, i) => {
        words++;
        if (hash === sentence.xpos[i]) hits++;
      });
    });
    log(`jackknife fold ${fold + 1}/${folds}: XPOS ${((100 * hits) / words).toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  return tagged;
}
