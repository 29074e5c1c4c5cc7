// Splits a plain-text dump holding several articles. Three signals mark where an
// article starts, none of them tied to one scraper:
//   - a separator line (`-----`, `=====`, a form feed);
//   - a run of blank lines longer than the dump's usual paragraph gap, before a headline;
//   - a headline printed twice within a few lines (scrapers print it around the photo block).

import { isResidueLine, isSeparatorLine, isTitleLike, lineKey } from '../clean/line-shapes.js';
import { splitLines, type TextLine } from '../document/lines.js';

export interface TextSegment {
  /** Character offsets into the dump, from the first to the end of the last non-blank line. */
  readonly start: number;
  readonly end: number;
  /** 0-based index of the segment's first line. */
  readonly firstLine: number;
}

/** How far ahead (in non-blank lines) a headline's second printing may stand. */
const repeatWindow = 12;

export function splitTextDump(text: string): TextSegment[] {
  const lines = splitLines(text);
  const isStart = findArticleStarts(lines);
  const segments: TextSegment[] = [];
  let current: { first: number; last: number } | null = null;
  const flush = (): void => {
    if (current && hasContent(lines, current.first, current.last)) {
      segments.push({ start: lines[current.first]!.start, end: lines[current.last]!.end, firstLine: current.first });
    }
    current = null;
  };
  lines.forEach((line, index) => {
    if (isSeparatorLine(line.text)) {
      flush();
      return;
    }
    if (isStart[index]) flush();
    if (line.isBlank) return;
    if (current) current.last = index;
    else current = { first: index, last: index };
  });
  flush();
  return segments;
}

function hasContent(lines: readonly TextLine[], first: number, last: number): boolean {
  for (let i = first; i <= last; i += 1) {
    const line = lines[i]!;
    if (!line.isBlank && !isResidueLine(line.text)) return true;
  }
  return false;
}

function findArticleStarts(lines: readonly TextLine[]): boolean[] {
  const isStart = new Array<boolean>(lines.length).fill(false);
  const usualGap = findUsualGap(lines);
  let blankRun = 0;
  let hasSeenContent = false;
  lines.forEach((line, index) => {
    if (line.isBlank) {
      blankRun += 1;
      return;
    }
    if (hasSeenContent && startsAfterLongGap(line, blankRun, usualGap)) isStart[index] = true;
    if (hasSeenContent && blankRun > 0 && isFirstPrintingOfRepeatedTitle(lines, index)) isStart[index] = true;
    blankRun = 0;
    hasSeenContent = true;
  });
  return isStart;
}

function startsAfterLongGap(line: TextLine, blankRun: number, usualGap: number): boolean {
  if (blankRun < Math.max(2, usualGap + 1)) return false;
  return isTitleLike(line.text) || blankRun >= usualGap + 2;
}

/** The most common number of blank lines between two non-blank lines. */
function findUsualGap(lines: readonly TextLine[]): number {
  const counts = new Map<number, number>();
  let run = 0;
  let hasSeenContent = false;
  for (const line of lines) {
    if (line.isBlank) {
      run += 1;
      continue;
    }
    if (hasSeenContent && run > 0) counts.set(run, (counts.get(run) ?? 0) + 1);
    run = 0;
    hasSeenContent = true;
  }
  let best = 1;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) {
      best = gap;
      bestCount = count;
    }
  }
  return best;
}

/** A headline printed again within the next few lines, and not itself a reprint of one just above. */
function isFirstPrintingOfRepeatedTitle(lines: readonly TextLine[], index: number): boolean {
  const line = lines[index]!;
  if (!isTitleLike(line.text)) return false;
  const key = lineKey(line.text);
  return hasCopyNearby(lines, index, key, 1) && !hasCopyNearby(lines, index, key, -1);
}

function hasCopyNearby(lines: readonly TextLine[], index: number, key: string, step: 1 | -1): boolean {
  let seen = 0;
  for (let i = index + step; i >= 0 && i < lines.length && seen < repeatWindow; i += step) {
    const other = lines[i]!;
    if (other.isBlank) continue;
    seen += 1;
    if (lineKey(other.text) === key) return true;
  }
  return false;
}
