// Writes a data folder's manifest.json: what each shipped file is, its sha256, where it
// came from and how to rebuild it. src/resources/data-folder.ts checks it on load.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestSource {
  readonly name: string;
  /** Path under ../shared/data or the npm package it came from. */
  readonly path: string;
  readonly license: string;
  readonly commit?: string;
  readonly splits?: readonly string[];
}

export interface ManifestInput {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly files: readonly string[];
  readonly sources: readonly ManifestSource[];
  /** The command that rebuilds the folder. */
  readonly command: string;
  readonly settings?: Record<string, unknown>;
  /** Scores on development splits, for models. */
  readonly devScores?: Record<string, number>;
}

export function writeManifest(dir: string, input: ManifestInput): void {
  const files = input.files.map((path) => {
    const bytes = readFileSync(join(dir, path));
    return { path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  const manifest = { ...input, files };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}
