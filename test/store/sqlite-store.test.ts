import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultReadOptions, ingestPaths } from '../../src/ingest/index.js';
import type { Article } from '../../src/document/article.js';
import { loadResources, processItems, type PipelineItem } from '../../src/pipeline.js';
import { migrations } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/index.js';
import { writeItems } from '../../src/store/write-items.js';
import { makeTempDir, seedPath } from '../helpers.js';

async function ingest(store: SqliteStore, paths: string[], batchSize = 50) {
  return writeItems(processItems(ingestPaths(paths, defaultReadOptions), loadResources()), store, { batchSize });
}

function openTempStore(): { store: SqliteStore; dir: string; path: string } {
  const dir = makeTempDir();
  const path = join(dir, 'test.db');
  return { store: openSqliteStore(path), dir, path };
}

describe('SQLite store', () => {
  it('opens in WAL mode with every migration applied', async () => {
    const { store, path } = openTempStore();
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(migrations.map((migration) => migration.version));
    db.close();
  });

  it('refuses a database made by a newer newsgraph', async () => {
    const { store, path } = openTempStore();
    await store.close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'now')").run();
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/schema is version 999, newer than this newsgraph knows/);
  });

  it('keeps quotes searchable by speaker and words, once however often the seed is ingested', async () => {
    const { store } = openTempStore();
    await ingest(store, [seedPath]);
    await ingest(store, [seedPath]);
    const gabelnick = await store.searchQuotes({ speaker: 'gabelnick', limit: 10, offset: 0 });
    expect(gabelnick.map((hit) => [hit.quote.kind, hit.quote.cue, hit.quote.text.slice(0, 20)])).toEqual([
      ['mixed', 'said', 'Ukraine using the US'], ['direct', 'told', 'These weapons have n'], ['direct', null, "[Ukraine's] people h"],
    ]);
    expect(gabelnick[0]).toMatchObject({ title: 'Landmine Victims Gather to Protest US Decision to Supply Ukraine', publishedAt: null });
    const words = await store.searchQuotes({ text: 'critical phase', limit: 10, offset: 0 });
    expect(words.map((hit) => hit.quote.speakerName)).toEqual(['Yoko Kamikawa']);
    // Query text is never SQL: quotes, wildcards and FTS5 syntax errors are words.
    for (const speaker of ["' OR 1=1 --", '%', '_']) expect(await store.searchQuotes({ speaker, limit: 10, offset: 0 })).toEqual([]);
    expect(await store.searchQuotes({ text: 'phase AND (', limit: 10, offset: 0 })).toHaveLength(1);
    await store.close();
  });

  it('fills the quotes table from articles stored before it existed (migration 2)', async () => {
    const { store, path } = openTempStore();
    await ingest(store, [seedPath]);
    await store.close();
    const db = new Database(path);
    db.exec("DROP TABLE quotes_fts; DROP TABLE quotes; DELETE FROM schema_migrations WHERE version = 2");
    db.close();
    const reopened = openSqliteStore(path);
    expect((await reopened.searchQuotes({ speaker: 'Munyambabazi', limit: 10, offset: 0 })).map((hit) => hit.quote.cue)).toEqual(['said', 'told', null]);
    await reopened.close();
  });

  it('stores the seed once however often it is ingested', async () => {
    const { store } = openTempStore();
    const first = await ingest(store, [seedPath, 'sample/jsonl']);
    const second = await ingest(store, [seedPath, 'sample/jsonl']);
    expect([first.articlesAdded, first.articlesExisting]).toEqual([7, 0]);
    expect([second.articlesAdded, second.articlesExisting]).toEqual([0, 7]);
    expect(await store.stats()).toMatchObject({ documents: 7, articles: 7, failed: 0, sources: 3 });
    await store.close();
  });

  it('gives back the exact contract JSON of a stored article, by id or prefix', async () => {
    const { store } = openTempStore();
    const items = processItems(ingestPaths([seedPath], defaultReadOptions), loadResources());
    const articles: Article[] = [];
    await writeItems(items, store, {
      batchSize: 10,
      onItem: (item) => {
        if (item.kind === 'article') articles.push(item.article);
      },
    });
    // Everything but the in-memory language analysis, which is not stored (issue 3).
    expect(await store.getArticle(articles[0]!.id)).toEqual({ ...articles[0], analysis: null });
    expect(await store.getArticle(articles[1]!.id.slice(0, 8))).toEqual({ ...articles[1], analysis: null });
    expect(await store.getArticle('abc')).toBeNull();
    expect(await store.getArticle('ffffffffffffffff')).toBeNull();
    await store.close();
  });

  it('records a binary file beside the seed as failed while the seed is stored', async () => {
    const { store, dir } = openTempStore();
    const corpus = join(dir, 'corpus');
    copyFileSync(seedPath, makeCorpus(corpus, 'seed.txt'));
    writeFileSync(join(corpus, 'scan.pdf'), '%PDF-1.7\n%âãÏÓ\n1 0 obj');
    const totals = await ingest(store, [corpus]);
    expect([totals.articlesAdded, totals.failed]).toEqual([2, 1]);
    expect(await store.listFailures(10)).toEqual([expect.objectContaining({ sourcePath: join(corpus, 'scan.pdf'), code: 'INGEST_BINARY', message: expect.stringContaining('a PDF document'), attempts: 1 })]);
    expect(await store.stats()).toMatchObject({ articles: 2, failed: 1, failedByCode: { INGEST_BINARY: 1 } });
    await store.close();
  });

  it('counts a failure again instead of storing it twice, and resolves it when the document is read', async () => {
    const { store, dir } = openTempStore();
    const path = join(dir, 'latin.txt');
    writeFileSync(path, Buffer.from('Café owners protest in Montréal\n\nThe café owners gathered on Monday.', 'latin1'));
    await ingest(store, [path]);
    await ingest(store, [path]);
    expect((await store.listFailures(10)).map((failure) => [failure.code, failure.attempts])).toEqual([['INGEST_BAD_ENCODING', 2]]);
    await writeItems(processItems(ingestPaths([path], { ...defaultReadOptions, encoding: 'windows-1252' }), loadResources()), store, { batchSize: 10 });
    expect(await store.listFailures(10)).toEqual([]);
    expect(await store.stats()).toMatchObject({ articles: 1, failed: 0 });
    await store.close();
  });

  it('keeps a bad JSON Lines record with its raw bytes and line', async () => {
    const { store, dir, path: dbPath } = openTempStore();
    const path = join(dir, 'records.jsonl');
    writeFileSync(path, '{"text": "A good record with enough words in it."}\n{"text": broken\n');
    await ingest(store, [path]);
    await store.close();
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT line, position_key, code, CAST(raw AS TEXT) AS raw FROM failures').all()).toEqual([{ line: 2, position_key: 'line:2', code: 'INGEST_BAD_JSON', raw: '{"text": broken' }]);
    db.close();
  });

  it('writes a whole batch or none of it', async () => {
    const { store, path: dbPath } = openTempStore();
    const items: Array<PipelineItem & { kind: 'article' }> = [];
    for await (const item of processItems(ingestPaths([seedPath], defaultReadOptions), loadResources())) if (item.kind === 'article') items.push(item);
    const broken = { ...items[1]!, article: { ...items[1]!.article, title: null as unknown as string } };
    await expect(store.writeBatch([items[0]!, broken])).rejects.toThrow(/the batch was rolled back/);
    await store.close();
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM articles').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM raw_documents').pluck().get()).toBe(0);
    db.close();
  });

  it('finds articles by full-text search, with highlights, and survives bad query syntax', async () => {
    const { store } = openTempStore();
    await ingest(store, ['sample']);
    const hits = await store.search('landmine victims', { limit: 5, offset: 0 });
    expect(hits[0]!.title).toBe('Landmine Victims Gather to Protest US Decision to Supply Ukraine');
    expect(hits[0]!.highlights.map((span) => hits[0]!.snippet.slice(span.start, span.end).toLowerCase())).toContain('landmine');
    expect((await store.search('"Europa Clipper"', { limit: 5, offset: 0 })).map((hit) => hit.title)).toEqual(["Europa Clipper Lifts Off on Mission to Jupiter's Icy Moon"]);
    expect((await store.search('title:cyclone', { limit: 5, offset: 0 })).map((hit) => hit.title)).toEqual(['Cyclone Chido leaves trail of destruction in Mayotte']);
    expect(await store.search('"unbalanced AND (', { limit: 5, offset: 0 })).toEqual([]);
    expect((await store.search('Montréal OR Mayotte)', { limit: 5, offset: 0 })).length).toBeGreaterThan(0);
    await store.close();
  });

  it('never runs input as SQL', async () => {
    const { store } = openTempStore();
    await ingest(store, [seedPath]);
    await store.search("x'); DROP TABLE articles; --", { limit: 5, offset: 0 });
    expect(await store.getArticle("' OR 1=1 --")).toBeNull();
    expect((await store.stats()).articles).toBe(2);
    await store.close();
  });
});

function makeCorpus(directory: string, name: string): string {
  mkdirSync(directory, { recursive: true });
  return join(directory, name);
}

describe('search queries', () => {
  it('accepts any text as a query without an SQL or FTS error (property)', async () => {
    const { store } = openTempStore();
    await ingest(store, [seedPath]);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }), async (query) => {
        await store.search(query, { limit: 3, offset: 0 });
      }),
      { numRuns: 300 },
    );
    await store.close();
  });
});
