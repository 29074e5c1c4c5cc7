// Golden files: every file of the sample corpus run end to end, compared with the
// reviewed output committed in test/golden/. They change only through
// `npm run golden:update`, and the diff is reviewed like code.

import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultReadOptions, ingestPaths } from '../../src/ingest/index.js';
import { loadResources, processItems } from '../../src/pipeline.js';

export const sampleRoot = 'sample';
export const goldenRoot = 'test/golden';

export function listSampleFiles(directory = sampleRoot): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? listSampleFiles(path) : [path];
    });
}

export function goldenPathFor(samplePath: string): string {
  return join(goldenRoot, `${relative(sampleRoot, samplePath)}.json`);
}

/** What `newsgraph extract` gives for one sample file, as the golden file holds it. */
export async function goldenOf(samplePath: string): Promise<{ articles: unknown[]; failures: string[] }> {
  const articles: unknown[] = [];
  const failures: string[] = [];
  for await (const item of processItems(ingestPaths([samplePath], defaultReadOptions), loadResources())) {
    if (item.kind === 'article') articles.push(item.article);
    if (item.kind === 'failure') failures.push(item.error.describe());
  }
  return { articles, failures };
}

export function serialise(golden: unknown): string {
  return `${JSON.stringify(golden, null, 2)}\n`;
}
