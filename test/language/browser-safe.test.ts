// The language layer must run in a browser too (issue 3): nothing it is made of may
// use a Node module or a Node global. The check follows the imports (type-only ones
// are erased at build) from the layer's entry points.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.js';

const ENTRY_POINTS = ['src/language/models.ts', 'src/language/analyse.ts', 'src/language/gold-tokens.ts'];
const NODE_ONLY = /from ['"](node:|fs['"]|path['"]|zlib['"]|crypto['"])|\bBuffer\.|\bprocess\.|require\(/;
const RUNTIME_IMPORT = /^import\s+(?!type\b)[^;]*?from\s+['"](\.[^'"]+)['"]/gm;

function reachableFiles(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.map((entry) => join(projectRoot, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)) {
      queue.push(resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts')));
    }
  }
  return [...seen];
}

describe('language layer', () => {
  const files = reachableFiles(ENTRY_POINTS);

  it('is made of the text, tagger, parser, NER and neural modules', () => {
    for (const folder of ['text', 'tagger', 'parser', 'ner', 'linear', 'neural']) expect(files.some((file) => file.includes(`/src/${folder}/`)), folder).toBe(true);
  });

  it('uses nothing that only Node has', () => {
    const offending = files.filter((file) => NODE_ONLY.test(readFileSync(file, 'utf8'))).map((file) => file.slice(projectRoot.length));
    expect(offending).toEqual([]);
  });
});
