// Quotes in the SQLite store: one row per quote (written with its article), searchable by
// speaker (a name or part of one, any case: `Kamikawa`, `yoko kamikawa`) and by the words
// of the quote (FTS5). Bound parameters only; `%` and `_` in a speaker name are literal.

import Database from 'better-sqlite3';
import type { Article, Quote } from '../../document/article.js';
import type { QuoteHit, QuoteQuery } from '../store.js';
import { quoteTerms } from './search.js';

export function insertQuotes(db: Database.Database, articleRowid: number | bigint, article: Article): void {
  const insert = db.prepare(`INSERT INTO quotes (article_rowid, position, start, "end", kind, speaker_entity, speaker_name, speaker_kind, cue, text)
    VALUES (@articleRowid, @position, @start, @end, @kind, @speaker, @speakerName, @speakerKind, @cue, @text)`);
  article.quotes.forEach((quote, position) => {
    insert.run({
      articleRowid, position, start: quote.start, end: quote.end, kind: quote.kind, speaker: quote.speaker,
      speakerName: quote.speakerName, speakerKind: quote.speakerKind ?? null, cue: quote.cue, text: quote.text,
    });
  });
}

export function searchQuotes(db: Database.Database, query: QuoteQuery): QuoteHit[] {
  const conditions: string[] = [];
  const parameters: Record<string, unknown> = { limit: query.limit, offset: query.offset };
  const speaker = query.speaker?.trim();
  if (speaker) {
    conditions.push(`q.speaker_name LIKE @speaker ESCAPE '\\' COLLATE NOCASE`);
    parameters['speaker'] = `%${speaker.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  }
  const words = query.text?.trim();
  if (words) {
    conditions.push('q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @words)');
    parameters['words'] = `text : (${words})`;
  }
  const sql = `SELECT a.id AS article_id, a.title, a.published_at, q.start, q."end", q.kind, q.speaker_entity, q.speaker_name, q.speaker_kind, q.cue, q.text
    FROM quotes q JOIN articles a ON a.rowid = q.article_rowid
    ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
    ORDER BY a.published_at DESC NULLS LAST, a.rowid DESC, q.position LIMIT @limit OFFSET @offset`;
  let rows: Array<Record<string, unknown>>;
  try {
    rows = db.prepare(sql).all(parameters) as Array<Record<string, unknown>>;
  } catch (error) {
    // Words that are not valid FTS5 are searched as plain terms.
    if (!words || !(error instanceof Database.SqliteError) || error.code !== 'SQLITE_ERROR') throw error;
    rows = db.prepare(sql).all({ ...parameters, words: `text : (${quoteTerms(words)})` }) as Array<Record<string, unknown>>;
  }
  return rows.map((row) => ({
    articleId: row['article_id'] as string,
    title: row['title'] as string,
    publishedAt: row['published_at'] as string | null,
    quote: {
      text: row['text'] as string, start: row['start'] as number, end: row['end'] as number, kind: row['kind'] as Quote['kind'],
      speaker: row['speaker_entity'] as string | null, speakerName: row['speaker_name'] as string | null,
      speakerKind: row['speaker_kind'] as Quote['speakerKind'], cue: row['cue'] as string | null,
    },
  }));
}
