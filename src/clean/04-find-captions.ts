import { hasCaptionCue, splitCredit } from './credit-patterns.js';
import type { Block, Draft, DraftCaption } from './draft.js';
import { lineKey } from './line-shapes.js';

/**
 * Photo captions: a block with a credit (`REUTERS/Issei Kato`, `(AFP)`) or a
 * `<figcaption>`, anywhere; a block with a caption cue (`(L-R)`, `pictured`) only in
 * the head, before the body starts. Each distinct caption is kept once, and every
 * other printing of it, with or without its credit, is dropped.
 */
export function findCaptions(draft: Draft): Draft {
  const captions: DraftCaption[] = [...draft.captions];
  const seen = new Set(captions.flatMap((caption) => captionKeys(caption)));
  const rest: Block[] = [];
  let isInHead = true;
  for (const block of draft.blocks) {
    if (seen.has(block.key)) continue;
    const caption = readCaption(block, isInHead);
    if (caption) {
      captions.push(caption);
      for (const captionKey of captionKeys(caption)) seen.add(captionKey);
      continue;
    }
    isInHead = false;
    rest.push(block);
  }
  // A copy printed before its caption (without the credit) goes too.
  const blocks = rest.filter((block) => !seen.has(block.key));
  return { ...draft, captions, blocks };
}

function readCaption(block: Block, isInHead: boolean): DraftCaption | null {
  if (block.markedCredit !== null && block.text.endsWith(block.markedCredit)) {
    const creditStart = block.text.length - block.markedCredit.length;
    return { line: block.text, textEnd: block.text.slice(0, creditStart).trimEnd().length, creditStart, creditEnd: block.text.length };
  }
  const split = splitCredit(block.text);
  if (split.credit !== null) return { line: block.text, textEnd: split.captionEnd, creditStart: split.creditStart, creditEnd: split.creditEnd };
  if (block.isFigcaption || (isInHead && hasCaptionCue(block.text))) return { line: block.text, textEnd: block.text.length, creditStart: null, creditEnd: null };
  return null;
}

/** A caption is recognised again by its whole line or by its text without the credit. */
function captionKeys(caption: DraftCaption): string[] {
  const keys = [lineKey(caption.line)];
  if (caption.creditStart !== null) keys.push(lineKey(caption.line.slice(0, caption.textEnd)));
  return keys.filter((key) => key.length > 0);
}
