// TIME: `10:30 a.m.`, `10:30`, `5 p.m.`, `5pm`, `noon`, `midnight`, `tonight`.

import { has } from './number-phrase.js';
import { C } from './token-classes.js';

export function matchTime(classes: Uint32Array, i: number, length: number): number {
  const token = classes[i]!;
  if ((token & C.TimeToken) !== 0) return (token & C.TimeSuffix) === 0 && has(classes, i + 1, length, C.TimeSuffix) ? i + 2 : i + 1;
  if ((token & C.DayNumber) !== 0 && has(classes, i + 1, length, C.TimeSuffix)) return i + 2;
  if ((token & C.TimeWord) !== 0) return i + 1;
  return -1;
}
