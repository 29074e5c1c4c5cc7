// Reads a shipped data folder (data/<name>/) and checks every file against its
// manifest, so a model edited by hand or half-copied is refused with a clear message
// instead of giving silently wrong output.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ManifestFile {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly files: readonly ManifestFile[];
  readonly devScores?: Record<string, number>;
  readonly [field: string]: unknown;
}

export interface DataFolder {
  readonly manifest: Manifest;
  /** The bytes of a file the manifest lists. */
  file(path: string): Uint8Array;
}

/** The project's data/ folder, found from this module whether it runs from src/ or dist/src/. */
export function defaultDataRoot(): string {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    if (existsSync(join(dir, 'data')) && existsSync(join(dir, 'package.json'))) return join(dir, 'data');
    dir = join(dir, '..');
  }
  throw new Error('newsgraph: cannot find the data/ folder with the shipped models');
}

export function readDataFolder(name: string, root = defaultDataRoot()): DataFolder {
  const dir = join(root, name);
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`data/${name}: manifest.json is missing (run npm run train to rebuild the models)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  if (manifest.name !== name) throw new Error(`data/${name}: manifest names "${manifest.name}"`);
  const files = new Map<string, Uint8Array>();
  for (const entry of manifest.files) {
    const bytes = readFileSync(join(dir, entry.path));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== entry.sha256) {
      throw new Error(`data/${name}/${entry.path}: sha256 ${sha256.slice(0, 12)}… does not match the manifest's ${entry.sha256.slice(0, 12)}… (the file was changed after training; run npm run train)`);
    }
    files.set(entry.path, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  return {
    manifest,
    file(path) {
      const bytes = files.get(path);
      if (!bytes) throw new Error(`data/${name}: the manifest lists no file ${path}`);
      return bytes;
    },
  };
}
