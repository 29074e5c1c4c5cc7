// Commands that read the database: stats, show, search, list, quotes, failures.

import { Command } from 'commander';
import { articleJSON, type Article } from '../../document/article.js';
import { describeLocation } from '../../errors.js';
import { openSqliteStore } from '../../store/sqlite/index.js';
import type { ArticleStore, QuoteHit, SearchHit } from '../../store/store.js';
import { databasePath, describeDate, writeOut } from '../output.js';
import { parseCount, parsePositiveInteger } from '../read-options.js';

async function withStore<T>(command: Command, use: (store: ArticleStore) => Promise<T>): Promise<T> {
  const store = openSqliteStore(databasePath(command));
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

export function statsCommand(): Command {
  return new Command('stats')
    .description('count documents, articles and failures in the database')
    .option('--json', 'print JSON ({documents, articles, failed, ...})')
    .action(async (options: { json?: boolean }, self: Command) => {
      const stats = await withStore(self, (store) => store.stats());
      if (options.json) {
        await writeOut(`${JSON.stringify(stats)}\n`);
        return;
      }
      const lines = [
        `documents  ${stats.documents}`,
        `articles   ${stats.articles}`,
        `failed     ${stats.failed}${Object.keys(stats.failedByCode).length > 0 ? ` (${Object.entries(stats.failedByCode).map(([code, n]) => `${code} ${n}`).join(', ')})` : ''}`,
        `sources    ${stats.sources}`,
        `published  ${stats.firstPublished ?? '-'} .. ${stats.lastPublished ?? '-'}`,
      ];
      await writeOut(`${lines.join('\n')}\n`);
    });
}

export function showCommand(): Command {
  return new Command('show')
    .description('print a stored article as contract JSON (or readable text with --text)')
    .argument('<id>', 'article id, or an unambiguous prefix of at least 6 characters')
    .option('--text', 'print headline, captions and paragraphs for reading')
    .action(async (id: string, options: { text?: boolean }, self: Command) => {
      const article = await withStore(self, (store) => store.getArticle(id));
      if (!article) {
        process.stderr.write(`newsgraph: no article with id "${id}"\n`);
        process.exitCode = 1;
        return;
      }
      await writeOut(options.text ? formatArticleText(article) : `${articleJSON(article, 2)}\n`);
    });
}

export function formatArticleText(article: Article): string {
  const lines: string[] = [];
  lines.push(article.title || '(no headline)');
  lines.push(`${article.id} · ${describeDate(article)}${article.byline ? ` · by ${article.byline}` : ''} · ${describeLocation({ path: article.source.path, line: article.source.line ?? undefined })}`);
  for (const caption of article.captions) lines.push(`[photo] ${caption.text}${caption.credit ? ` (credit: ${caption.credit})` : ''}`);
  lines.push('');
  for (const paragraph of article.paragraphs) lines.push(article.text.slice(paragraph.start, paragraph.end), '');
  return `${lines.join('\n')}`;
}

export function searchCommand(): Command {
  return new Command('search')
    .description('full-text search of headlines and text (FTS5 syntax: "exact phrase", a OR b, title:word)')
    .argument('<query>', 'words to find')
    .option('--limit <n>', 'most results', parsePositiveInteger, 20)
    .option('--offset <n>', 'skip the first results', parseCount, 0)
    .option('--json', 'print JSON Lines')
    .action(async (query: string, options: { limit: number; offset: number; json?: boolean }, self: Command) => {
      const hits = await withStore(self, (store) => store.search(query, { limit: options.limit, offset: options.offset }));
      for (const hit of hits) await writeOut(options.json ? `${JSON.stringify(hit)}\n` : formatHit(hit));
      if (!options.json && hits.length === 0) process.stderr.write('no matches\n');
    });
}

function formatHit(hit: SearchHit): string {
  const isTerminal = process.stdout.isTTY === true;
  let snippet = '';
  let at = 0;
  for (const { start, end } of hit.highlights) {
    const term = hit.snippet.slice(start, end);
    snippet += hit.snippet.slice(at, start) + (isTerminal ? `\u001b[1m${term}\u001b[22m` : `[${term}]`);
    at = end;
  }
  snippet += hit.snippet.slice(at);
  return `${hit.id}  ${hit.publishedAt ?? '----------'}  ${hit.title || '(no headline)'}\n    ${snippet}\n`;
}

export function quotesCommand(): Command {
  return new Command('quotes')
    .description('list stored quotes by speaker and words: who said what, where')
    .option('--speaker <name>', 'the speaker\'s name or part of it, any case (`Kamikawa`, `the ministers`)')
    .option('--text <words>', 'words of the quote (FTS5 syntax: "exact phrase", a OR b)')
    .option('--limit <n>', 'most results', parsePositiveInteger, 50)
    .option('--offset <n>', 'skip the first results', parseCount, 0)
    .option('--json', 'print JSON Lines ({articleId, title, publishedAt, quote})')
    .action(async (options: { speaker?: string; text?: string; limit: number; offset: number; json?: boolean }, self: Command) => {
      const hits = await withStore(self, (store) => store.searchQuotes({ speaker: options.speaker, text: options.text, limit: options.limit, offset: options.offset }));
      for (const hit of hits) await writeOut(options.json ? `${JSON.stringify(hit)}\n` : formatQuote(hit));
      if (!options.json && hits.length === 0) process.stderr.write('no quotes\n');
    });
}

function formatQuote(hit: QuoteHit): string {
  const { quote } = hit;
  const who = quote.speakerName ?? '(no speaker)';
  const how = [quote.kind, quote.cue].filter(Boolean).join(', ');
  const text = quote.text.replace(/\s+/g, ' ');
  return `${hit.articleId.slice(0, 12)}  ${hit.publishedAt ?? '----------'}  ${who} (${how})\n    ${quote.kind === 'direct' ? `“${text}”` : text}\n`;
}

export function listCommand(): Command {
  return new Command('list')
    .description('list stored articles: id, date, headline')
    .option('--limit <n>', 'most rows', parsePositiveInteger, 50)
    .option('--offset <n>', 'skip the first rows', parseCount, 0)
    .option('--json', 'print JSON Lines')
    .action(async (options: { limit: number; offset: number; json?: boolean }, self: Command) => {
      const summaries = await withStore(self, (store) => store.listArticles({ limit: options.limit, offset: options.offset }));
      for (const summary of summaries) {
        await writeOut(options.json ? `${JSON.stringify(summary)}\n` : `${summary.id}  ${summary.publishedAt ?? '----------'}  ${summary.title || '(no headline)'}\n`);
      }
    });
}

export function failuresCommand(): Command {
  return new Command('failures')
    .description('list documents that failed and are not resolved by a later ingest')
    .option('--limit <n>', 'most rows', parsePositiveInteger, 100)
    .option('--json', 'print JSON Lines')
    .action(async (options: { limit: number; json?: boolean }, self: Command) => {
      const failures = await withStore(self, (store) => store.listFailures(options.limit));
      for (const failure of failures) {
        const where = describeLocation({ path: failure.sourcePath, line: failure.line ?? undefined, byteStart: failure.byteStart ?? undefined, byteEnd: failure.byteEnd ?? undefined });
        await writeOut(options.json ? `${JSON.stringify(failure)}\n` : `${failure.code} ${where}: ${failure.message}${failure.attempts > 1 ? ` (seen ${failure.attempts} times)` : ''}\n`);
      }
    });
}
