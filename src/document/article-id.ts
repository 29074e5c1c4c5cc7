import { createHash } from 'node:crypto';

/**
 * Stable article id: a hash of the source key and the cleaned text. The source key is
 * the document's URL, else its record id, else the file's base name, so that moving a
 * corpus or ingesting it from another directory gives the same ids.
 */
export function makeArticleId(sourceKey: string, text: string): string {
  return createHash('sha256').update(sourceKey).update('\u0000').update(text).digest('hex').slice(0, 20);
}

export function makeSourceKey(source: { url: string | null; externalId: string | null; path: string | null }): string {
  if (source.url) return `url:${source.url}`;
  if (source.externalId) return `id:${source.externalId}`;
  if (source.path) return `file:${baseName(source.path)}`;
  return 'stdin';
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}
