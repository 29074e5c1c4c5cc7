import type Database from 'better-sqlite3';
import { NewsgraphError } from '../../errors.js';
import { migrations } from './migrations.js';

/** Brings the schema up to the latest version; refuses a database made by a newer newsgraph. */
export function migrate(db: Database.Database, path: string): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
  const current = row.version ?? 0;
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new NewsgraphError('STORE_FAILED', `the database schema is version ${current}, newer than this newsgraph knows (${latest}); upgrade newsgraph`, { path });
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
  }
  return latest;
}
