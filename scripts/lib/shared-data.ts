// Training and evaluation read the public corpora in ../shared/data (beside the
// project). Nothing a user runs needs them; these scripts stop with a clear message
// when they are absent.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const sharedDataRoot = join(projectRoot, '..', 'shared', 'data');

export function hasSharedData(): boolean {
  return existsSync(sharedDataRoot);
}

/** Path of a file under ../shared/data; throws a clear message when it is missing. */
export function sharedDataPath(relative: string): string {
  const path = join(sharedDataRoot, relative);
  if (!existsSync(path)) throw new Error(`${path} is missing: training and evaluation need the corpora in ../shared/data (see README, "Training")`);
  return path;
}

/** Reads a corpus file as UTF-8 text, gunzipping `.gz` files. */
export function readSharedText(relative: string): string {
  const bytes = readFileSync(sharedDataPath(relative));
  return (relative.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}
