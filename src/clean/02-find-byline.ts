import type { Draft } from './draft.js';

/** How many blocks from the top a byline may stand. */
const bylineReach = 6;

// `By Jane Smith`, `By JANE SMITH and JOHN DOE, Associated Press`, `By Jane Smith | Reuters`
const byline = /^By\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|and|&|de|van|von|al|bin|da))*(?:\s*(?:,|\||·|-|–|—)\s*[\p{Lu}][\p{L}\p{M}'’.& ]*)?)$/u;

/** Takes a byline from the top of the document; metadata's byline wins when both exist. */
export function findByline(draft: Draft): Draft {
  const index = draft.blocks.findIndex((block, i) => i < bylineReach && !block.isFigcaption && isByline(block.text));
  if (index < 0) return draft;
  const found = byline.exec(draft.blocks[index]!.text)![1]!.trim();
  return { ...draft, byline: draft.byline ?? found, blocks: draft.blocks.filter((_, i) => i !== index) };
}

export function isByline(text: string): boolean {
  return text.split(/\s+/).length <= 14 && byline.test(text);
}
