// The store interface: SQLite (embedded default) implements it today; PostgreSQL
// follows behind the same methods. Promise-returning so a networked store fits.

import type { Article, Quote } from '../document/article.js';
import type { NewsgraphError } from '../errors.js';
import type { RawDocument } from '../ingest/raw-document.js';

export type StoreItem =
  | { readonly kind: 'article'; readonly article: Article; readonly raw: RawDocument }
  | { readonly kind: 'failure'; readonly error: NewsgraphError; readonly raw: Uint8Array | null; readonly document: RawDocument | null };

export interface BatchResult {
  readonly articlesAdded: number;
  /** Articles whose id was already stored: the same input seen again. */
  readonly articlesExisting: number;
  readonly documentsAdded: number;
  readonly failuresAdded: number;
  /** Failures already recorded for the same document and reason; their attempt count went up. */
  readonly failuresRepeated: number;
}

export interface StoreStats {
  readonly documents: number;
  readonly articles: number;
  /** Failures not resolved by a later successful ingest of the same document. */
  readonly failed: number;
  readonly failedByCode: Readonly<Record<string, number>>;
  readonly sources: number;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly schemaVersion: number;
}

export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly publishedAt: string | null;
  readonly sourcePath: string | null;
  /** A short excerpt of the text around the matches. */
  readonly snippet: string;
  /** Matched terms as offsets into `snippet`. */
  readonly highlights: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  readonly score: number;
}

export interface SearchOptions {
  readonly limit: number;
  readonly offset: number;
}

/** Which quotes to list: by speaker (a name or part of one, any case), by words of the quote (FTS5 syntax), or both. */
export interface QuoteQuery extends SearchOptions {
  readonly speaker?: string;
  readonly text?: string;
}

export interface QuoteHit {
  readonly articleId: string;
  readonly title: string;
  readonly publishedAt: string | null;
  readonly quote: Quote;
}

export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly publishedAt: string | null;
  readonly sourcePath: string;
}

export interface FailureRecord {
  readonly sourcePath: string;
  readonly line: number | null;
  readonly byteStart: number | null;
  readonly byteEnd: number | null;
  readonly code: string;
  readonly message: string;
  readonly hasRaw: boolean;
  readonly attempts: number;
  readonly lastSeenAt: string;
}

export interface ArticleStore {
  /** Writes a batch in one transaction: all of it is stored, or none. */
  writeBatch(items: readonly StoreItem[]): Promise<BatchResult>;
  /** An article by its id or an unambiguous id prefix (at least 6 characters). */
  getArticle(idOrPrefix: string): Promise<Article | null>;
  /** Articles in the order their sources were ingested. */
  listArticles(options: SearchOptions): Promise<ArticleSummary[]>;
  search(query: string, options: SearchOptions): Promise<SearchHit[]>;
  /** Quotes by speaker and words, newest article first, in text order within one. */
  searchQuotes(query: QuoteQuery): Promise<QuoteHit[]>;
  listFailures(limit: number): Promise<FailureRecord[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
