import type { Block, Draft } from './draft.js';

/** Shorter blocks may repeat for real (`“No.”` in a dialogue); a long one printed twice is a scraper's copy. */
const minimumWordsOfACopy = 4;

/** Drops the second and later printings of a body block, keeping the first in place. */
export function dropRepeats(draft: Draft): Draft {
  const seen = new Set<string>();
  const blocks: Block[] = [];
  for (const block of draft.blocks) {
    if (seen.has(block.key) && hasWords(block.key, minimumWordsOfACopy)) continue;
    seen.add(block.key);
    blocks.push(block);
  }
  return { ...draft, blocks };
}

function hasWords(key: string, count: number): boolean {
  let spaces = 0;
  for (let at = key.indexOf(' '); at >= 0 && spaces < count - 1; at = key.indexOf(' ', at + 1)) spaces += 1;
  return spaces >= count - 1;
}
