// Expands the paths a user gives into the files to read, recursively and in name
// order so that runs are repeatable. Hidden entries (`.git`, `.DS_Store`) are skipped;
// symbolic links are followed, each directory once, so a link loop cannot recurse forever.

import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeSystemError, ingestFailure } from './failure.js';
import type { IngestFailure } from './raw-document.js';

export interface PlannedFile {
  readonly kind: 'file';
  readonly path: string;
  readonly size: number;
}

export interface PlannedStdin {
  readonly kind: 'stdin';
}

export type PlannedSource = PlannedFile | PlannedStdin | IngestFailure;

interface Walk {
  readonly planned: PlannedSource[];
  readonly visitedDirectories: Set<string>;
  /** Absolute paths never to read, such as the database being written (`newsgraph ingest .`). */
  readonly excluded: ReadonlySet<string>;
}

/** Lists the sources behind `paths`; `-` stands for stdin. */
export async function planSources(paths: readonly string[], excludedPaths: readonly string[] = []): Promise<PlannedSource[]> {
  const walk: Walk = { planned: [], visitedDirectories: new Set(), excluded: new Set(excludedPaths.map((path) => resolve(path))) };
  for (const path of paths) {
    if (path === '-') walk.planned.push({ kind: 'stdin' });
    else await planPath(path, true, walk);
  }
  return walk.planned;
}

async function planPath(path: string, isGivenByUser: boolean, walk: Walk): Promise<void> {
  const { planned } = walk;
  if (walk.excluded.has(resolve(path))) return;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    planned.push(ingestFailure('INGEST_UNREADABLE', `cannot read: ${describeSystemError(error)}`, { path }));
    return;
  }
  if (info.isDirectory()) {
    await planDirectory(path, walk);
    return;
  }
  if (!info.isFile()) {
    // A FIFO given by name is read like stdin; found inside a directory it could block the walk forever.
    if (isGivenByUser && info.isFIFO()) {
      planned.push({ kind: 'file', path, size: 0 });
      return;
    }
    planned.push(ingestFailure('INGEST_NOT_REGULAR_FILE', `not a regular file (${describeFileType(info)}); skipped`, { path }));
    return;
  }
  planned.push({ kind: 'file', path, size: info.size });
}

async function planDirectory(path: string, walk: Walk): Promise<void> {
  let names: string[];
  try {
    const real = await realpath(path);
    if (walk.visitedDirectories.has(real)) return;
    walk.visitedDirectories.add(real);
    names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    walk.planned.push(ingestFailure('INGEST_UNREADABLE', `cannot read the directory: ${describeSystemError(error)}`, { path }));
    return;
  }
  for (const name of names) await planPath(join(path, name), false, walk);
}

function describeFileType(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a file';
}
