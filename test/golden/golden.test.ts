import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenOf, goldenPathFor, listSampleFiles, serialise } from './golden-files.js';

describe('golden files of the sample corpus', () => {
  it('has a golden file for every sample file', () => {
    expect(listSampleFiles().filter((path) => !existsSync(goldenPathFor(path)))).toEqual([]);
  });

  it.each(listSampleFiles())('%s comes out as its reviewed golden file', async (samplePath) => {
    const expected = readFileSync(goldenPathFor(samplePath), 'utf8');
    expect(serialise(await goldenOf(samplePath))).toBe(expected);
  });
});
