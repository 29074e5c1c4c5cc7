// Builds data/actors/ from the PETRARCH2 Phoenix dictionaries (MIT), for actor codes in
// the CAMEO convention (src/resolve/actors):
//   actors.tsv  NAME<TAB>CODE<TAB>FROM<TAB>TO: named actors (countries, people, bodies,
//               international and non-state organisations) and the period a code holds
//               for (`JOE BIDEN  USAGOV  2009-01-20  ''`); names in upper case
//   agents.tsv  PHRASE<TAB>SECTOR<TAB>MATCH: role nouns and their sector codes
//               (`DEFENSE MINIST  GOVMIL  stem`); MATCH is `word` when the dictionary
//               stops the last word (`MINISTRY_`), `stem` when it may run on (`MINIST`)
//   countries.tsv  NAME<TAB>ISO3<TAB>country|capital: names and aliases of countries
//               (i18n-iso-countries, countries-list, both MIT) and their capitals
//               (countries-list), so that `US` and `the United States` are one entity
//               and `Washington` a capital that can stand for its government
// Users add their own files in the same two formats (README, "Actor dictionaries").
// Run: node --import tsx scripts/build-actors.ts

import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseCameoActors, type CameoActor } from '../src/resolve/actors/petrarch-actors.js';
import { writeManifest } from './lib/manifest.js';
import { projectRoot, readSharedText } from './lib/shared-data.js';

const require = createRequire(import.meta.url);
const ACTOR_FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'];
const COMMIT = '676801cd9cb2924bbbad09f86d15c9323e7097bf';

function actorLines(actors: readonly CameoActor[]): string[] {
  const lines = new Set<string>();
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.synonyms]) {
      if (!/[A-Z]/.test(name)) continue;
      for (const { code, from, to } of actor.datedCodes) lines.add(`${name}\t${code}\t${from}\t${to}`);
    }
  }
  return [...lines];
}

/** Agent lines: `!SET!` substitutions expanded, `{...}` plural notes dropped, `~` dropped from the sector. */
function agentLines(content: string): string[] {
  const sets = new Map<string, string[]>();
  const lines = new Set<string>();
  for (const raw of content.split('\n')) {
    const line = raw.replace(/#.*$/, '').replace(/\r$/, '').trim();
    const set = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(line);
    if (set) {
      sets.set(set[1]!, set[2]!.split(',').map((word) => word.trim()));
      continue;
    }
    const entry = /^([^[{]+?)\s*(?:\{[^}]*\})?\s*\[~?([A-Z]+)\]/.exec(line);
    if (!entry) continue;
    for (const phrase of expandSets(entry[1]!, sets)) {
      const stopped = phrase.endsWith('_');
      const words = phrase.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
      if (words !== '') lines.add(`${words}\t${entry[2]!}\t${stopped ? 'word' : 'stem'}`);
    }
  }
  return [...lines];
}

function expandSets(phrase: string, sets: ReadonlyMap<string, string[]>): string[] {
  const use = /!([A-Z]+)!/.exec(phrase);
  if (!use) return [phrase];
  const options = sets.get(use[1]!) ?? [];
  // The set stands for whole words (`POLICE!PERSON!` is `POLICEMAN`, and also `POLICE MAN`).
  return options.flatMap((option) => expandSets(phrase.replace(use[0], `${option}_`), sets));
}

/** Country names and aliases, and capitals (`Washington D.C.` also as `Washington`). */
function countryLines(): string[] {
  const iso = require('i18n-iso-countries') as { alpha2ToAlpha3(code: string): string | undefined; getNames(lang: string, options: { select: 'all' }): Record<string, string[]> };
  const { countries } = require('countries-list') as { countries: Record<string, { name: string; capital: string; alias?: string[] }> };
  const lines = new Set<string>();
  for (const [alpha2, names] of Object.entries(iso.getNames('en', { select: 'all' }))) {
    const alpha3 = iso.alpha2ToAlpha3(alpha2);
    if (!alpha3) continue;
    for (const name of [...names, countries[alpha2]?.name ?? '', ...(countries[alpha2]?.alias ?? [])]) if (name) lines.add(`${name}\t${alpha3}\tcountry`);
    for (const capital of (countries[alpha2]?.capital ?? '').split(',').map((name) => name.trim()).filter(Boolean)) {
      lines.add(`${capital}\t${alpha3}\tcapital`);
      const short = capital.replace(/\s+D\.?C\.?$/, '');
      if (short !== capital) lines.add(`${short}\t${alpha3}\tcapital`);
    }
  }
  return [...lines];
}

const dir = join(projectRoot, 'data', 'actors');
mkdirSync(dir, { recursive: true });
const actors = ACTOR_FILES.flatMap((file) => actorLines(parseCameoActors(readSharedText(`cameo-dictionaries/${file}`))));
const agents = agentLines(readSharedText('cameo-dictionaries/Phoenix.agents.txt'));
writeFileSync(join(dir, 'actors.tsv'), `${[...new Set(actors)].join('\n')}\n`);
writeFileSync(join(dir, 'agents.tsv'), `${agents.join('\n')}\n`);
const countryNames = countryLines();
writeFileSync(join(dir, 'countries.tsv'), `${countryNames.join('\n')}\n`);
writeManifest(dir, {
  name: 'actors',
  version: '1',
  description: 'CAMEO actor dictionaries: named actors with dated codes (NAME<TAB>CODE<TAB>FROM<TAB>TO), role nouns with sector codes (PHRASE<TAB>SECTOR<TAB>word|stem), country names and capitals (NAME<TAB>ISO3<TAB>country|capital).',
  files: ['actors.tsv', 'agents.tsv', 'countries.tsv'],
  sources: [
    { name: 'PETRARCH2 Phoenix actor dictionaries', path: `cameo-dictionaries/${ACTOR_FILES.join(', ')}`, license: 'MIT', commit: COMMIT },
    { name: 'PETRARCH2 Phoenix agents dictionary', path: 'cameo-dictionaries/Phoenix.agents.txt', license: 'MIT', commit: COMMIT },
    { name: 'i18n-iso-countries', path: 'npm:i18n-iso-countries@7', license: 'MIT' },
    { name: 'countries-list', path: 'npm:countries-list@3', license: 'MIT' },
  ],
  command: 'node --import tsx scripts/build-actors.ts',
  settings: { actorLines: actors.length, agentLines: agents.length, countryLines: countryNames.length },
});
process.stdout.write(`data/actors: ${actors.length} actor lines, ${agents.length} agent lines\n`);
