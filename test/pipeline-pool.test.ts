// The worker pool gives the same items, in the same order, as processItems in one thread:
// articles, failures raised while cleaning (inside a worker), and ingest's own items.

import { describe, expect, it } from 'vitest';
import { articleJSON } from '../src/document/article.js';
import { NewsgraphError } from '../src/errors.js';
import type { IngestItem } from '../src/ingest/index.js';
import { loadResources, processItems, type PipelineItem } from '../src/pipeline.js';
import { defaultWorkerCount, processItemsInPool, workersFor } from '../src/pipeline-pool.js';
import { collect, rawText } from './helpers.js';

async function* ingestItemsOf(items: readonly IngestItem[]): AsyncGenerator<IngestItem> {
  yield* items;
}

function describeItem(item: PipelineItem): string {
  if (item.kind === 'article') return articleJSON(item.article);
  if (item.kind === 'failure') return `${item.error instanceof NewsgraphError ? 'NewsgraphError' : 'other'} ${item.error.describe()} ${item.document?.index ?? 'no document'}`;
  return `done ${item.path}`;
}

describe('processItemsInPool', () => {
  it('gives what processItems gives, in input order', async () => {
    const body = 'Defence Secretary Lloyd Austin met Japan’s Foreign Minister Yoko Kamikawa in Tokyo on Sunday. They spoke about China.';
    const items: IngestItem[] = [
      ...Array.from({ length: 7 }, (_, index): IngestItem => ({ kind: 'document', document: rawText(`${body} Paragraph ${index} of the test.`, { index }) })),
      // Nothing is left once the markup is gone: clean fails inside the worker.
      { kind: 'document', document: { ...rawText('<html><body><script>var x = 1;</script></body></html>', { index: 7 }), format: 'html', contentType: 'html' } },
      { kind: 'failure', error: new NewsgraphError('INGEST_EMPTY', 'the record holds no text', { path: 'test.txt', index: 8 }), raw: null },
      { kind: 'document', document: rawText(`${body} The last one.`, { index: 9 }) },
      { kind: 'source-done', path: 'test.txt' },
    ];
    const inThread = (await collect(processItems(ingestItemsOf(items), loadResources()))).map(describeItem);
    const inPool = (await collect(processItemsInPool(ingestItemsOf(items), 2))).map(describeItem);
    expect(inPool).toEqual(inThread);
    expect(inPool).toHaveLength(11);
    expect(inPool[7]).toMatch(/^NewsgraphError CLEAN_NO_CONTENT test\.txt/);
    expect(inPool[8]).toMatch(/^NewsgraphError INGEST_EMPTY/);
    expect(inPool[10]).toBe('done test.txt');
    expect(JSON.parse(inPool[0]!)).toMatchObject({ entities: expect.arrayContaining([expect.objectContaining({ name: 'Lloyd Austin', type: 'PERSON' })]) });
    expect(inPool[0]).not.toContain('"analysis"');
  }, 60_000);

  it('stops cleanly when its consumer stops early, with documents still in flight', async () => {
    // Long enough (about 0.1 s each) that workers are busy when the consumer stops.
    const paragraph = 'Joe Biden spoke to reporters in Washington on Monday about the talks with Japan.\n\n';
    const items = Array.from({ length: 40 }, (_, index): IngestItem => ({ kind: 'document', document: rawText(`Record ${index}\n\n${paragraph.repeat(200)}`, { index }) }));
    const taken: string[] = [];
    for await (const item of processItemsInPool(ingestItemsOf(items), 2)) {
      taken.push(describeItem(item));
      if (taken.length === 3) break;
    }
    // Nothing may surface from the closed pool afterwards (the interrupted ingest in
    // test/cli checks the same through Ctrl-C on the built CLI).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(taken.map((line) => (JSON.parse(line) as { source: { index: number } }).source.index)).toEqual([0, 1, 2]);
  }, 60_000);

  it('is left out for small inputs unless asked for', () => {
    const file = (path: string, size: number) => ({ kind: 'file', path, size }) as const;
    const cores = defaultWorkerCount();
    expect(cores).toBeGreaterThanOrEqual(1);
    expect(workersFor([])).toBe(0);
    expect(workersFor([file('a.txt', 300_000), file('b.html', 700_000)])).toBe(0);
    expect(workersFor([file('a.txt', 300_000), file('b.html', 800_000)])).toBe(cores);
    // A gzip file counts as what it expands to.
    expect(workersFor([file('news.jsonl.GZ', 200_000)])).toBe(cores);
    expect(workersFor([file('a.txt', 10), { kind: 'stdin' }])).toBe(cores);
  });
});
