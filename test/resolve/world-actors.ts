// The fictional world's actor dictionaries (test/fixtures/world/actors), and the
// language analysis of a test sentence by the shipped models, for the entity rule tests.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageAnalysis } from '../../src/document/analysis.js';
import { analyseLanguage } from '../../src/language/analyse.js';
import type { LanguageModels } from '../../src/language/models.js';
import { ActorDictionary } from '../../src/resolve/actors/actor-dictionary.js';
import { loadLanguageModels } from '../../src/resources/language-models.js';
import { projectRoot } from '../helpers.js';

export const worldActorsDir = join(projectRoot, 'test', 'fixtures', 'world', 'actors');

export function worldActorDictionary(): ActorDictionary {
  const read = (name: string) => readFileSync(join(worldActorsDir, name), 'utf8');
  return new ActorDictionary()
    .addActors(read('actors.tsv'), 'actors.tsv')
    .addAgents(read('agents.tsv'), 'agents.tsv')
    .addCountries(read('countries.tsv'), 'countries.tsv');
}

let models: LanguageModels | null = null;

/** The analysis of `text`, one paragraph per line. */
export function analyseForTest(text: string): LanguageAnalysis {
  models ??= loadLanguageModels();
  const blocks: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') blocks.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return analyseLanguage(text, blocks, models);
}
