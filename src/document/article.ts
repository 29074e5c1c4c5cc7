// The one data model. `text` is final once `clean` has made the article; every
// other layer is spans into it (UTF-16 offsets, end exclusive). Field names of
// `Article` are the output contract of DESIGN.md: tools and tests read them.

import type { LanguageAnalysis } from './analysis.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT';

export type InputFormat = 'text' | 'html' | 'feed' | 'jsonl';

export interface ArticleSource {
  readonly path: string | null;
  readonly url: string | null;
  /** Position of the document within its source: article, item or record number, from 0. */
  readonly index: number;
  readonly format: InputFormat;
  /** 1-based line where the document starts (text dumps, JSON Lines). */
  readonly line: number | null;
  /** Byte range in the source file (in the decompressed stream for gzip). */
  readonly byteStart: number | null;
  readonly byteEnd: number | null;
  /** The record's own id, when the input gave one (JSON Lines `id`). */
  readonly externalId: string | null;
}

export interface Caption extends Span {
  /** The caption without its credit; equals `text.slice(start, end)`. */
  readonly text: string;
  readonly credit: string | null;
  readonly creditSpan: Span | null;
}

export interface Dateline extends Span {
  /** Place as printed: `TOKYO`, `KYIV, Ukraine`. */
  readonly place: string;
  readonly agency: string | null;
  /** Date as printed inside the dateline (`July 28`), if any. */
  readonly dateText: string | null;
}

/** A date found in a caption or dateline, kept as the reference date for relative dates (issue 4). */
export interface ReferenceDate extends Span {
  readonly text: string;
  readonly value: string;
  readonly from: 'caption' | 'dateline';
}

export interface EntityMention extends Span {
  readonly text: string;
  /** How the mention names the entity: by name, by an acronym of it, by a pronoun, or by a description of an unnamed person's office (set by the resolve stage). */
  readonly kind?: 'name' | 'acronym' | 'pronoun' | 'description';
}

/** A title or role the article states for a person, with the characters that state it. */
export interface RoleMention extends Span {
  /** The role as printed, without country words before it: `Secretary of State`. */
  readonly role: string;
  /** ISO3 of the country the role belongs to, stated or taken from the list it stands in. */
  readonly country: string | null;
  /** The organisation's name, when the role states one. */
  readonly organisation: string | null;
}

export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly roles: readonly string[];
  readonly country: string | null;
  readonly actorCode: string | null;
  readonly mentions: readonly EntityMention[];
  /** Where each role in `roles` is stated (resolve stage). */
  readonly roleMentions?: readonly RoleMention[];
}

export interface Place {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string | null;
  readonly gazetteerId: string | null;
  readonly mentions: readonly Span[];
}

export interface DateValue extends Span {
  readonly text: string;
  readonly value: string;
}

export interface Amount extends Span {
  readonly text: string;
  readonly value: number;
  readonly unit: string | null;
  /** `more than`, `nearly`, `up to`: the words that bound or soften the number, lower case; null when none. */
  readonly qualifier: string | null;
}

export interface Quote extends Span {
  readonly text: string;
  readonly kind: 'direct' | 'indirect' | 'mixed';
  /** The speaking entity's id, or null when no entity is (`the ministers`, a placard) or none is in reach. */
  readonly speaker: string | null;
  readonly speakerName: string | null;
  /** The cue as printed (`said`, `told`, `according to`); null when the speaker is inherited from the quote before. */
  readonly cue: string | null;
  /** What kind of source speaks: a person, an organisation, a group, a place (a capital as its government), a statement, or an object (a placard). */
  readonly speakerKind?: 'person' | 'organisation' | 'group' | 'place' | 'statement' | 'object' | null;
  /** Where the words were said: `told AFP` → `AFP`, `in a joint statement` → `a joint statement`. */
  readonly medium?: string | null;
  /** `According to The Associated Press, the ministers said …`: who reports the speaker's words. */
  readonly reportedBy?: { readonly entity: string | null; readonly name: string } | null;
  /** The rule that found the speaker (`speakerAfterClosingQuote`, `continuedParagraph`, …). */
  readonly rule?: string;
}

export interface EventActor {
  readonly entity: string | null;
  readonly name: string | null;
  readonly actorCode: string | null;
}

export interface NewsEvent {
  readonly type: string;
  readonly mode: string | null;
  readonly cameo: string | null;
  readonly source: EventActor;
  readonly target: EventActor;
  readonly place: { readonly name: string; readonly lat: number; readonly lon: number; readonly country: string | null } | null;
  readonly date: string | null;
  readonly negated: boolean;
  readonly sentence: Span;
  readonly trigger: Span;
  readonly confidence: number;
}

export interface Article {
  readonly id: string;
  readonly source: ArticleSource;
  readonly title: string;
  readonly publishedAt: string | null;
  readonly text: string;
  readonly captions: readonly Caption[];
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  readonly entities: readonly Entity[];
  readonly places: readonly Place[];
  readonly dates: readonly DateValue[];
  readonly amounts: readonly Amount[];
  readonly quotes: readonly Quote[];
  readonly events: readonly NewsEvent[];
  // Fields beyond the contract's list; they keep their meaning too.
  /** Span of the headline inside `text`, or null when the document had none. */
  readonly titleSpan: Span | null;
  readonly byline: string | null;
  readonly dateline: Dateline | null;
  readonly referenceDates: readonly ReferenceDate[];
  /** Tokens, tags, lemmas, dependency trees and mentions; null until the language stage runs. Not part of the JSON output. */
  readonly analysis: LanguageAnalysis | null;
  /** Layers that stages have filled; an empty layer not listed here was not computed. */
  readonly layers: readonly Layer[];
  /** Things cleaning noticed but did not treat as errors, e.g. an unparseable date. */
  readonly warnings: readonly string[];
}

export type Layer =
  | 'text'
  | 'captions'
  | 'paragraphs'
  | 'sentences'
  | 'entities'
  | 'places'
  | 'dates'
  | 'amounts'
  | 'quotes'
  | 'events';

/**
 * The article as the output contract's JSON. The in-memory `analysis` is never part of
 * it, whether it holds an analysis, or null (read from the store, or made in a worker).
 * The store passes `text: null`, as it keeps the text in a column of its own.
 */
export function articleJSON(article: Article | (Omit<Article, 'text'> & { readonly text: null }), indent?: number): string {
  return JSON.stringify({ ...article, analysis: undefined }, null, indent);
}
