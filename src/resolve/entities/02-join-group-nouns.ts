// A people's or a country's word before the noun of a group it names makes one mention of
// that group (`Ukrainian forces`, `US officials`, `Russian troops`, `the Japanese
// government`), an entity of its own coded by the country and the noun's sector (UKRMIL,
// USAGOV). Only nouns with a sector join: `Japanese counterparts` stays the people
// `Japanese` (./05-find-context-countries.ts reads it), and a singular noun only when it is
// a body (`government`, `military`), not one person (`Ukrainian soldier Ivan Petrenko`).

import type { ActorDictionary } from '../actors/actor-dictionary.js';
import type { DraftMention } from './entity-draft.js';
import type { TokenView } from './token-view.js';

/** Group nouns the CAMEO agents lack, and their sectors. */
export const GROUP_NOUN_SECTORS: ReadonlyMap<string, string> = new Map([
  ['forces', 'MIL'], ['armed forces', 'MIL'], ['security forces', 'MIL'], ['officials', 'GOV'], ['authorities', 'GOV'],
]);
/** Singular nouns that name a body, not one person. */
const BODIES: ReadonlySet<string> = new Set(['government', 'military', 'army', 'navy', 'police', 'forces', 'authorities', 'cabinet', 'parliament', 'administration']);
/** Words a group noun may open with (`armed forces`, `security officials`). */
const GROUP_MODIFIERS: ReadonlySet<string> = new Set(['armed', 'security', 'government', 'military', 'border', 'defense', 'defence', 'foreign', 'senior', 'top', 'health', 'police']);

export function joinGroupNouns(view: TokenView, mentions: readonly DraftMention[], dictionary: ActorDictionary): DraftMention[] {
  return mentions.map((mention) => {
    if (mention.type !== 'NORP' && mention.type !== 'GPE') return mention;
    if (dictionary.countryOf(view.text.slice(mention.start, mention.end)) === null) return mention;
    const end = groupNounEnd(view, mention.endToken, dictionary);
    if (end === null) return mention;
    return { ...mention, type: 'NORP', endToken: end, end: view.analysis.ends[end - 1]!, groupNounStart: view.analysis.starts[mention.endToken]! };
  });
}

/** The end of the group noun starting at token `first` (one modifier, then the noun), or null. */
function groupNounEnd(view: TokenView, first: number, dictionary: ActorDictionary): number | null {
  const stop = view.sentenceStop(Math.max(first - 1, 0));
  let noun = first;
  if (noun + 1 < stop && GROUP_MODIFIERS.has(view.lower(noun)) && view.mentionAt(noun) === null) noun++;
  if (noun >= stop || view.mentionAt(noun) !== null) return null;
  const lower = view.lower(noun);
  const isPlural = view.analysis.xpos[noun] === 'NNS';
  if (!isPlural && !BODIES.has(lower)) return null;
  // `Ukrainian forces are` but not `Japanese forces' drills`: the noun must end the phrase, not modify the next word.
  if (noun + 1 < stop && view.analysis.heads[noun] === noun + 1 && view.analysis.deprels[noun] === 'compound') return null;
  return groupNounSector(view.slice(first, noun + 1), dictionary) === null ? null : noun + 1;
}

/** The sector of a group noun (`forces` → MIL, `troops` → MIL, `armed forces` → MIL): the whole phrase's, else its last word's (`government securities` are no government). */
export function groupNounSector(phrase: string, dictionary: ActorDictionary): string | null {
  const lower = phrase.toLowerCase().trim();
  const noun = lower.split(/\s+/).pop()!;
  return GROUP_NOUN_SECTORS.get(lower) ?? GROUP_NOUN_SECTORS.get(noun) ?? dictionary.sectorOfRole(noun);
}
