// Lines of a text with their offsets; `\r\n` and `\n` both end a line.

export interface TextLine {
  readonly start: number;
  /** Exclusive, without the line break. */
  readonly end: number;
  readonly text: string;
  readonly isBlank: boolean;
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const line = text.slice(start, contentEnd);
    lines.push({ start, end: contentEnd, text: line, isBlank: line.trim().length === 0 });
    start = end + 1;
  }
  return lines;
}
