// Formatting and process status shared by the commands.

import type { Command } from 'commander';
import type { Article } from '../document/article.js';
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

export function formatDuration(seconds: number): string {
  return seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(0)} s`;
}

/** Writes to stdout, waiting when the reader is slow, so large outputs stream in bounded memory. */
export async function writeOut(text: string): Promise<void> {
  if (process.stdout.write(text)) return;
  await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

/** The publication date, else the first date printed in a caption or dateline, saying so. */
export function describeDate(article: Article): string {
  const reference = article.referenceDates[0];
  return article.publishedAt ?? (reference ? `${reference.value} (from ${reference.from})` : 'date unknown');
}
