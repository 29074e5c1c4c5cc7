import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import type { Article } from '../../document/article.js';
import { NewsgraphError } from '../../errors.js';
import { openSqliteStore } from '../../store/sqlite/index.js';
import type { ArticleStore } from '../../store/store.js';
import { ingestIntoStore, formatTotals } from './ingest.js';
import { describeDate, setExitStatus, writeOut } from '../output.js';

export const sampleDirectory = fileURLToPath(new URL('../../../sample/', import.meta.url));
const demoDatabase = 'newsgraph-demo.db';

export function demoCommand(): Command {
  return new Command('demo')
    .description(`ingest the bundled sample corpus (the seed dump, HTML, feeds, JSON Lines) into a fresh database (${demoDatabase} unless --db) and show what was found`)
    .action(async (_options: unknown, self: Command) => {
      const given = self.optsWithGlobals<{ db?: string }>().db;
      const path = given ?? demoDatabase;
      if (given !== undefined && existsSync(given)) {
        throw new NewsgraphError('USAGE', `demo writes a fresh database, and ${given} exists; remove it or choose another --db`);
      }
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      const store = openSqliteStore(path);
      try {
        const articles: Article[] = [];
        const totals = await ingestIntoStore([sampleDirectory], store, { encoding: 'auto', maxDocumentSize: 32, batchSize: 200, showProgress: false, database: path, workers: undefined });
        for (const id of await listIds(store)) {
          const article = await store.getArticle(id);
          if (article) articles.push(article);
        }
        await writeOut(articles.map(describeArticle).join('\n'));
        await writeOut(`\n${formatTotals(totals)}\ndatabase: ${path}\ntry: npx newsgraph search --db ${path} landmine\n     npx newsgraph quotes --db ${path} --speaker Kamikawa\n`);
        setExitStatus(totals);
      } finally {
        await store.close();
      }
    });
}

async function listIds(store: ArticleStore): Promise<string[]> {
  const summaries = await store.listArticles({ limit: 1000, offset: 0 });
  return summaries.map((summary) => summary.id);
}

function describeArticle(article: Article): string {
  const where = `${article.source.path ?? 'stdin'}${article.source.line !== null ? `:${article.source.line}` : ''}`;
  const lines = [`${article.title || '(no headline)'}`, `  ${article.id} · ${describeDate(article)} · ${article.source.format} · ${where}`];
  if (article.byline) lines.push(`  byline: ${article.byline}`);
  if (article.dateline) lines.push(`  dateline: ${article.text.slice(article.dateline.start, article.dateline.end).trim()}`);
  for (const caption of article.captions) lines.push(`  caption: ${shorten(caption.text, 90)}${caption.credit ? ` [credit: ${caption.credit}]` : ''}`);
  const first = article.paragraphs[0];
  lines.push(`  ${article.paragraphs.length} paragraphs${first ? `: ${shorten(article.text.slice(first.start, first.end), 100)}` : ''}`);
  const people = article.entities.filter((entity) => entity.type === 'PERSON').map((entity) => `${entity.name}${entity.roles[0] ? ` (${entity.roles[0]})` : ''}${entity.actorCode ? ` ${entity.actorCode}` : ''}`);
  if (people.length > 0) lines.push(`  people: ${shorten(people.join('; '), 150)}`);
  if (article.places.length > 0) lines.push(`  places: ${shorten(article.places.map((place) => `${place.name} (${place.lat.toFixed(2)}, ${place.lon.toFixed(2)})`).join('; '), 150)}`);
  if (article.dates.length > 0) lines.push(`  dates: ${shorten(article.dates.map((date) => `${date.text.replace(/\s+/g, ' ')} = ${date.value}`).join('; '), 150)}`);
  for (const quote of article.quotes.filter((candidate) => candidate.kind !== 'indirect').slice(0, 3)) {
    lines.push(`  quote: ${quote.speakerName ?? '(no speaker)'}: ${shorten(quote.kind === 'direct' ? `“${quote.text}”` : quote.text, 100)}`);
  }
  return `${lines.join('\n')}\n`;
}

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
