// Entity-level exact-match scores of the recogniser on the development sets: CoNLL-2003
// dev, wikigold and WNUT-17 dev, after mapping newsgraph's types to CoNLL's
// (PERSON → PER, GPE/LOC/FAC → LOC, NORP/EVENT/MISC → MISC, numeric types dropped).
// Run: node --import tsx scripts/eval-ner.ts

import { fileURLToPath } from 'node:url';
import { groupDocuments, scoreEntities, type EntityScores, type EntitySpan } from '../src/corpus/conll.js';
import { recogniseDocument } from '../src/language/gold-tokens.js';
import { EntityRecognizer, NER_FILES, type MentionLabel } from '../src/ner/index.js';
import { readDataFolder } from '../src/resources/data-folder.js';
import { readCorpus, type CorpusName } from './lib/ner-corpora.js';

const CONLL_TYPE: Partial<Record<MentionLabel, string>> = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', NORP: 'MISC', EVENT: 'MISC', MISC: 'MISC',
};

export const DEV_SETS: ReadonlyArray<readonly [string, CorpusName]> = [['conll', 'conll-dev'], ['wikigold', 'wikigold'], ['wnut17', 'wnut17-dev']];

/**
 * Scores of one recogniser on one corpus, in CoNLL's types. Each document is read the
 * way extract reads an article: sentence by sentence, then the article-level passes
 * (src/language/article-mentions.ts).
 */
export function scoreRecognizer(recognizer: EntityRecognizer, corpus: CorpusName): EntityScores {
  const pairs: Array<{ gold: readonly EntitySpan[]; predicted: EntitySpan[] }> = [];
  for (const document of groupDocuments(readCorpus(corpus))) {
    const mentions = recogniseDocument(document.map((sentence) => sentence.forms), recognizer);
    document.forEach((sentence, index) => {
      const predicted: EntitySpan[] = [];
      for (const mention of mentions[index]!) {
        const type = CONLL_TYPE[mention.label];
        if (type) predicted.push({ start: mention.firstToken, end: mention.endToken, type });
      }
      pairs.push({ gold: sentence.spans, predicted });
    });
  }
  return scoreEntities(pairs);
}

/** Overall and per-type F1 (in percent) on every dev set, printed as a table too. */
export function evaluateRecognizer(recognizer: EntityRecognizer, log: (line: string) => void = console.log): Record<string, number> {
  const results: Record<string, number> = {};
  for (const [name, corpus] of DEV_SETS) {
    const scores = scoreRecognizer(recognizer, corpus);
    const percent = (value: number): string => (100 * value).toFixed(2).padStart(6);
    log(`${name}`);
    for (const [type, score] of [...Object.entries(scores.byType), ['overall', scores.overall] as const]) {
      log(`  ${type.padEnd(8)} P ${percent(score.precision)}  R ${percent(score.recall)}  F1 ${percent(score.f1)}  (gold ${score.gold})`);
      results[type === 'overall' ? name : `${name}.${type}`] = Math.round(10000 * score.f1) / 100;
    }
  }
  return results;
}

export function loadShippedRecognizer(): EntityRecognizer {
  const ner = readDataFolder('ner');
  const gazetteer = readDataFolder('gazetteer');
  return EntityRecognizer.fromBytes({
    [NER_FILES.model]: ner.file(NER_FILES.model),
    [NER_FILES.clusters]: ner.file(NER_FILES.clusters),
    [NER_FILES.gazetteer]: gazetteer.file(NER_FILES.gazetteer),
  });
}

export async function evaluateNer(): Promise<Record<string, number>> {
  return evaluateRecognizer(loadShippedRecognizer());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await evaluateNer();
}
