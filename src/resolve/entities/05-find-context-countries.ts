// The country of a person no title places, from the words beside the name:
//   groupBeforeNames      `their Japanese counterparts, Yoko Kamikawa and Minoru Kihara`
//   placeInRelativeClause `Alex Munyambabazi, who lost a leg to a landmine in northern Uganda`

import type { ActorDictionary } from '../actors/actor-dictionary.js';
import { countryAt } from './04-find-roles.js';
import type { DraftMention } from './entity-draft.js';
import type { TokenView } from './token-view.js';

const GROUP_WORDS = 4;
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose', 'whom']);

export interface ContextCountry {
  readonly country: string;
  /** The country came with a group the person belongs to, not a place in their story. */
  readonly isGroup: boolean;
}

export function findContextCountry(view: TokenView, mention: DraftMention, dictionary: ActorDictionary): ContextCountry | null {
  const group = groupBeforeNames(view, mention, dictionary);
  if (group !== null) return { country: group, isGroup: true };
  const place = placeInRelativeClause(view, mention, dictionary);
  return place === null ? null : { country: place, isGroup: false };
}

/** `<country word> <plural noun>, NAME`, and the names listed after it with `and` or commas. */
function groupBeforeNames(view: TokenView, mention: DraftMention, dictionary: ActorDictionary): string | null {
  let comma = mention.firstToken - 1;
  // Walk back over earlier names of the list: `…, Yoko Kamikawa and Minoru Kihara`.
  while (comma > 0 && (view.lower(comma) === 'and' || view.form(comma) === ',') && view.mentionAt(comma - 1)?.type === 'PERSON') {
    comma = view.mentionAt(comma - 1)!.firstToken - 1;
  }
  if (comma < 1 || view.form(comma) !== ',') return null;
  const start = Math.max(view.sentenceStart(comma), comma - GROUP_WORDS);
  if (!/s$/.test(view.lower(comma - 1))) return null;
  for (let k = comma - 1; k >= start; k--) {
    if (/^[,.;:]$/.test(view.form(k)) || view.mentionAt(k)?.type === 'PERSON') return null;
    const country = countryAt(view, k, dictionary);
    if (country !== null) return country;
  }
  return null;
}

/** `NAME, who …,`: a place named in the clause gives the country. */
function placeInRelativeClause(view: TokenView, mention: DraftMention, dictionary: ActorDictionary): string | null {
  const comma = mention.endToken;
  const stop = view.sentenceStop(mention.firstToken);
  if (comma + 1 >= stop || view.form(comma) !== ',' || !RELATIVE_PRONOUNS.has(view.lower(comma + 1))) return null;
  for (let k = comma + 2; k < stop && !/^[,.;:]$/.test(view.form(k)); k++) {
    const place = view.mentionAt(k);
    if (place?.type !== 'GPE') continue;
    const country = dictionary.countryOf(view.text.slice(place.start, place.end)) ?? dictionary.countryOfName(view.text.slice(place.start, place.end))?.country ?? null;
    if (country !== null) return country;
  }
  return null;
}
