// The embedded default store: one SQLite file through better-sqlite3, in WAL mode so
// readers (`search`, `stats`) never wait for an ingest. SQL lives here and uses bound
// parameters only.

import Database from 'better-sqlite3';
import { articleJSON, type Article } from '../../document/article.js';
import { NewsgraphError } from '../../errors.js';
import { contentHash, documentKey, failureKey, storedPath } from '../position-key.js';
import type { RawDocument } from '../../ingest/raw-document.js';
import type { ArticleStore, ArticleSummary, BatchResult, FailureRecord, QuoteHit, QuoteQuery, SearchHit, SearchOptions, StoreItem, StoreStats } from '../store.js';
import { migrate } from './migrate.js';
import { insertQuotes, searchQuotes } from './quotes.js';
import { searchArticles } from './search.js';

export function openSqliteStore(path: string): SqliteStore {
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new NewsgraphError('STORE_FAILED', `cannot open the database: ${error instanceof Error ? error.message : String(error)}`, { path });
  }
  const schemaVersion = migrate(db, path);
  return new SqliteStore(db, schemaVersion);
}

export class SqliteStore implements ArticleStore {
  private readonly statements;

  constructor(
    private readonly db: Database.Database,
    private readonly schemaVersion: number,
  ) {
    this.statements = {
      insertArticle: db.prepare(`INSERT INTO articles (id, title, published_at, url, source_path, format, text, contract, created_at)
        VALUES (@id, @title, @publishedAt, @url, @sourcePath, @format, @text, @contract, @now) ON CONFLICT (id) DO NOTHING`),
      insertRaw: db.prepare(`INSERT INTO raw_documents (source_path, position_key, format, doc_index, line, byte_start, byte_end, encoding, content_sha256, article_id, first_seen_at)
        VALUES (@sourcePath, @positionKey, @format, @index, @line, @byteStart, @byteEnd, @encoding, @contentSha256, @articleId, @now)
        ON CONFLICT (source_path, position_key, content_sha256) DO NOTHING`),
      // A document that failed before and is read now (after a fix) gets its article.
      linkRaw: db.prepare(`UPDATE raw_documents SET article_id = @articleId
        WHERE source_path = @sourcePath AND position_key = @positionKey AND content_sha256 = @contentSha256 AND article_id IS NULL`),
      resolveFailures: db.prepare(`UPDATE failures SET resolved_at = @now
        WHERE source_path = @sourcePath AND position_key IN (@positionKey, 'file') AND resolved_at IS NULL`),
      upsertFailure: db.prepare(`INSERT INTO failures (source_path, position_key, doc_index, line, byte_start, byte_end, code, message, raw, first_seen_at, last_seen_at)
        VALUES (@sourcePath, @positionKey, @index, @line, @byteStart, @byteEnd, @code, @message, @raw, @now, @now)
        ON CONFLICT (source_path, position_key, code) DO UPDATE SET attempts = attempts + 1, message = excluded.message,
          raw = COALESCE(excluded.raw, raw), last_seen_at = excluded.last_seen_at, resolved_at = NULL
        RETURNING attempts`),
      articleById: db.prepare('SELECT text, contract FROM articles WHERE id = ?'),
      articlesByPrefix: db.prepare('SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2'),
    };
  }

  async writeBatch(items: readonly StoreItem[]): Promise<BatchResult> {
    const now = new Date().toISOString();
    const result = { articlesAdded: 0, articlesExisting: 0, documentsAdded: 0, failuresAdded: 0, failuresRepeated: 0 };
    const write = this.db.transaction(() => {
      for (const item of items) {
        if (item.kind === 'article') this.writeArticle(item.article, item.raw, now, result);
        else this.writeFailure(item, now, result);
      }
    });
    try {
      write();
    } catch (error) {
      throw new NewsgraphError('STORE_FAILED', `the batch was rolled back: ${error instanceof Error ? error.message : String(error)}`, null, { cause: error });
    }
    return result;
  }

  private writeArticle(article: Article, raw: RawDocument, now: string, result: BatchCounts): void {
    const sourcePath = storedPath(raw.path);
    const inserted = this.statements.insertArticle.run({
      id: article.id,
      title: article.title,
      publishedAt: article.publishedAt,
      url: article.source.url,
      sourcePath,
      format: article.source.format,
      text: article.text,
      contract: articleJSON({ ...article, text: null }),
      now,
    });
    if (inserted.changes > 0) {
      result.articlesAdded += 1;
      insertQuotes(this.db, inserted.lastInsertRowid, article);
    } else result.articlesExisting += 1;
    this.writeRawDocument(raw, sourcePath, article.id, now, result);
    this.statements.resolveFailures.run({ now, sourcePath, positionKey: documentKey(raw) });
  }

  private writeRawDocument(raw: RawDocument, sourcePath: string, articleId: string | null, now: string, result: BatchCounts): void {
    const row = {
      sourcePath,
      positionKey: documentKey(raw),
      format: raw.format,
      index: raw.index,
      line: raw.line,
      byteStart: raw.byteStart,
      byteEnd: raw.byteEnd,
      encoding: raw.encoding,
      contentSha256: contentHash(raw.content),
      articleId,
      now,
    };
    if (this.statements.insertRaw.run(row).changes > 0) result.documentsAdded += 1;
    else if (articleId !== null) this.statements.linkRaw.run(row);
  }

  private writeFailure(item: Extract<StoreItem, { kind: 'failure' }>, now: string, result: BatchCounts): void {
    const location = item.error.location;
    const sourcePath = storedPath(location?.path ?? null);
    if (item.document) this.writeRawDocument(item.document, sourcePath, null, now, result);
    const attempts = this.statements.upsertFailure.pluck().get({
      sourcePath,
      positionKey: failureKey(location),
      index: location?.index ?? null,
      line: location?.line ?? null,
      byteStart: location?.byteStart ?? null,
      byteEnd: location?.byteEnd ?? null,
      code: item.error.code,
      message: item.error.message,
      raw: item.raw ? Buffer.from(item.raw) : null,
      now,
    }) as number;
    if (attempts === 1) result.failuresAdded += 1;
    else result.failuresRepeated += 1;
  }

  async getArticle(idOrPrefix: string): Promise<Article | null> {
    let id = idOrPrefix;
    const exact = this.statements.articleById.get(id) as { text: string; contract: string } | undefined;
    if (exact) return readArticle(exact);
    if (idOrPrefix.length < 6) return null;
    const matches = this.statements.articlesByPrefix.pluck().all(idOrPrefix, `${idOrPrefix}\uffff`) as string[];
    if (matches.length > 1) throw new NewsgraphError('USAGE', `the id prefix "${idOrPrefix}" matches several articles; give more characters`);
    if (matches.length === 0) return null;
    id = matches[0]!;
    const row = this.statements.articleById.get(id) as { text: string; contract: string };
    return readArticle(row);
  }

  async listArticles(options: SearchOptions): Promise<ArticleSummary[]> {
    const rows = this.db
      .prepare('SELECT id, title, published_at, source_path FROM articles ORDER BY rowid LIMIT ? OFFSET ?')
      .all(options.limit, options.offset) as Array<{ id: string; title: string; published_at: string | null; source_path: string }>;
    return rows.map((row) => ({ id: row.id, title: row.title, publishedAt: row.published_at, sourcePath: row.source_path }));
  }

  async search(query: string, options: SearchOptions): Promise<SearchHit[]> {
    return searchArticles(this.db, query, options);
  }

  async searchQuotes(query: QuoteQuery): Promise<QuoteHit[]> {
    return searchQuotes(this.db, query);
  }

  async listFailures(limit: number): Promise<FailureRecord[]> {
    const rows = this.db
      .prepare(`SELECT source_path, line, byte_start, byte_end, code, message, raw IS NOT NULL AS has_raw, attempts, last_seen_at
        FROM failures WHERE resolved_at IS NULL ORDER BY source_path, line, rowid LIMIT ?`)
      .all(limit) as Array<Record<string, unknown>>;
    return rows.map((row) => ({
      sourcePath: row['source_path'] as string,
      line: row['line'] as number | null,
      byteStart: row['byte_start'] as number | null,
      byteEnd: row['byte_end'] as number | null,
      code: row['code'] as string,
      message: row['message'] as string,
      hasRaw: row['has_raw'] === 1,
      attempts: row['attempts'] as number,
      lastSeenAt: row['last_seen_at'] as string,
    }));
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string): number => this.db.prepare(sql).pluck().get() as number;
    const byCode = this.db.prepare('SELECT code, COUNT(*) AS n FROM failures WHERE resolved_at IS NULL GROUP BY code ORDER BY code').all() as Array<{ code: string; n: number }>;
    const span = this.db.prepare('SELECT MIN(published_at) AS first, MAX(published_at) AS last FROM articles').get() as { first: string | null; last: string | null };
    return {
      documents: count('SELECT COUNT(*) FROM raw_documents'),
      articles: count('SELECT COUNT(*) FROM articles'),
      failed: count('SELECT COUNT(*) FROM failures WHERE resolved_at IS NULL'),
      failedByCode: Object.fromEntries(byCode.map((row) => [row.code, row.n])),
      sources: count('SELECT COUNT(DISTINCT source_path) FROM raw_documents'),
      firstPublished: span.first,
      lastPublished: span.last,
      schemaVersion: this.schemaVersion,
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

type BatchCounts = { -readonly [K in keyof BatchResult]: number };

function readArticle(row: { text: string; contract: string }): Article {
  // The language analysis (tokens, trees) is not stored: later stages run in the pipeline.
  return { ...(JSON.parse(row.contract) as Article), text: row.text, analysis: null };
}
