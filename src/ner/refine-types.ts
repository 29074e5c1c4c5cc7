// From the model's four CoNLL types to the fine types newsgraph reports. Each rule
// looks at one thing: the gazetteer category of the whole name, or its head word.
//   LOC  → GPE  a country, state, province or city (`Japan`, `Tokyo`, `Siem Reap`)
//        → LOC  a region, sea, river or mountain (`Indo-Pacific`, `South China Sea`)
//        → FAC  a building or structure (`Iikura Guest House`, `Narita Airport`)
//   MISC → NORP nationalities, religions, political groups (`Japanese`, `Muslims`)
//        → EVENT wars, summits, games, storms (`Korean War`, `Siem Reap-Angkor Summit`)
//        → ORG  an institution named after a place (`Indo-Pacific Command`)
//   PER  → PERSON, or EVENT when only an event can be named so (`Angkor Summit`, `Cyclone Chido`)
//   ORG stays ORG (except facilities named like one: `Heathrow Airport`, and a country or
//       large capital read as its government: `Kyiv's delegation` is a GPE, as the
//       contract has capitals used as governments; issue 4 makes them actors)
// A LOC with no evidence either way is a GPE: most places named in news are.

import type { LexicalAttributes } from '../language/lexical.js';
import type { TokenSequence } from '../language/tokens.js';
import { GAZ, type Gazetteer } from './gazetteer.js';
import type { CoarseType } from './labels.js';
import { WordSet, words } from './word-set.js';

export type EntityLabel = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'MISC';

const FACILITY_HEADS = words(`airport airbase base bridge tunnel stadium arena hospital house palace
  tower towers building centre center station terminal port harbour harbor dam plant reactor prison jail
  embassy consulate hotel museum cathedral church mosque temple synagogue square avenue street road highway
  boulevard railway railroad pier`);
// Facilities that news also names as organisations (`Heathrow Airport said ...`) are FAC only by these heads.
const STRONG_FACILITY_HEADS = words('airport airbase bridge tunnel stadium arena dam house');
const GEOGRAPHIC_HEADS = words(`sea seas ocean river lake lakes mountain mountains mount mt mt. gulf bay strait
  straits island islands peninsula valley desert coast plateau basin canal channel delta glacier volcano
  region hills range reef cape forest`);
const GEOGRAPHIC_FIRST = words('mount mt mt. lake gulf cape isle');
const EVENT_HEADS = words(`war wars battle siege revolution uprising summit conference olympics olympiad games
  cup championship championships tournament open marathon festival expo election elections referendum
  crisis massacre genocide holocaust attack attacks bombing bombings meeting talks forum rally congress
  derby prix series classic trophy parade`);
// Heads strong enough to override an ORG or LOC reading (`World Economic Forum` stays ORG).
const STRONG_EVENT_HEADS = words('war wars battle siege revolution olympics olympiad summit championship championships tournament massacre genocide');
// Heads of institutions the model may read as places (not `bank`, `union`: `West Bank`, `Soviet Union`).
const ORGANISATION_HEADS = words(`command ministry department agency council committee commission party army navy
  police university college institute corporation association federation court parliament assembly senate
  authority administration company`);
// `Battle of Antietam`, `Siege of Petersburg`, `Cyclone Chido`, `Hurricane Helene`.
const EVENT_FIRST = words('battle siege cyclone hurricane typhoon');
const NORP_WORDS = words(`muslim muslims christian christians catholic catholics protestant protestants jew jews
  jewish hindu hindus sikh sikhs buddhist buddhists sunni sunnis shia shiite shiites shi'ite islamist islamists
  republican republicans democrat democrats communist communists socialist socialists conservative conservatives
  liberal liberals labour tory tories maoist maoists marxist marxists zionist zionists nationalist nationalists`);

export class TypeRefiner {
  private readonly facilityHeads = new WordSet(FACILITY_HEADS);
  private readonly strongFacilityHeads = new WordSet(STRONG_FACILITY_HEADS);
  private readonly geographicHeads = new WordSet(GEOGRAPHIC_HEADS);
  private readonly geographicFirst = new WordSet(GEOGRAPHIC_FIRST);
  private readonly eventHeads = new WordSet(EVENT_HEADS);
  private readonly strongEventHeads = new WordSet(STRONG_EVENT_HEADS);
  private readonly eventFirst = new WordSet(EVENT_FIRST);
  private readonly organisationHeads = new WordSet(ORGANISATION_HEADS);
  private readonly norpWords = new WordSet(NORP_WORDS);

  constructor(private readonly gazetteer: Gazetteer) {}

  refine(tokens: TokenSequence, lex: LexicalAttributes, start: number, end: number, type: CoarseType): EntityLabel {
    const head = lex.lower[end - 1]!;
    switch (type) {
      case 'PER':
        return this.isStrongEvent(lex, start, end) ? 'EVENT' : 'PERSON';
      case 'ORG':
        if (this.isStrongEvent(lex, start, end)) return 'EVENT';
        if (this.isCountryOrCapital(lex, start, end)) return 'GPE';
        return end - start > 1 && this.strongFacilityHeads.has(head) ? 'FAC' : 'ORG';
      case 'LOC':
        return this.refineLocation(tokens, lex, start, end, head);
      case 'MISC':
        return this.refineMisc(tokens, lex, start, end, head);
    }
  }

  private refineLocation(tokens: TokenSequence, lex: LexicalAttributes, start: number, end: number, head: number): EntityLabel {
    const categories = this.gazetteer.categoriesOf(lex, start, end);
    if ((categories & GAZ.region) !== 0) return 'LOC';
    if ((categories & (GAZ.country | GAZ.city | GAZ.place)) !== 0) return 'GPE';
    // `Ukrainian forces`, `East Asian`: a demonym tagged as a place.
    if ((categories & GAZ.demonym) !== 0 || this.isDemonym(tokens, lex, end - 1)) return 'NORP';
    if (this.isStrongEvent(lex, start, end)) return 'EVENT';
    if (end - start > 1 && this.organisationHeads.has(head)) return 'ORG';
    if (end - start > 1 && this.facilityHeads.has(head)) return 'FAC';
    if (this.geographicHeads.has(head) || this.geographicFirst.has(lex.lower[start]!)) return 'LOC';
    return 'GPE';
  }

  private refineMisc(tokens: TokenSequence, lex: LexicalAttributes, start: number, end: number, head: number): EntityLabel {
    if (this.eventHeads.has(head) || this.isStrongEvent(lex, start, end)) return 'EVENT';
    if (this.norpWords.has(head) || this.isDemonym(tokens, lex, end - 1)) return 'NORP';
    return 'MISC';
  }

  /** `Kyiv` in `Kyiv's delegation`: a country or a large capital, and nothing else the gazetteer knows. */
  private isCountryOrCapital(lex: LexicalAttributes, start: number, end: number): boolean {
    const categories = this.gazetteer.categoriesOf(lex, start, end);
    return (categories & (GAZ.country | GAZ.capital)) !== 0 && (categories & (GAZ.org | GAZ.person)) === 0;
  }

  /** A name of several words that can only be an event: `Korean War`, `Battle of Marsport`. */
  private isStrongEvent(lex: LexicalAttributes, start: number, end: number): boolean {
    return end - start > 1 && (this.strongEventHeads.has(lex.lower[end - 1]!) || this.eventFirst.has(lex.lower[start]!));
  }

  /** `Japanese`, `Ukrainians` (the plural of a listed demonym), the last word of `South Korean`. */
  private isDemonym(tokens: TokenSequence, lex: LexicalAttributes, index: number): boolean {
    if ((this.gazetteer.categoriesOf(lex, index, index + 1) & GAZ.demonym) !== 0) return true;
    const form = tokens.text.slice(tokens.starts[index]!, tokens.ends[index]!);
    return form.length > 4 && form.endsWith('s') && (this.gazetteer.categoriesOfName(form.slice(0, -1)) & GAZ.demonym) !== 0;
  }
}
