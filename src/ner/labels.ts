// The recogniser's classes: BILOU positions (Begin, Inside, Last, Unit) of the four
// CoNLL types, plus O. BILOU rather than BIO because the last token of a name (`Corp`,
// `River`) carries as much evidence as the first.

import type { EntitySpan } from '../corpus/conll.js';

export const COARSE_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type CoarseType = (typeof COARSE_TYPES)[number];

export const OUTSIDE = 0;
export const CLASS_COUNT = 1 + COARSE_TYPES.length * 4;
export const enum Position { Begin = 0, Inside = 1, Last = 2, Unit = 3 }

export function classOf(type: number, position: Position): number {
  return 1 + type * 4 + position;
}

/** Index into COARSE_TYPES of a non-O class. */
export function typeOfClass(cls: number): number {
  return (cls - 1) >> 2;
}

export function positionOfClass(cls: number): Position {
  return ((cls - 1) & 3) as Position;
}

/** Whether `cls` may follow `previous` (OUTSIDE at the sentence start). */
export function isAllowedAfter(previous: number, cls: number): boolean {
  const isOpen = previous !== OUTSIDE && positionOfClass(previous) <= Position.Inside;
  if (!isOpen) return cls === OUTSIDE || positionOfClass(cls) === Position.Begin || positionOfClass(cls) === Position.Unit;
  return cls !== OUTSIDE && typeOfClass(cls) === typeOfClass(previous) && (positionOfClass(cls) === Position.Inside || positionOfClass(cls) === Position.Last);
}

/** Whether a sentence may end on `cls` (no entity left open). */
export function canEndOn(cls: number): boolean {
  return cls === OUTSIDE || positionOfClass(cls) >= Position.Last;
}

/** Per-token classes from spans whose types are COARSE_TYPES names; other types read as O. */
export function classesFromSpans(spans: readonly EntitySpan[], length: number): Uint8Array {
  const classes = new Uint8Array(length);
  for (const span of spans) {
    const type = COARSE_TYPES.indexOf(span.type as CoarseType);
    if (type < 0) continue;
    if (span.end - span.start === 1) {
      classes[span.start] = classOf(type, Position.Unit);
      continue;
    }
    for (let k = span.start; k < span.end; k++) {
      classes[k] = classOf(type, k === span.start ? Position.Begin : k === span.end - 1 ? Position.Last : Position.Inside);
    }
  }
  return classes;
}

/** Spans (indices relative to the array) of a valid class sequence. */
export function spansFromClasses(classes: ArrayLike<number>, length = classes.length): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let start = -1;
  for (let k = 0; k < length; k++) {
    const cls = classes[k]!;
    if (cls === OUTSIDE) continue;
    const position = positionOfClass(cls);
    if (position === Position.Begin) start = k;
    else if (position === Position.Unit) spans.push({ start: k, end: k + 1, type: COARSE_TYPES[typeOfClass(cls)]! });
    else if (position === Position.Last && start >= 0) {
      spans.push({ start, end: k + 1, type: COARSE_TYPES[typeOfClass(cls)]! });
      start = -1;
    }
  }
  return spans;
}
