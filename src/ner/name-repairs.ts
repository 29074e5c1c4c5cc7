// Repairs of the recogniser's spans that its features cannot see, each one pattern:
//   - An organisation named by its purpose, `International Campaign to Ban Landmines`,
//     `Committee to Protect Journalists`: the model stops at `to` and reads the rest as
//     another name. A name ending in an organisation head, then `to` and a capitalised
//     run, becomes one ORG (not in headlines, where every word is capitalised).
//   - A title-case headline capitalises verbs next to names (`Decision to Supply
//     Ukraine`): leading words that running text writes in lower case are dropped from a
//     place or nationality when what remains is a listed name and the whole is not.
//     (Not from a person: surnames that are also words, `Justin Rose`, `Davis Love`,
//     cost more on CoNLL than `Europa Clipper Lifts Off` gains.)
//   - A country right before an organisation names the country's own (`US Indo-Pacific
//     Command`, as CoNLL and OntoNotes mark `U.S. Agriculture Department`), and so does
//     a country's forces stationed in another (`US Forces Japan`): one ORG.
//   - `Cyclone` before a name the model found (`Chido`) makes one EVENT, a named storm.
//   - A run of capitalised words ending in a word that names an event or a body
//     (`Extended Deterrence Ministerial Meeting`, `Siem Reap-Angkor Summit`, `Give It A
//     Name Festival`, `Second Battle of Bull Run`, `Japan-US Security Consultative
//     Committee`) is one EVENT or ORG, over the places the model found inside it. The
//     model knows such names from few examples; the head says what they are. Not in
//     headlines, and not when a mention reaches outside the run.

import { FLAG_UPPER_INITIAL, type LexicalAttributes } from '../language/lexical.js';
import { GAZ, type Gazetteer } from './gazetteer.js';
import type { EntityLabel } from './refine-types.js';
import { casingBucket, type WordClusters } from './word-clusters.js';
import { WordSet, words } from './word-set.js';

export interface EntitySpan {
  firstToken: number;
  endToken: number;
  label: EntityLabel;
}

const PURPOSE_ORGANISATION_HEADS = words(`campaign coalition committee movement foundation alliance fund council
  association society league network initiative centre center organization organisation institute project
  commission federation union partnership trust`);
// Small words a purpose name may hold between capitalised ones (`Coalition to Stop the Use of Child Soldiers`);
// not `in` or `and`, which more often start what follows the name (`... Journalists in Kyiv`).
const PURPOSE_CONNECTORS = words('the of');
// Words that begin names of places, listed or not (`Northern Ireland`, `Central Sylvania`): never dropped.
const PLACE_PREFIXES = words(`north south east west northern southern eastern western central upper lower
  greater new old inner outer far near mid middle`);
// Named storms: `Cyclone Chido`, `Hurricane Helene`, `Typhoon Haiyan`.
const STORM_WORDS = words('cyclone hurricane typhoon');
// `US Forces Japan`, `US Army Europe`: a country's forces stationed in another.
const MILITARY_COMMAND_WORDS = words('forces army navy marines command');
// Heads that end a capitalised run naming an event (a meeting, a contest, a war, a
// prize); `battle` and `siege` name their place after `of`.
const EVENT_RUN_HEADS = words(`meeting summit conference talks dialogue festival championship championships cup games
  olympics tournament war awards award prize`);
const OF_EVENT_HEADS = words('battle siege');
// Heads that end a capitalised run naming a body (ORG).
const BODY_HEADS = words(`committee commission council corps regiment brigade division university institute
  association federation league society records band orchestra school college academy`);
// Capitalised words that open a run without belonging to the name (`In July United
// Nations Conference ...`), besides a sentence's first word when running text writes it
// in lower case (`But Commission officials ...`).
const RUN_OPENERS = words(`the a an this that these its their his her our january february march april may june
  july august september october november december monday tuesday wednesday thursday friday saturday sunday`);
// A run right after one of these and a capitalised word is the tail of a longer name (`Ways and Means Committee`).
const NAME_JOINERS = words('and of for & de');
const PLACE_CATEGORIES = GAZ.country | GAZ.city | GAZ.place | GAZ.region | GAZ.demonym;
/** Casing buckets of data/ner/clusters.tsv: 1 never capitalised mid-sentence, 2 rarely. */
const MOSTLY_LOWER_CASING = 2;

export class NameRepairs {
  private readonly purposeHeads = new WordSet(PURPOSE_ORGANISATION_HEADS);
  private readonly connectors = new WordSet(PURPOSE_CONNECTORS);
  private readonly to = new WordSet(['to']);
  private readonly placePrefixes = new WordSet(PLACE_PREFIXES);
  private readonly forces = new WordSet(MILITARY_COMMAND_WORDS);
  private readonly stormWords = new WordSet(STORM_WORDS);
  private readonly eventRunHeads = new WordSet(EVENT_RUN_HEADS);
  private readonly bodyHeads = new WordSet(BODY_HEADS);
  private readonly ofEventHeads = new WordSet(OF_EVENT_HEADS);
  private readonly of = new WordSet(['of']);
  private readonly runOpeners = new WordSet(RUN_OPENERS);
  private readonly hyphen = new WordSet(['-']);
  private readonly nameJoiners = new WordSet(NAME_JOINERS);

  constructor(private readonly gazetteer: Gazetteer, private readonly clusters: WordClusters) {}

  /** Repairs the sorted, non-overlapping `spans` of sentence [first, end) in place; returns the spans kept. */
  repair(lex: LexicalAttributes, first: number, end: number, isHeadline: boolean, spans: EntitySpan[]): EntitySpan[] {
    for (const span of spans) this.joinStormWord(lex, first, span, spans);
    if (isHeadline) {
      for (const span of spans) this.trimHeadlineVerbs(lex, span);
      return spans;
    }
    const kept: EntitySpan[] = [];
    for (const span of this.withHeadedNames(lex, first, end, spans)) {
      const previous = kept[kept.length - 1];
      // Swallowed by the purpose name before it.
      if (previous && span.firstToken < previous.endToken) continue;
      if (previous && this.isCountryInstitution(lex, previous, span)) {
        previous.label = 'ORG';
        previous.endToken = span.endToken;
        continue;
      }
      if (span.label === 'ORG') span.endToken = this.purposeNameEnd(lex, span.endToken, end);
      kept.push(span);
    }
    return kept;
  }

  /** The spans with each capitalised run that ends in an event or body head made one name, over the spans inside it. */
  private withHeadedNames(lex: LexicalAttributes, first: number, end: number, spans: EntitySpan[]): EntitySpan[] {
    let result = spans;
    for (let k = first; k < end; k++) {
      if (!isCapitalised(lex, k)) continue;
      let runEnd = this.capitalisedRunEnd(lex, k + 1, end);
      const isTail = k - 2 >= first && this.nameJoiners.has(lex.lower[k - 1]!) && isCapitalised(lex, k - 2);
      let runStart = k;
      // A sentence's first word is capitalised whatever it is: dropped when running text writes it in lower case.
      while (runStart < runEnd && (this.runOpeners.has(lex.lower[runStart]!) || (runStart === first && this.isMostlyLower(lex, runStart)))) runStart++;
      const head = lex.lower[runEnd - 1]!;
      // `Battle of Bull Run`, `Siege of Petersburg`: the name goes on through `of` and the capitalised run after it.
      if (this.ofEventHeads.has(head) && runEnd + 1 < end && this.of.has(lex.lower[runEnd]!) && isCapitalised(lex, runEnd + 1)) {
        runEnd = this.capitalisedRunEnd(lex, runEnd + 2, end);
      }
      k = runEnd - 1;
      if (isTail) continue;
      const label: EntityLabel | null = this.eventRunHeads.has(head) || this.ofEventHeads.has(head) ? 'EVENT' : this.bodyHeads.has(head) ? 'ORG' : null;
      if (!label || runEnd - runStart < 2) continue;
      const inside = (span: EntitySpan): boolean => span.firstToken >= runStart && span.endToken <= runEnd;
      const overlaps = (span: EntitySpan): boolean => span.firstToken < runEnd && runStart < span.endToken;
      if (result.some((span) => overlaps(span) && (!inside(span) || (span.firstToken === runStart && span.endToken === runEnd)))) continue;
      result = [...result.filter((span) => !overlaps(span)), { firstToken: runStart, endToken: runEnd, label }].sort((a, b) => a.firstToken - b.firstToken);
    }
    return result;
  }

  /** Where a run of capitalised tokens from `from` ends; a hyphen between two capitalised tokens joins them (`Siem Reap - Angkor`). */
  private capitalisedRunEnd(lex: LexicalAttributes, from: number, end: number): number {
    let runEnd = from;
    while (runEnd < end && (isCapitalised(lex, runEnd) || (this.hyphen.has(lex.lower[runEnd]!) && runEnd + 1 < end && isCapitalised(lex, runEnd + 1)))) runEnd++;
    return runEnd;
  }

  /** `Cyclone` + `Chido`: a named storm is one EVENT, whatever the model took the name for. */
  private joinStormWord(lex: LexicalAttributes, first: number, span: EntitySpan, spans: readonly EntitySpan[]): void {
    const before = span.firstToken - 1;
    if (span.label === 'EVENT' || before < first || !isCapitalised(lex, before) || !this.stormWords.has(lex.lower[before]!)) return;
    // The word before is not already part of another mention.
    if (spans.some((other) => other !== span && other.firstToken <= before && before < other.endToken)) return;
    span.firstToken = before;
    span.label = 'EVENT';
  }

  /** `US` + `Indo-Pacific Command`, or `US` `Forces` `Japan`: one organisation of a country. */
  private isCountryInstitution(lex: LexicalAttributes, country: EntitySpan, span: EntitySpan): boolean {
    if (country.label !== 'GPE') return false;
    if (span.label === 'ORG') return span.firstToken === country.endToken;
    const between = country.endToken;
    return span.label === 'GPE' && span.firstToken === between + 1 && isCapitalised(lex, between) && this.forces.has(lex.lower[between]!);
  }

  /** Where an ORG ending at `nameEnd` ends once `to` + a capitalised run is added, if it has a purpose. */
  private purposeNameEnd(lex: LexicalAttributes, nameEnd: number, end: number): number {
    if (!this.purposeHeads.has(lex.lower[nameEnd - 1]!) || nameEnd + 1 >= end || !this.to.has(lex.lower[nameEnd]!)) return nameEnd;
    let last = -1;
    for (let k = nameEnd + 1; k < end; k++) {
      if (isCapitalised(lex, k)) last = k;
      else if (last < 0 || !this.connectors.has(lex.lower[k]!)) break;
    }
    return last < 0 ? nameEnd : last + 1;
  }

  private trimHeadlineVerbs(lex: LexicalAttributes, span: EntitySpan): void {
    if (span.label !== 'GPE' && span.label !== 'LOC' && span.label !== 'NORP') return;
    if (span.endToken - span.firstToken < 2 || this.gazetteer.categoriesOf(lex, span.firstToken, span.endToken) !== 0) return;
    let first = span.firstToken;
    while (first < span.endToken - 1 && this.isMostlyLower(lex, first) && !this.placePrefixes.has(lex.lower[first]!)) first++;
    if (first > span.firstToken && (this.gazetteer.categoriesOf(lex, first, span.endToken) & PLACE_CATEGORIES) !== 0) span.firstToken = first;
  }

  private isMostlyLower(lex: LexicalAttributes, k: number): boolean {
    const casing = casingBucket(this.clusters.clusterOf(lex.lower[k]!));
    return casing > 0 && casing <= MOSTLY_LOWER_CASING;
  }
}

function isCapitalised(lex: LexicalAttributes, k: number): boolean {
  return (lex.flags[k]! & FLAG_UPPER_INITIAL) !== 0;
}
