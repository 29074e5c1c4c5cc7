// ingest: reads files, directories and stdin in any supported format and yields raw
// documents (with their source path and position) or failures. It does no cleaning:
// `clean` turns each raw document into an Article.

import type { IngestItem } from './raw-document.js';
import { readSource, type ReadOptions } from './read-source.js';
import { planSources, type PlannedSource } from './walk.js';

export { defaultReadOptions, readSource, type ReadOptions } from './read-source.js';
export { planSources, type PlannedSource } from './walk.js';
export { encodingChoices, type EncodingChoice } from './decode.js';
export { locationOf, type IngestItem, type RawDocument, type RawMetadata } from './raw-document.js';

/** Reads every planned source in order; failures of the plan (unreadable paths) come in their place. */
export async function* readPlannedSources(planned: readonly PlannedSource[], options: ReadOptions): AsyncGenerator<IngestItem> {
  for (const source of planned) {
    if (source.kind === 'failure') yield source;
    else yield* readSource(source.kind === 'stdin' ? null : source.path, options);
  }
}

/** Plans and reads `paths` (files or directories); `-` reads stdin. */
export async function* ingestPaths(paths: readonly string[], options: ReadOptions): AsyncGenerator<IngestItem> {
  yield* readPlannedSources(await planSources(paths), options);
}
