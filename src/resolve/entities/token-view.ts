// What the entity rules read of an article: its tokens' forms, the sentence each lies in,
// and the name mention (if any) that covers each.

import { sentenceBounds, type LanguageAnalysis } from '../../document/analysis.js';
import type { DraftMention } from './entity-draft.js';

export class TokenView {
  private readonly sentenceFirst: Int32Array;
  private readonly sentenceEnd: Int32Array;
  private readonly mentionIndex: Int32Array;

  constructor(
    readonly text: string,
    readonly analysis: LanguageAnalysis,
    readonly mentions: readonly DraftMention[],
  ) {
    ({ first: this.sentenceFirst, end: this.sentenceEnd } = sentenceBounds(analysis));
    this.mentionIndex = new Int32Array(analysis.tokenCount).fill(-1);
    mentions.forEach((mention, index) => this.mentionIndex.fill(index, mention.firstToken, mention.endToken));
  }

  get count(): number {
    return this.analysis.tokenCount;
  }

  form(token: number): string {
    return this.text.slice(this.analysis.starts[token]!, this.analysis.ends[token]!);
  }

  lower(token: number): string {
    return this.form(token).toLowerCase();
  }

  isCapitalised(token: number): boolean {
    return /^\p{Lu}/u.test(this.form(token));
  }

  /** First token of the token's sentence. */
  sentenceStart(token: number): number {
    return this.sentenceFirst[token]!;
  }

  /** Token after the token's sentence. */
  sentenceStop(token: number): number {
    return this.sentenceEnd[token]!;
  }

  mentionAt(token: number): DraftMention | null {
    const index = this.mentionIndex[token]!;
    return index < 0 ? null : this.mentions[index]!;
  }

  /** The characters of tokens [first, end). */
  slice(first: number, end: number): string {
    return this.text.slice(this.analysis.starts[first]!, this.analysis.ends[end - 1]!);
  }
}
