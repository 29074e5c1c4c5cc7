import { InvalidArgumentError, type Command } from 'commander';
import { encodingChoices, type EncodingChoice, type ReadOptions } from '../ingest/index.js';

/** Options every command that reads documents and runs the pipeline on them shares. */
export function addReadOptions(command: Command): Command {
  return command
    .option('--encoding <name>', `text encoding: ${encodingChoices.join(', ')}`, parseEncoding, 'auto')
    .option('--max-document-size <MiB>', 'largest document read (a JSON Lines record, or a whole HTML, feed or text file)', parsePositiveNumber, 32)
    .option('--workers <n>', 'worker threads that clean and analyse documents, each with its own models (about 250 MiB); 0 runs all in the main thread (default: one per core up to 4, none for inputs under 1 MiB)', parseCount);
}

export function readOptionsFrom(options: { encoding: EncodingChoice; maxDocumentSize: number }, onBytes?: (count: number) => void): ReadOptions {
  return { encoding: options.encoding, maxDocumentBytes: Math.round(options.maxDocumentSize * 1024 * 1024), onBytes };
}

function parseEncoding(value: string): EncodingChoice {
  const choice = value.toLowerCase();
  if (!(encodingChoices as readonly string[]).includes(choice)) {
    throw new InvalidArgumentError(`choose one of ${encodingChoices.join(', ')}`);
  }
  return choice as EncodingChoice;
}

export function parsePositiveNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a number above 0');
  return number;
}

export const parsePositiveInteger = wholeNumberAtLeast(1);
/** A count that may be 0, such as an offset. */
export const parseCount = wholeNumberAtLeast(0);

function wholeNumberAtLeast(minimum: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < minimum) throw new InvalidArgumentError(`expected a whole number, ${minimum} or more`);
    return number;
  };
}
