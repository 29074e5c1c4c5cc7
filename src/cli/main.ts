#!/usr/bin/env node
// The `newsgraph` command: parses arguments and hands over to the commands. Exit status:
// 0 all went in, 2 some documents failed (each listed and stored), 1 usage or fatal error.

import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { NewsgraphError } from '../errors.js';
import { demoCommand } from './commands/demo.js';
import { parseCommand, tagCommand } from './commands/evaluation-io.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { failuresCommand, listCommand, quotesCommand, searchCommand, showCommand, statsCommand } from './commands/query.js';
import { defaultDatabase } from './output.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command('newsgraph')
  .description('turn raw news into verifiable event data, every fact pointing back to its characters')
  .version(packageJson.version)
  .option('--db <file>', `database file (default: $NEWSGRAPH_DB or ${defaultDatabase})`)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

for (const command of [ingestCommand(), extractCommand(), statsCommand(), showCommand(), searchCommand(), quotesCommand(), listCommand(), failuresCommand(), tagCommand(), parseCommand(), demoCommand()]) {
  program.addCommand(command.exitOverride().showHelpAfterError('(run with --help for usage)'));
}

// Writing to a closed pipe (`newsgraph extract ... | head`) is a normal end, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  // commander has already printed its own message (usage errors, --help, --version).
  if (typeof error === 'object' && error !== null && 'exitCode' in error && typeof error.exitCode === 'number' && 'code' in error && String(error.code).startsWith('commander.')) {
    return error.exitCode === 0 ? 0 : 1;
  }
  const message = error instanceof NewsgraphError ? error.describe() : error instanceof Error ? error.message : String(error);
  process.stderr.write(`newsgraph: ${message}\n`);
  return 1;
}
