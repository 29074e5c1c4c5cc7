// Coreference of the resolve stage's entities on MEANTIME (English, intra-document
// annotation), a dev set: per article the text is rebuilt from the gold tokens, the real
// language pipeline and resolveEntities run over it, and the gold REFERS_TO chains of
// people, organisations and places score
//   name links     pairs of name mentions (NAM) of one gold entity, both found: recall is
//                  the share the system puts in one entity; precision the share of the
//                  system's same-entity pairs of found names that are one gold entity
//   pronouns       gold he/she/his/her/him of a person the article names: correct when
//                  the system's pronoun mention is in the entity holding that person's names
//   they           gold they/them/their of a person, organisation or place the article
//                  names: correct when one entity holding the system's pronoun mention
//                  (a group's pronoun is a mention of each member) holds those names
// MEANTIME annotates only the first sentences of each article; only those are scored.
// Run: node --import tsx scripts/eval-entities.ts [--errors]

import { fileURLToPath } from 'node:url';
import type { Entity } from '../src/document/article.js';
import { analyseLanguage } from '../src/language/analyse.js';
import { resolveEntities } from '../src/resolve/entities/index.js';
import { loadActorDictionary } from '../src/resources/actor-dictionary.js';
import { loadLanguageModels } from '../src/resources/language-models.js';
import { referenceOf } from './eval-dates.js';
import { readMeantime, type EntityMentionMarkable, type MeantimeDocument } from './lib/meantime.js';
import { spansOverlap } from '../src/document/span.js';

const SCORED_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC']);
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him', 'hers', 'himself', 'herself']);
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

interface PronounScore { gold: number; attempted: number; correct: number }

interface Found {
  readonly gold: EntityMentionMarkable;
  /** Index of the system entity whose mention the gold mention aligns with, or -1. */
  readonly entity: number;
}

/**
 * The system entity of the mention that best matches a gold one of the same kind: the one
 * ending where it ends (English names end at their head: `Ford Motor Company CEO Alan
 * Mulally` is Mulally), else the one overlapping it most; -1 when none overlaps.
 */
function alignedEntity(gold: EntityMentionMarkable, entities: readonly Entity[], isPronoun: boolean): number {
  let best = -1;
  let bestScore = 0;
  entities.forEach((entity, index) => {
    for (const mention of entity.mentions) {
      if ((mention.kind === 'pronoun') !== isPronoun || !spansOverlap(mention, gold)) continue;
      const score = Math.min(mention.end, gold.end) - Math.max(mention.start, gold.start) + (mention.end === gold.end ? 1000 : 0);
      if (score > bestScore) [best, bestScore] = [index, score];
    }
  });
  return best;
}

/** Every system entity with a pronoun mention over the gold one (a group's pronoun is a mention of each member). */
function entitiesHoldingPronoun(gold: EntityMentionMarkable, entities: readonly Entity[]): number[] {
  return entities.flatMap((entity, index) => (entity.mentions.some((mention) => mention.kind === 'pronoun' && spansOverlap(mention, gold)) ? [index] : []));
}

export async function evaluateEntities(log: (line: string) => void = console.log, showErrors = false): Promise<Record<string, number>> {
  const models = loadLanguageModels();
  const actors = loadActorDictionary(undefined, []);
  let linkGold = 0, linkRecalled = 0, linkPredicted = 0, linkCorrect = 0;
  const personal: PronounScore = { gold: 0, attempted: 0, correct: 0 };
  const group: PronounScore = { gold: 0, attempted: 0, correct: 0 };
  for (const document of readMeantime()) {
    const analysis = analyseLanguage(document.text, document.blocks, models, document.blocks[0] ?? null);
    const entities = resolveEntities({ text: document.text, analysis, date: referenceOf(document) }, actors);
    const gold = document.entityMentions.filter((mention) => mention.entity !== null && SCORED_TYPES.has(mention.entityType) && mention.end <= document.annotatedEnd);
    const names: Found[] = gold.filter((mention) => mention.syntacticType === 'NAM').map((mention) => ({ gold: mention, entity: alignedEntity(mention, entities, false) })).filter((found) => found.entity >= 0);
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const sameGold = names[i]!.gold.entity === names[j]!.gold.entity;
        const sameSystem = names[i]!.entity === names[j]!.entity;
        if (sameGold) { linkGold++; if (sameSystem) linkRecalled++; else if (showErrors) log(`SPLIT ${pairText(document, names[i]!, names[j]!)}`); }
        if (sameSystem) { linkPredicted++; if (sameGold) linkCorrect++; else if (showErrors) log(`MERGED ${pairText(document, names[i]!, names[j]!)}`); }
      }
    }
    for (const pronoun of gold.filter((mention) => mention.syntacticType === 'PRO')) {
      const word = document.text.slice(pronoun.start, pronoun.end).toLowerCase();
      const score = pronoun.entityType === 'PER' && PERSONAL_PRONOUNS.has(word) ? personal : GROUP_PRONOUNS.has(word) ? group : null;
      const namesOfEntity = names.filter((found) => found.gold.entity === pronoun.entity);
      if (score === null || namesOfEntity.length === 0) continue;
      score.gold++;
      const holders = entitiesHoldingPronoun(pronoun, entities);
      if (holders.length === 0) {
        if (showErrors && score === group) log(`UNRESOLVED ${JSON.stringify(word)} (${namesOfEntity.map((found) => JSON.stringify(document.text.slice(found.gold.start, found.gold.end))).join(", ")}) | ${document.text.slice(Math.max(0, pronoun.start - 120), pronoun.end + 20).replace(/\s+/g, " ")}`);
        continue;
      }
      score.attempted++;
      if (namesOfEntity.some((found) => holders.includes(found.entity))) score.correct++;
      else if (showErrors) log(`PRONOUN ${JSON.stringify(word)} -> ${holders.map((index) => entities[index]!.name).join(' + ')} | ${document.text.slice(Math.max(0, pronoun.start - 80), pronoun.end + 20).replace(/\s+/g, ' ')}`);
    }
  }
  const percent = (part: number, whole: number): number => Math.round((10000 * part) / Math.max(1, whole)) / 100;
  const recall = percent(linkRecalled, linkGold);
  const precision = percent(linkCorrect, linkPredicted);
  const results = {
    nameLinkRecall: recall, nameLinkPrecision: precision, nameLinkF1: Math.round((200 * recall * precision) / Math.max(1e-9, recall + precision)) / 100,
    nameLinks: linkGold, pronounAccuracy: percent(personal.correct, personal.attempted), pronounRecall: percent(personal.correct, personal.gold), pronouns: personal.gold,
    theyAccuracy: percent(group.correct, group.attempted), theyRecall: percent(group.correct, group.gold), theyPronouns: group.gold,
  };
  log(`  name links: recall ${results.nameLinkRecall.toFixed(2)}% of ${linkGold}, precision ${results.nameLinkPrecision.toFixed(2)}% of ${linkPredicted}, F1 ${results.nameLinkF1.toFixed(2)}`);
  log(`  pronouns of named people: ${results.pronounAccuracy.toFixed(2)}% right of ${personal.attempted} resolved, ${results.pronounRecall.toFixed(2)}% of ${personal.gold} in the gold`);
  log(`  they/them/their of named actors: ${results.theyAccuracy.toFixed(2)}% right of ${group.attempted} resolved, ${results.theyRecall.toFixed(2)}% of ${group.gold} in the gold`);
  return results;
}

function pairText(document: MeantimeDocument, a: Found, b: Found): string {
  const text = (found: Found) => JSON.stringify(document.text.slice(found.gold.start, found.gold.end));
  return `${text(a)} ${text(b)} in ${document.name.split('/').pop()}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log('entities (MEANTIME English, dev: coreference of names and pronouns)');
  await evaluateEntities(console.log, process.argv.includes('--errors'));
}
