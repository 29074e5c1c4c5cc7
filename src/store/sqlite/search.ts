import Database from 'better-sqlite3';
import type { SearchHit, SearchOptions } from '../store.js';

// Control characters cannot occur in stored text, so they mark matches unambiguously.
const markStart = '\u0002';
const markEnd = '\u0003';

const searchSql = `
  SELECT a.id, a.title, a.published_at, a.source_path,
         snippet(articles_fts, 1, char(2), char(3), '…', 16) AS snippet,
         bm25(articles_fts, 4.0, 1.0) AS score
  FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
  WHERE articles_fts MATCH ?
  ORDER BY score LIMIT ? OFFSET ?`;

/**
 * Full-text search. The query uses FTS5 syntax (`"exact phrase"`, `Kyiv OR Kiev`,
 * `title:landmine`); when it is not valid FTS5, its words are searched as plain terms.
 */
export function searchArticles(db: Database.Database, query: string, options: SearchOptions): SearchHit[] {
  const statement = db.prepare(searchSql);
  let rows: Array<Record<string, unknown>>;
  try {
    rows = statement.all(query, options.limit, options.offset) as Array<Record<string, unknown>>;
  } catch (error) {
    // Any FTS5 complaint about the query (syntax, `*` alone, an unknown column) means: search the words.
    if (!(error instanceof Database.SqliteError) || error.code !== 'SQLITE_ERROR') throw error;
    rows = statement.all(quoteTerms(query), options.limit, options.offset) as Array<Record<string, unknown>>;
  }
  return rows.map((row) => ({
    id: row['id'] as string,
    title: row['title'] as string,
    publishedAt: row['published_at'] as string | null,
    sourcePath: row['source_path'] as string | null,
    ...splitMarks(row['snippet'] as string),
    score: row['score'] as number,
  }));
}

/** Each word as a quoted FTS5 string, so stray punctuation is literal; OR, AND and NOT stay operators between words. */
export function quoteTerms(query: string): string {
  const words = query
    .split(/\s+/)
    .map((word) => word.replace(/^[("']+|[)"']+$/g, ''))
    .filter((word) => word.length > 0);
  const parts: string[] = [];
  for (const word of words) {
    const isOperator = /^(OR|AND|NOT)$/.test(word) && parts.length > 0 && !/^(OR|AND|NOT)$/.test(parts[parts.length - 1]!);
    parts.push(isOperator ? word : `"${word.replace(/"/g, '""')}"`);
  }
  if (parts.length > 0 && /^(OR|AND|NOT)$/.test(parts[parts.length - 1]!)) parts.pop();
  return parts.join(' ') || '""';
}

function splitMarks(marked: string): Pick<SearchHit, 'snippet' | 'highlights'> {
  const highlights: Array<{ start: number; end: number }> = [];
  let snippet = '';
  let openAt = -1;
  for (const char of marked) {
    if (char === markStart) openAt = snippet.length;
    else if (char === markEnd && openAt >= 0) {
      highlights.push({ start: openAt, end: snippet.length });
      openAt = -1;
    } else if (/\s/.test(char)) {
      // Line breaks between paragraphs would break a one-line listing.
      if (!snippet.endsWith(' ')) snippet += ' ';
    } else snippet += char;
  }
  return { snippet, highlights };
}
