// Schema versions of the SQLite store, applied in order, each in its own transaction.
// Never edit a migration that has shipped: add the next one.

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'raw documents, articles with full-text search, failures',
    sql: `
      CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        published_at TEXT,
        url TEXT,
        source_path TEXT NOT NULL,
        format TEXT NOT NULL,
        text TEXT NOT NULL,
        -- The contract JSON with "text" set to null: the text lives once, in its column.
        contract TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX articles_published_at ON articles (published_at);
      CREATE INDEX articles_source_path ON articles (source_path);

      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, text, content = 'articles', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;

      CREATE TABLE raw_documents (
        rowid INTEGER PRIMARY KEY,
        source_path TEXT NOT NULL,
        position_key TEXT NOT NULL,
        format TEXT NOT NULL,
        doc_index INTEGER NOT NULL,
        line INTEGER,
        byte_start INTEGER,
        byte_end INTEGER,
        encoding TEXT NOT NULL,
        content_sha256 TEXT NOT NULL,
        article_id TEXT REFERENCES articles (id),
        first_seen_at TEXT NOT NULL,
        UNIQUE (source_path, position_key, content_sha256)
      );
      CREATE INDEX raw_documents_article ON raw_documents (article_id);

      CREATE TABLE failures (
        rowid INTEGER PRIMARY KEY,
        source_path TEXT NOT NULL,
        position_key TEXT NOT NULL,
        doc_index INTEGER,
        line INTEGER,
        byte_start INTEGER,
        byte_end INTEGER,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        -- The offending input when small; otherwise NULL and the path and byte range point at it.
        raw BLOB,
        attempts INTEGER NOT NULL DEFAULT 1,
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        resolved_at TEXT,
        UNIQUE (source_path, position_key, code)
      );
      CREATE INDEX failures_unresolved ON failures (resolved_at, code);
    `,
  },
  {
    version: 2,
    name: 'quotes with their speakers, searchable by speaker and text',
    sql: `
      CREATE TABLE quotes (
        rowid INTEGER PRIMARY KEY,
        article_rowid INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        kind TEXT NOT NULL,
        speaker_entity TEXT,
        speaker_name TEXT,
        speaker_kind TEXT,
        cue TEXT,
        text TEXT NOT NULL,
        UNIQUE (article_rowid, position)
      );
      CREATE INDEX quotes_speaker_name ON quotes (speaker_name COLLATE NOCASE);

      CREATE VIRTUAL TABLE quotes_fts USING fts5 (
        text, speaker_name, content = 'quotes', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts (rowid, text, speaker_name) VALUES (new.rowid, new.text, new.speaker_name);
      END;
      CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.rowid, old.text, old.speaker_name);
      END;

      -- Articles stored before this version keep their quotes in the contract JSON.
      INSERT INTO quotes (article_rowid, position, start, "end", kind, speaker_entity, speaker_name, speaker_kind, cue, text)
        SELECT a.rowid, q.key, json_extract(q.value, '$.start'), json_extract(q.value, '$.end'), json_extract(q.value, '$.kind'),
               json_extract(q.value, '$.speaker'), json_extract(q.value, '$.speakerName'), json_extract(q.value, '$.speakerKind'),
               json_extract(q.value, '$.cue'), json_extract(q.value, '$.text')
        FROM articles a, json_each(a.contract, '$.quotes') q;
    `,
  },
];
