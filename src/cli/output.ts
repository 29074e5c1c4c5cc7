// Formatting and process status shared by the commands.

import type { Command } from 'commander';
import type { NewsgraphError } from '../errors.js';

export const defaultDatabase = './newsgraph.db';

/** `--db`, else `NEWSGRAPH_DB`, else `./newsgraph.db`. */
export function databasePath(command: Command): string {
  const options = command.optsWithGlobals<{ db?: string }>();
  return options.db ?? (process.env['NEWSGRAPH_DB'] || defaultDatabase);
}

export function formatFailure(error: NewsgraphError): string {
  return `failed: ${error.describe()}`;
}

/** Exit status 2 when some documents failed (each was listed and stored), else 0; 130 when interrupted. */
export function setExitStatus(totals: { failed: number; isInterrupted?: boolean }): void {
  if (totals.isInterrupted) process.exitCode = 130;
  else if (totals.failed > 0) process.exitCode = 2;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

export function formatDuration(seconds: number): string {
  return seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(0)} s`;
}

/** Writes to stdout, waiting when the reader is slow, so large outputs stream in bounded memory. */
export async function writeOut(text: string): Promise<void> {
  if (process.stdout.write(text)) return;
  await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}
