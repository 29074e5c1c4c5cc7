import type { Block } from './draft.js';

/** Hard-wrapped text keeps its lines under this length. */
const maximumWrappedLine = 100;
/** Wrapped lines, all but the last, end within this many characters of the longest. */
const raggedMargin = 30;

/**
 * Turns blocks into paragraphs. In a text dump each line is a paragraph (scrapers
 * print one per line, sometimes without a blank line between), unless a run of lines
 * is hard-wrapped prose, which stays one paragraph with its line breaks as they were.
 */
export function groupParagraphs(blocks: readonly Block[]): string[] {
  const paragraphs: string[] = [];
  let run: Block[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    if (isHardWrapped(run)) paragraphs.push(run.map((block) => block.text).join('\n'));
    else paragraphs.push(...run.map((block) => block.text));
    run = [];
  };
  for (const block of blocks) {
    if (block.isParagraph || block.blankLinesBefore > 0) flush();
    if (block.isParagraph) paragraphs.push(block.text);
    else run.push(block);
  }
  flush();
  return paragraphs;
}

function isHardWrapped(run: readonly Block[]): boolean {
  if (run.length < 2) return false;
  const lengths = run.map((block) => block.text.length);
  const longest = Math.max(...lengths);
  if (longest > maximumWrappedLine) return false;
  const inner = run.slice(0, -1);
  if (!inner.every((block) => block.text.length >= longest - raggedMargin)) return false;
  const openEnded = inner.filter((block) => !/[.!?:"”’)]$/.test(block.text)).length;
  return openEnded * 2 > inner.length;
}
