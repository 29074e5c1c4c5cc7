import type { Block, Draft } from './draft.js';
import { lineKey } from './line-shapes.js';

/** Shorter blocks may repeat for real (`“No.”` in a dialogue); a long one printed twice is a scraper's copy. */
const minimumWordsOfACopy = 4;

/** Drops the second and later printings of a body block, keeping the first in place. */
export function dropRepeats(draft: Draft): Draft {
  const seen = new Set<string>();
  const blocks: Block[] = [];
  for (const block of draft.blocks) {
    const key = lineKey(block.text);
    const isLongEnough = key.split(' ').length >= minimumWordsOfACopy;
    if (isLongEnough && seen.has(key)) continue;
    seen.add(key);
    blocks.push(block);
  }
  return { ...draft, blocks };
}
