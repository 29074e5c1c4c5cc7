import { describe, expect, it } from 'vitest';
import { ClassCounts } from '../../src/linear/class-counts.js';

describe('ClassCounts', () => {
  const counts = new ClassCounts<string, string>();
  for (let k = 0; k < 99; k++) counts.add('the', 'DT');
  counts.add('the', 'NNP');
  for (let k = 0; k < 9; k++) counts.add('that', 'DT');
  for (let k = 0; k < 9; k++) counts.add('that', 'IN');
  for (let k = 0; k < 3; k++) counts.add('rare', 'NN');

  it('keeps the keys one class dominates often enough, with that class', () => {
    expect(counts.dominant(5, 0.99)).toEqual([['the', 'DT']]);
    expect(counts.dominant(5, 0.995)).toEqual([]);
    expect(counts.dominant(3, 0.99)).toEqual([['the', 'DT'], ['rare', 'NN']]);
  });

  it('refuses a share at which two classes could tie', () => {
    expect(() => counts.dominant(1, 0.5)).toThrow(/above 0.5/);
  });
});
