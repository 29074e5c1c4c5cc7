import type { Draft } from './draft.js';
import { isResidueLine } from './line-shapes.js';

/** Drops scraper residue (`TT`, `Advertisement`, `Share`), keeping the blank-line count of what follows. */
export function dropResidue(draft: Draft): Draft {
  const blocks = [];
  let carriedBlankLines = 0;
  for (const block of draft.blocks) {
    if (!block.isFigcaption && isResidueLine(block.text)) {
      carriedBlankLines = Math.max(carriedBlankLines, block.blankLinesBefore);
      continue;
    }
    blocks.push(carriedBlankLines > block.blankLinesBefore ? { ...block, blankLinesBefore: carriedBlankLines } : block);
    carriedBlankLines = 0;
  }
  return { ...draft, blocks };
}
