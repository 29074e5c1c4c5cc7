import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { Article, Span } from '../src/document/article.js';
import { spanText as textOfSpan } from '../src/document/span.js';
import { defaultReadOptions, ingestPaths, type IngestItem, type RawDocument } from '../src/ingest/index.js';
import { loadResources, processItems, type PipelineItem } from '../src/pipeline.js';

export const projectRoot = new URL('..', import.meta.url).pathname;
export const seedPath = 'sample/dumps/000_5b580f5d972e92df.txt';

/** A raw text document as a text dump would give it. */
export function rawText(content: string, overrides: Partial<RawDocument> = {}): RawDocument {
  return { format: 'text', contentType: 'text', content, metadata: {}, path: 'test.txt', index: 0, line: 1, byteStart: 0, byteEnd: Buffer.byteLength(content), encoding: 'utf-8', ...overrides };
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export async function ingestItems(paths: string[], options = defaultReadOptions): Promise<IngestItem[]> {
  return collect(ingestPaths(paths, options));
}

export async function extract(paths: string[], options = defaultReadOptions): Promise<{ articles: Article[]; failures: Array<PipelineItem & { kind: 'failure' }> }> {
  const items = await collect(processItems(ingestPaths(paths, options), loadResources()));
  return {
    articles: items.filter((item): item is PipelineItem & { kind: 'article' } => item.kind === 'article').map((item) => item.article),
    failures: items.filter((item): item is PipelineItem & { kind: 'failure' } => item.kind === 'failure'),
  };
}

/** A fresh directory, removed when the test that made it finishes. */
export function makeTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The text a span of an article covers. */
export function spanText(article: Article, span: Span): string {
  return textOfSpan(article.text, span);
}
