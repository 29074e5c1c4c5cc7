// Rewrites test/golden/ from the sample corpus. Review the diff before committing it.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { goldenOf, goldenPathFor, listSampleFiles, serialise } from '../test/golden/golden-files.js';

for (const samplePath of listSampleFiles()) {
  const goldenPath = goldenPathFor(samplePath);
  mkdirSync(dirname(goldenPath), { recursive: true });
  writeFileSync(goldenPath, serialise(await goldenOf(samplePath)));
  process.stdout.write(`wrote ${goldenPath}\n`);
}
