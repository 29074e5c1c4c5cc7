// What the quote rules read of an article: its tokens with their lemmas and parse, the
// sentence and paragraph of each, and the entity mention (name, pronoun, description or
// group) that covers each token.

import { descendantRun, sentenceBounds, type LanguageAnalysis } from '../document/analysis.js';
import type { Entity, Span } from '../document/article.js';

export interface MentionOfEntity extends Span {
  readonly entity: Entity;
}

export class QuoteView {
  private readonly sentenceFirst: Int32Array;
  private readonly sentenceEnd: Int32Array;
  /** Per token, the index in `mentions` of the mention covering it, or -1. */
  private readonly mentionIndex: Int32Array;
  private readonly mentions: MentionOfEntity[] = [];
  /** Every token's children in text order, `childList[childStart[t] .. childStart[t + 1])`: the rules ask for them often. */
  private readonly childStart: Int32Array;
  private readonly childList: Int32Array;
  /** `he` and `she` the entity rules left alone, and relative pronouns (`who joked`), that a quote's speaker resolved, by token: they become mentions of the entity. */
  readonly resolvedPronouns = new Map<number, Entity>();

  constructor(
    readonly text: string,
    readonly analysis: LanguageAnalysis,
    readonly entities: readonly Entity[],
    readonly paragraphs: readonly Span[],
  ) {
    ({ first: this.sentenceFirst, end: this.sentenceEnd } = sentenceBounds(analysis));
    ({ start: this.childStart, list: this.childList } = childrenByHead(analysis.heads, analysis.tokenCount));
    this.mentionIndex = new Int32Array(analysis.tokenCount).fill(-1);
    for (const entity of entities) {
      for (const mention of entity.mentions) {
        const first = this.tokenAt(mention.start);
        const last = this.tokenAt(mention.end - 1);
        if (first < 0 || last < 0) continue;
        // A group's pronoun is a mention of each member: the first entity keeps the token.
        if (this.mentionIndex[first] !== -1) continue;
        this.mentionIndex.fill(this.mentions.length, first, last + 1);
        this.mentions.push({ start: mention.start, end: mention.end, entity });
      }
    }
  }

  get count(): number {
    return this.analysis.tokenCount;
  }

  start(token: number): number {
    return this.analysis.starts[token]!;
  }

  end(token: number): number {
    return this.analysis.ends[token]!;
  }

  form(token: number): string {
    return this.text.slice(this.analysis.starts[token]!, this.analysis.ends[token]!);
  }

  lower(token: number): string {
    return this.form(token).toLowerCase();
  }

  lemma(token: number): string {
    return this.analysis.lemmas[token]!.toLowerCase();
  }

  head(token: number): number {
    return this.analysis.heads[token]!;
  }

  deprel(token: number): string {
    return this.analysis.deprels[token]!;
  }

  upos(token: number): string {
    return this.analysis.upos[token]!;
  }

  sentenceStart(token: number): number {
    return this.sentenceFirst[token]!;
  }

  sentenceStop(token: number): number {
    return this.sentenceEnd[token]!;
  }

  /** The token whose characters hold `offset`, else the first token after it; -1 past the last token. */
  tokenAt(offset: number): number {
    const { starts, ends } = this.analysis;
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (ends[middle]! <= offset) low = middle + 1;
      else {
        found = middle;
        high = middle - 1;
      }
    }
    return found;
  }

  /** The last token that ends at or before `offset`, or -1. */
  tokenBefore(offset: number): number {
    const first = this.tokenAt(offset);
    const candidate = first < 0 ? this.count - 1 : this.start(first) < offset ? first : first - 1;
    return candidate >= 0 && this.end(candidate) <= offset ? candidate : candidate - 1;
  }

  mentionAt(token: number): MentionOfEntity | null {
    const index = this.mentionIndex[token]!;
    return index < 0 ? null : this.mentions[index]!;
  }

  /** The paragraph holding `offset`, as its index, or -1. */
  paragraphOf(offset: number): number {
    return this.paragraphs.findIndex((paragraph) => paragraph.start <= offset && offset < paragraph.end);
  }

  /** Children of a token in the parse, in text order. */
  children(token: number): number[] {
    return Array.from(this.childList.subarray(this.childStart[token]!, this.childStart[token + 1]!));
  }

  /** The unbroken run of tokens around `token` that hang from it in the parse. */
  extent(token: number): { first: number; end: number } {
    return descendantRun(this.analysis.heads, token, this.sentenceStart(token), this.sentenceStop(token));
  }
}

/** The parse's children of every token, grouped by head in one array (a counting sort, so each group keeps text order). */
function childrenByHead(heads: ArrayLike<number>, count: number): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(count + 1);
  for (let t = 0; t < count; t++) if (heads[t]! >= 0) start[heads[t]! + 1]!++;
  for (let t = 0; t < count; t++) start[t + 1]! += start[t]!;
  const next = start.slice(0, count);
  const list = new Int32Array(start[count]!);
  for (let t = 0; t < count; t++) if (heads[t]! >= 0) list[next[heads[t]!]!++] = t;
  return { start, list };
}
