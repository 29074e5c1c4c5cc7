// A place mention as the rules pass it on, and the name it is looked up by.

import type { Span } from '../../document/article.js';
import type { GazetteerPlace } from './place-gazetteer.js';

export interface PlaceMention extends Span {
  /** The name looked up in the gazetteer. */
  readonly name: string;
  readonly candidates: readonly GazetteerPlace[];
  /** `X province`, `X state`: only first-level divisions (or their seats) fit. */
  readonly isDivision: boolean;
  /** `Y, Z`: the place Z that contains this one. */
  readonly container: GazetteerPlace | null;
  /** `Y in the suburbs of Z`: the mention Z this unknown place lies near. */
  readonly anchor: Span | null;
  /** Read as a place on weak evidence (`in Lombard`, typed PERSON): kept only where the article's other places support it. */
  readonly needsSupport?: boolean;
  /** Support from a place of the same country is enough (`Toledo Blade` in a story that names Ohio or the US). */
  readonly isCountrySupportEnough?: boolean;
}

/** The mention's text without a leading article, a trailing possessive or `-based` (`Sydney-based`). */
export function nameOfMention(mentionText: string): string {
  return mentionText.replace(/^the\s+/i, '').replace(/['’]s?$/, '').replace(/-based$/i, '').trim();
}

/** The span of the name inside a mention: `the West Bank` → `West Bank`, `Sydney-based` → `Sydney`. */
export function nameSpan(text: string, span: Span): { span: Span; name: string } {
  const mentionText = text.slice(span.start, span.end);
  const name = nameOfMention(mentionText);
  const start = span.start + Math.max(0, mentionText.indexOf(name));
  return { span: { start, end: start + name.length }, name };
}

export function plainMention(span: Span, name: string, candidates: readonly GazetteerPlace[]): PlaceMention {
  return { start: span.start, end: span.end, name, candidates, isDivision: false, container: null, anchor: null };
}
