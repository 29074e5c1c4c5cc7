// Reads the actor dictionaries: data/actors (checked against its manifest), then the
// user's own files named in NEWSGRAPH_ACTORS (paths separated by the platform's path
// delimiter), each either a TSV of NAME<TAB>CODE[<TAB>FROM<TAB>TO] or a PETRARCH
// actors dictionary (`NAME_ [CODE]`). A user's code for a name is added to the shipped
// ones; a dated code that holds on the article's date wins.

import { readFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import { ActorDictionary } from '../resolve/actors/actor-dictionary.js';
import { defaultDataRoot, readDataFolder } from './data-folder.js';

export function loadActorDictionary(root = defaultDataRoot(), userFiles = userActorFiles()): ActorDictionary {
  const folder = readDataFolder('actors', root);
  const decoder = new TextDecoder();
  const dictionary = new ActorDictionary()
    .addActors(decoder.decode(folder.file('actors.tsv')), 'data/actors/actors.tsv')
    .addAgents(decoder.decode(folder.file('agents.tsv')), 'data/actors/agents.tsv')
    .addCountries(decoder.decode(folder.file('countries.tsv')), 'data/actors/countries.tsv');
  for (const path of userFiles) {
    let content: string;
    try {
      content = readFileSync(path, 'utf8');
    } catch (error) {
      throw new Error(`actor dictionary ${path} (from NEWSGRAPH_ACTORS): ${(error as Error).message}`);
    }
    if (isPetrarchFormat(content)) dictionary.addPetrarchActors(content);
    else dictionary.addActors(content, path);
  }
  return dictionary;
}

export function userActorFiles(value = process.env.NEWSGRAPH_ACTORS ?? ''): string[] {
  return value.split(delimiter).map((path) => path.trim()).filter(Boolean);
}

/** PETRARCH files put codes in brackets; the TSV form has tabs and no brackets. */
function isPetrarchFormat(content: string): boolean {
  return /^[^#\n]*\[[A-Z~]/m.test(content) && !/^[^#\n]+\t[A-Z]/m.test(content);
}
