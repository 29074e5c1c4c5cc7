// Name mentions that refer to one entity within an article, in text order. A mention
// joins the first entity that one of these rules matches, else starts its own:
//   sameName        the same name, whatever the recogniser typed it (`Kyiv` … `Kyiv`)
//   personSurname   a one-word person mention and the latest person whose name ends
//                   with that word (`Lloyd Austin` … `Austin`)
//   acronymOfName   an all-capitals word whose letters begin the words of an
//                   organisation's name (`US Forces Japan` … `USFJ`, `The Associated Press` … `AP`)
//   countryAlias    another name of the same country (`US` … `the United States`)
// Then an entity named only by a surname or an acronym before its full form joins the
// one full form that fits (`Kamikawa` in a headline, `Yoko Kamikawa` below).

import type { EntityType } from '../../document/article.js';
import { isAcronymOf, nameWords } from '../../language/acronym-mentions.js';
import type { ActorDictionary } from '../actors/actor-dictionary.js';
import type { DraftMention, EntityDraft } from './entity-draft.js';

const ACRONYM = /^[A-Z][A-Z&]{1,9}$/;
const EXPANDABLE: ReadonlySet<string> = new Set(['ORG', 'EVENT', 'FAC']);

/** The form names are compared in: lower case, no dots, no leading `the`, curly apostrophes straight. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[’`´]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

interface Cluster {
  readonly draft: EntityDraft;
  readonly keys: Set<string>;
  country: string | null;
}

export function clusterNames(text: string, mentions: readonly DraftMention[], dictionary: ActorDictionary): EntityDraft[] {
  const clusters: Cluster[] = [];
  for (const mention of mentions) {
    const name = text.slice(mention.start, mention.end);
    const key = nameKey(name);
    const named = mention.type === 'GPE' ? dictionary.countryOfName(name) : null;
    const country = named !== null && !named.isCapital ? named.country : null;
    const found = sameName(clusters, key) ?? personSurname(clusters, text, mention, key) ?? acronymOfName(clusters, text, mention, name) ?? countryAlias(clusters, country);
    const kind = ACRONYM.test(name) && EXPANDABLE.has(mention.type) ? 'acronym' : 'name';
    const withKind: DraftMention = { ...mention, kind };
    if (found) {
      found.draft.mentions.push(withKind);
      found.keys.add(key);
      found.country ??= country;
    } else {
      clusters.push({ draft: newDraft(withKind), keys: new Set([key]), country });
    }
  }
  const merged = mergeEarlyShortNames(clusters, text);
  for (const draft of merged) {
    draft.type = mostCommonType(draft);
    // An acronym is a short form only beside the full name (`AFP` alone is the name).
    if (draft.mentions.every((mention) => mention.kind === 'acronym')) draft.mentions.forEach((mention, index) => (draft.mentions[index] = { ...mention, kind: 'name' }));
  }
  return merged;
}

function newDraft(mention: DraftMention): EntityDraft {
  return { type: mention.type as EntityType, mentions: [mention], roles: [], contextCountry: null, isContextGroup: false, gender: null };
}

function sameName(clusters: readonly Cluster[], key: string): Cluster | null {
  return clusters.find((cluster) => cluster.keys.has(key)) ?? null;
}

function personSurname(clusters: readonly Cluster[], text: string, mention: DraftMention, key: string): Cluster | null {
  if (mention.type !== 'PERSON' || key.includes(' ')) return null;
  for (let c = clusters.length - 1; c >= 0; c--) {
    const cluster = clusters[c]!;
    if (cluster.draft.type !== 'PERSON') continue;
    if (cluster.draft.mentions.some((other) => lastWordKey(text.slice(other.start, other.end)) === key && other.endToken - other.firstToken > 1)) return cluster;
  }
  return null;
}

function acronymOfName(clusters: readonly Cluster[], text: string, mention: DraftMention, name: string): Cluster | null {
  if (!ACRONYM.test(name) || mention.type === 'PERSON') return null;
  return clusters.find((cluster) => EXPANDABLE.has(cluster.draft.type) && cluster.draft.mentions.some((other) => isAcronymOf(name, nameWords(text.slice(other.start, other.end))))) ?? null;
}

function countryAlias(clusters: readonly Cluster[], country: string | null): Cluster | null {
  if (country === null) return null;
  return clusters.find((cluster) => cluster.country === country && cluster.draft.type === 'GPE') ?? null;
}

function lastWordKey(name: string): string {
  const words = nameKey(name).split(' ');
  return words[words.length - 1]!;
}

/** A cluster of one-word person names, or of acronyms, seen before the one full form it fits, joins it. */
function mergeEarlyShortNames(clusters: readonly Cluster[], text: string): EntityDraft[] {
  const absorbed = new Set<Cluster>();
  for (const short of clusters) {
    const names = short.draft.mentions.map((mention) => text.slice(mention.start, mention.end));
    const isSurname = short.draft.type === 'PERSON' && names.every((name) => !nameKey(name).includes(' '));
    const isAcronym = names.every((name) => ACRONYM.test(name));
    if (!isSurname && !isAcronym) continue;
    const fits = clusters.filter((full) => full !== short && !absorbed.has(full) && full.draft.mentions[0]!.start > short.draft.mentions[0]!.start && (isSurname
      ? full.draft.type === 'PERSON' && full.draft.mentions.some((mention) => mention.endToken - mention.firstToken > 1 && lastWordKey(text.slice(mention.start, mention.end)) === nameKey(names[0]!))
      : EXPANDABLE.has(full.draft.type) && full.draft.mentions.some((mention) => isAcronymOf(names[0]!, nameWords(text.slice(mention.start, mention.end))))));
    if (fits.length !== 1) continue;
    const full = fits[0]!;
    full.draft.mentions.push(...short.draft.mentions.map((mention) => ({ ...mention, kind: isAcronym ? 'acronym' as const : 'name' as const })));
    full.draft.mentions.sort((a, b) => a.start - b.start);
    absorbed.add(short);
  }
  return clusters.filter((cluster) => !absorbed.has(cluster)).map((cluster) => cluster.draft);
}

/** The type most of an entity's name mentions have; on a tie, its first mention's. */
function mostCommonType(draft: EntityDraft): EntityType {
  const counts = new Map<string, number>();
  for (const mention of draft.mentions) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
  let best = draft.mentions[0]!.type as EntityType;
  for (const [type, count] of counts) if (count > counts.get(best)!) best = type as EntityType;
  return best;
}
