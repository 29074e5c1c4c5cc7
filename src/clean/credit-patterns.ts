// Photo credits at the end of a caption, in the formats wire services and papers print:
//   `... July 28, 2024. REUTERS/Issei Kato`      `... November 26, 2024. (AFP)`
//   `... (AP Photo/Evan Vucci)`   `... Photo: Jane Doe/Bloomberg`   `... Chip Somodevilla/Getty Images`
// A credit is only recognised at the end, after a sentence end or a space, so a
// body sentence that names Reuters is not cut.

const agencies = String.raw`(?:REUTERS|Reuters|AFP|AP|EPA(?:-EFE)?|Getty Images|Xinhua|Kyodo|Yonhap|ANSA|Anadolu(?: Agency)?|TASS|Sputnik|Bloomberg|NurPhoto|SOPA Images|ZUMA Press|Zuma Press|Shutterstock|Alamy|Pool|Bloomberg via Getty Images|AFP via Getty Images|UPI|dpa|DPA|Sipa|SIPA|WANA|KCNA|Ukrinform|Imago|IMAGO)`;
const nameChars = String.raw`[\p{L}\p{M}.'’ -]`;
// A person's name: capitalised words or initials, never a sentence end (`Gaza. Chip` is two sentences).
const personName = String.raw`\p{Lu}(?:[\p{L}\p{M}'’-]+|\.)(?: (?:\p{Lu}(?:[\p{L}\p{M}'’-]+|\.)|de|van|von|da|al|el|bin)){0,4}`;

const creditPatterns: readonly RegExp[] = [
  // (AFP), (AP Photo/Evan Vucci), (Photo by X/AFP via Getty Images), (Reuters/Jane Doe), (EPA-EFE/X)
  new RegExp(String.raw`\((?:${agencies}(?:[/ ][^()]{0,80})?|(?:AP )?Photo(?:graph)?(?: by)?:?\s[^()]{1,80}|Image(?: by)?:?\s[^()]{1,80}|Credit:?\s[^()]{1,80}|File(?: photo)?)\)\.?$`, 'u'),
  // REUTERS/Issei Kato, REUTERS/Issei Kato/File Photo, EPA-EFE/Franck Robichon, Xinhua/Li Ming
  new RegExp(String.raw`${agencies}/${nameChars}{2,60}(?:/(?:File Photo|Pool|File|Handout)(?: via REUTERS)?)?\.?$`, 'u'),
  // AP Photo/Evan Vucci, AP Photo/Evan Vucci, File
  new RegExp(String.raw`AP Photo/${nameChars}{2,60}(?:, File)?\.?$`, 'u'),
  // Photo: Jane Doe/Bloomberg, Photograph: X/Guardian, Image: ..., Credit: ..., Picture: ...
  new RegExp(String.raw`(?:Photo(?:graph)?|Image|Picture|Credit|Photo credit|Foto)s?\s*(?::|by)\s*[^.!?]{2,100}$`, 'u'),
  // Chip Somodevilla/Getty Images, Jane Doe for The New York Times
  new RegExp(String.raw`${personName}/${agencies}(?: via Getty Images)?\.?$`, 'u'),
  new RegExp(String.raw`${personName} for (?:The |the )?\p{Lu}[\p{L} ]{2,40}$`, 'u'),
  // A bare agency name at the end: "... on Tuesday. REUTERS", "... Getty Images"
  new RegExp(String.raw`(?:REUTERS|Getty Images|AFP via Getty Images|Shutterstock|Alamy Stock Photo)\.?$`, 'u'),
];

export interface CreditSplit {
  /** The caption without its credit, trimmed; it is `line.slice(0, captionEnd)`. */
  readonly caption: string;
  readonly captionEnd: number;
  /** The credit without wrapping parentheses or a final period, e.g. `AFP`, `REUTERS/Issei Kato`. */
  readonly credit: string | null;
  /** Offsets of `credit` within the line (UTF-16, end exclusive). */
  readonly creditStart: number;
  readonly creditEnd: number;
}

const creditMarks = /[(/:]| by | for |REUTERS|Getty|Shutterstock|Alamy/;

/** No credit is longer than this; the patterns look only at the end of the line. */
const longestCredit = 160;

/** Splits a trailing photo credit off a line; `credit` is null when the line has none. */
export function splitCredit(line: string): CreditSplit {
  const tailStart = Math.max(0, line.length - longestCredit);
  const tail = line.slice(tailStart);
  // Every credit pattern needs one of these; most paragraphs have none, and skip the patterns.
  if (!creditMarks.test(tail)) return { caption: line, captionEnd: line.length, credit: null, creditStart: line.length, creditEnd: line.length };
  for (const pattern of creditPatterns) {
    const match = pattern.exec(tail);
    if (!match || match.index === undefined) continue;
    const start = tailStart + match.index;
    // The credit must begin the line or follow white space (a sentence end, as in `2024. REUTERS/...`).
    if (start > 0 && !/\s/.test(line[start - 1]!)) continue;
    const caption = line.slice(0, start).trimEnd();
    // A caption ends its sentence before the credit; `... said in a statement (AFP).` is a body sentence.
    if (caption.length > 0 && !/[.!?"”’')\]]$/.test(caption)) continue;
    if (caption.length === 0 && match[0].length > 80) continue;
    let creditStart = start;
    let creditEnd = start + match[0].length;
    if (line[creditEnd - 1] === '.') creditEnd -= 1;
    if (line[creditStart] === '(' && line[creditEnd - 1] === ')') {
      creditStart += 1;
      creditEnd -= 1;
    }
    return { caption, captionEnd: caption.length, credit: line.slice(creditStart, creditEnd), creditStart, creditEnd };
  }
  return { caption: line, captionEnd: line.length, credit: null, creditStart: line.length, creditEnd: line.length };
}

/** Words that mark a line as a photo caption even without a credit. */
const captionCues: readonly RegExp[] = [
  /\((?:L|R|C|L-R|R-L|left|right|centre|center|front|back|top|bottom|2nd [LR])\)/,
  /\b(?:pictured|from left|left to right|in this (?:file )?photo|in this (?:handout )?(?:image|picture)|file photo|photo taken)\b/i,
  /^(?:FILE(?: PHOTO)?|PHOTO|HANDOUT)\s*[-–—:]/,
];

export function hasCaptionCue(line: string): boolean {
  return captionCues.some((cue) => cue.test(line));
}
