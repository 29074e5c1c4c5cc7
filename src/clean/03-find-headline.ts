import { hasCaptionCue, splitCredit } from './credit-patterns.js';
import type { Draft } from './draft.js';
import { findDateline } from './find-dateline.js';
import { isTitleLike, lineKey } from './line-shapes.js';

/**
 * The headline is the metadata title, or else the first block when it reads like one.
 * Every later printing of it (scrapers repeat it around the photo block) is dropped.
 */
export function findHeadline(draft: Draft): Draft {
  const title = draft.title ?? headlineFromFirstBlock(draft);
  if (title === null) return draft;
  const key = lineKey(title);
  return { ...draft, title, blocks: draft.blocks.filter((block) => block.key !== key) };
}

function headlineFromFirstBlock(draft: Draft): string | null {
  if (!draft.mayTakeHeadlineFromBody) return null;
  // Figcaptions are read before the body, so the first block of the body may come after them.
  const first = draft.blocks.find((block) => !block.isFigcaption);
  if (!first || !isTitleLike(first.text)) return null;
  // Nor a caption (`A man walks. REUTERS/X` has no final period) nor a dateline lead.
  if (splitCredit(first.text).credit !== null || hasCaptionCue(first.text) || findDateline(first.text) !== null) return null;
  return first.text;
}
