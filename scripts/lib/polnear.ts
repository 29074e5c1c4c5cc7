// PolNeAR (../shared/data/polnear-quotes): political news of 2016 with attribution
// relations in brat standoff. Each relation ties a Source (who), a Cue (the verb) and a
// Content (what was said) by character offsets into the article's text; spans may be
// discontinuous (`start end;start end`). Some articles were annotated twice: one
// annotator's file is read per article (the first by name), so that no relation counts
// twice.

import { readFileSync } from 'node:fs';
import { readTarball, sharedDataPath } from './shared-data.js';

export const POLNEAR_TARBALL = 'polnear-quotes/polnear-train-dev.tar.gz';

export interface Fragment {
  readonly start: number;
  readonly end: number;
}

export interface Attribution {
  readonly source: readonly Fragment[];
  readonly cue: readonly Fragment[];
  readonly content: readonly Fragment[];
}

export interface PolnearArticle {
  readonly name: string;
  readonly text: string;
  /** YYYY-MM-DD from metadata.tsv, or null. */
  readonly publishedAt: string | null;
  readonly attributions: readonly Attribution[];
}

export function readPolnear(compartment: 'train' | 'dev'): PolnearArticle[] {
  const files = readTarball(readFileSync(sharedDataPath(POLNEAR_TARBALL)));
  const dates = new Map<string, string>();
  for (const [name, bytes] of files) {
    if (!name.endsWith('metadata.tsv')) continue;
    for (const line of bytes.toString('utf8').split('\n').slice(1)) {
      const fields = line.split('\t');
      if (fields[1] && /^\d{4}-\d{2}-\d{2}$/.test(fields[5] ?? '')) dates.set(fields[1], fields[5]!);
    }
  }
  const annotations = new Map<string, string>();
  for (const name of [...files.keys()].sort()) {
    const match = new RegExp(`/${compartment}/attributions/(.+)_[^_/]+\\.ann$`).exec(name);
    if (match && !annotations.has(match[1]!)) annotations.set(match[1]!, name);
  }
  const articles: PolnearArticle[] = [];
  for (const [name, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const match = new RegExp(`/${compartment}/text/(.+)\\.txt$`).exec(name);
    if (!match) continue;
    const annotation = annotations.get(match[1]!);
    articles.push({
      name: match[1]!,
      text: bytes.toString('utf8'),
      publishedAt: dates.get(match[1]!) ?? null,
      attributions: annotation ? parseAnnotation(files.get(annotation)!.toString('utf8')) : [],
    });
  }
  return articles;
}

/** brat standoff: `T<n>\t<Type> <fragments>\t<text>` and `E<n>\tAttribution:T.. Content:T.. Cue:T.. Source:T..`. */
export function parseAnnotation(content: string): Attribution[] {
  const spans = new Map<string, Fragment[]>();
  const events: string[] = [];
  for (const line of content.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const fragments = body.slice(body.indexOf(' ') + 1).split(';').map((part) => {
        const [start, end] = part.trim().split(/\s+/).map(Number);
        return { start: start!, end: end! };
      });
      spans.set(id, fragments.filter((fragment) => Number.isFinite(fragment.start) && Number.isFinite(fragment.end)));
    } else if (id.startsWith('E')) events.push(body);
  }
  return events.map((event) => {
    const roles = new Map(event.split(/\s+/).map((part) => part.split(':') as [string, string]));
    const of = (role: string): Fragment[] => spans.get(roles.get(role) ?? '') ?? [];
    return { source: of('Source'), cue: of('Cue'), content: of('Content') };
  });
}
