// Name mentions that refer to one entity within an article, in text order. A mention
// joins the first entity that one of these rules matches, else starts its own:
//   sameName           the same name, whatever the recogniser typed it (`Kyiv` … `Kyiv`),
//                      honorifics aside (`Mr Howard` … `Howard`)
//   personSurname      a one-word person mention and the latest person whose name ends
//                      with that word (`Lloyd Austin` … `Austin`; `William Ford Jr.` … `Ford`)
//   acronymOfName      an all-capitals word whose letters begin the words of an
//                      organisation's name, company words aside (`US Forces Japan` … `USFJ`,
//                      `General Motors Corporation` … `GM`)
//   organisationShort  an organisation's name without its country or company words, or the
//                      first words of just one longer name (`the Federal Reserve` after `the
//                      United States Federal Reserve`, `Ford` after `Ford Motor Company`)
//   stormName          a storm's bare name (`Hurricane Helene` … `Helene`)
//   countryAlias       another name of the same country (`US` … `the United States`)
// Then an entity named only by such a short form before its full form joins the one full
// form it fits (`Kamikawa` in a headline, `Yoko Kamikawa` below).

import type { EntityType } from '../../document/article.js';
import { isAcronymOf, nameWords } from '../../language/acronym-mentions.js';
import { actorKey, type ActorDictionary } from '../actors/actor-dictionary.js';
import type { DraftMention, EntityDraft } from './entity-draft.js';

const ACRONYM = /^[A-Z][A-Z&]{1,9}$/;
const EXPANDABLE: ReadonlySet<string> = new Set(['ORG', 'EVENT', 'FAC']);
const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|sir|dame|prof) /;
/** A named storm and its bare name (`Hurricane Helene` … `Helene`, which the recogniser reads as a person). */
const STORM = /^(?:hurricane|typhoon|super typhoon|cyclone|tropical storm|storm) (\S+)$/;
const GENERATIONS = / (?:jr|sr|ii|iii|iv)$/;
/** Words that make a company's full name and that its short name leaves out. */
const COMPANY_WORDS: ReadonlySet<string> = new Set(['co', 'company', 'corp', 'corporation', 'inc', 'incorporated', 'group', 'holdings', 'ltd', 'limited', 'plc', 'llc', 'ag', 'sa', 'nv', '&', 'and']);

/** The form names are compared in: the dictionaries' (no dots, no leading `the`, curly apostrophes straight), in lower case. */
export function nameKey(name: string): string {
  return actorKey(name).toLowerCase();
}

interface Named {
  readonly mention: DraftMention;
  readonly name: string;
  readonly key: string;
}

interface Cluster {
  readonly draft: EntityDraft;
  readonly names: Named[];
  country: string | null;
}

export function clusterNames(text: string, mentions: readonly DraftMention[], dictionary: ActorDictionary): EntityDraft[] {
  const clusters: Cluster[] = [];
  for (const mention of mentions) {
    const name = text.slice(mention.start, mention.end);
    const named: Named = { mention, name, key: personKey(nameKey(name), mention) };
    const country = countryOfName(name, dictionary);
    const found = sameName(clusters, named.key) ?? shortFormOf(clusters, named, dictionary) ?? countryAlias(clusters, country);
    const withKind: Named = { ...named, mention: { ...mention, kind: ACRONYM.test(name) && EXPANDABLE.has(mention.type) ? 'acronym' : 'name' } };
    if (found) {
      found.draft.mentions.push(withKind.mention);
      found.names.push(withKind);
      found.country ??= country;
    } else {
      clusters.push({ draft: newDraft(withKind.mention), names: [withKind], country });
    }
  }
  const merged = mergeEarlyShortNames(clusters, dictionary);
  for (const cluster of clusters) cluster.draft.type = typeOfFullNames(cluster.names);
  for (const draft of merged) {
    // An acronym is a short form only beside the full name (`AFP` alone is the name).
    if (draft.mentions.every((mention) => mention.kind === 'acronym')) draft.mentions.forEach((mention, index) => (draft.mentions[index] = { ...mention, kind: 'name' }));
  }
  return merged;
}

function newDraft(mention: DraftMention): EntityDraft {
  return { type: mention.type as EntityType, mentions: [mention], roles: [], contextCountry: null, isContextGroup: false, gender: null };
}

/** A person's name without honorific (`Mr Howard`: `howard`). */
function personKey(key: string, mention: DraftMention): string {
  return mention.type === 'PERSON' ? key.replace(HONORIFICS, '') : key;
}

/** The country a name is (not a capital), whatever the mention's type: `US` in `US stock markets` too. */
function countryOfName(name: string, dictionary: ActorDictionary): string | null {
  const named = dictionary.countryOfName(name);
  return named !== null && !named.isCapital ? named.country : null;
}

function sameName(clusters: readonly Cluster[], key: string): Cluster | null {
  return clusters.find((cluster) => cluster.names.some((named) => named.key === key)) ?? null;
}

/**
 * The latest cluster of which the mention is a surname, acronym or short organisation
 * name. A short organisation name must fit one cluster only; a bare surname that also
 * opens a company's name is the company (`Ford` beside `Ford Motor Company` and
 * `William Clay Ford Jr.`), unless an honorific makes it the person (`Mr Ford`).
 */
function shortFormOf(clusters: readonly Cluster[], short: Named, dictionary: ActorDictionary): Cluster | null {
  const fitting = clusters.filter((cluster) => cluster.names.some((full) => isShortFormOf(short, full, dictionary)));
  if (fitting.length === 0) return null;
  const companies = fitting.filter((cluster) => cluster.draft.type === 'ORG');
  if (short.mention.type === 'PERSON' && companies.length === 1 && !HONORIFICS.test(nameKey(short.name))) return companies[0]!;
  if (short.mention.type !== 'PERSON' && !ACRONYM.test(short.name) && fitting.length > 1) return null;
  return fitting[fitting.length - 1]!;
}

function isShortFormOf(short: Named, full: Named, dictionary: ActorDictionary): boolean {
  if (full.key === short.key) return false;
  const shortType = short.mention.type;
  const fullType = full.mention.type;
  if (shortType === 'PERSON' && fullType === 'PERSON') return isSurnameOf(short.key, full.key);
  if (fullType === 'EVENT' && STORM.exec(full.key)?.[1] === short.key) return true;
  if (!EXPANDABLE.has(fullType)) return false;
  if (ACRONYM.test(short.name) && shortType !== 'PERSON') return isAcronymOf(short.name, nameWords(full.name)) || isAcronymOf(short.name, withoutCompanyWords(nameWords(full.name)));
  // The recogniser often takes a company's short name for a person's (`Ford`, `Lockheed`); never for a place's.
  if (fullType !== 'ORG' || (shortType !== 'ORG' && shortType !== 'PERSON')) return false;
  if (shortType === 'PERSON' && short.key.includes(' ')) return false;
  return isShortOrganisationName(short.key, full.key, dictionary);
}

function isSurnameOf(short: string, full: string): boolean {
  if (short.includes(' ')) return false;
  const words = full.replace(GENERATIONS, '').split(' ');
  return words.length > 1 && words[words.length - 1] === short;
}

function withoutCompanyWords(words: readonly string[]): string[] {
  let end = words.length;
  while (end > 1 && COMPANY_WORDS.has(words[end - 1]!.toLowerCase().replace(/\./g, ''))) end--;
  return words.slice(0, end);
}

/** `federal reserve` of `united states federal reserve`, `chrysler` of `chrysler group`, `ford` of `ford motor company`. */
function isShortOrganisationName(short: string, full: string, dictionary: ActorDictionary): boolean {
  const fullWords = full.split(' ');
  let first = 0;
  while (first < fullWords.length - 1 && dictionary.countryOf(fullWords.slice(0, first + 1).join(' ')) !== null) first++;
  const core = withoutCompanyWords(fullWords.slice(first)).join(' ');
  if (core === short || fullWords.slice(first).join(' ') === short) return true;
  return full.startsWith(`${short} `);
}

function countryAlias(clusters: readonly Cluster[], country: string | null): Cluster | null {
  if (country === null) return null;
  return clusters.find((cluster) => cluster.country === country) ?? null;
}

/** A cluster named only by short forms, seen before the one full form they fit, joins it. */
function mergeEarlyShortNames(clusters: readonly Cluster[], dictionary: ActorDictionary): EntityDraft[] {
  const absorbed = new Set<Cluster>();
  for (const short of clusters) {
    const fits = clusters.filter((full) => full !== short && !absorbed.has(full) && full.draft.mentions[0]!.start > short.draft.mentions[0]!.start
      && short.names.every((named) => full.names.some((candidate) => isShortFormOf(named, candidate, dictionary))));
    if (fits.length !== 1) continue;
    const full = fits[0]!;
    full.draft.mentions.push(...short.draft.mentions);
    full.draft.mentions.sort((a, b) => a.start - b.start);
    full.names.push(...short.names);
    absorbed.add(short);
  }
  return clusters.filter((cluster) => !absorbed.has(cluster)).map((cluster) => cluster.draft);
}

/**
 * The type most of an entity's fullest names have (short forms do not vote: `Ford` read as
 * a person beside `Ford Motor Company`, `Helene` beside `Hurricane Helene`); on a tie, the
 * first one's.
 */
function typeOfFullNames(names: readonly Named[]): EntityType {
  const longest = Math.max(...names.map((named) => named.key.length));
  const full = names.filter((named) => named.key.length === longest);
  const counts = new Map<string, number>();
  for (const named of full) counts.set(named.mention.type, (counts.get(named.mention.type) ?? 0) + 1);
  let best = full[0]!.mention.type as EntityType;
  for (const [type, count] of counts) if (count > counts.get(best)!) best = type as EntityType;
  return best;
}
