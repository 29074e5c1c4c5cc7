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

/** Files of a gzipped tar as name -> bytes (regular files; GNU and pax long names). */
export function readTarball(gzipped: Uint8Array): Map<string, Buffer> {
  const tar = gunzipSync(gzipped);
  const files = new Map<string, Buffer>();
  let longName: string | null = null;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    const field = (from: number, length: number): string => header.subarray(from, from + length).toString('latin1').replace(/\0.*$/s, '');
    if (!field(0, 100)) break;
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const data = Buffer.from(tar.subarray(offset + 512, offset + 512 + size));
    const type = field(156, 1);
    const prefix = field(345, 155);
    if (type === 'L') longName = data.toString('utf8').replace(/\0.*$/s, '');
    else if (type === 'x') longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))?.[1] ?? null;
    else {
      if (type === '0' || type === '') files.set(longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100)), data);
      longName = null;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
