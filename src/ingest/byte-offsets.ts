import { byteLengthOf, type EncodingName } from './decode.js';

/**
 * Maps character offsets of decoded text back to byte offsets in the source, so each
 * document can point at its bytes. Calls with growing offsets cost only the new stretch.
 */
export function makeByteOffsets(text: string, encoding: EncodingName, bomLength: number): (offset: number) => number {
  let charPosition = 0;
  let bytePosition = bomLength;
  return (offset: number): number => {
    if (offset < charPosition) {
      charPosition = 0;
      bytePosition = bomLength;
    }
    bytePosition += byteLengthOf(text.slice(charPosition, offset), encoding);
    charPosition = offset;
    return bytePosition;
  };
}

/** Maps character offsets to 1-based line numbers. */
export function makeLineNumbers(text: string): (offset: number) => number {
  const lineStarts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
