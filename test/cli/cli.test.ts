// The built `newsgraph` command, run as a user runs it (after `npm run build`).

import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CONLLU, parseConllu } from '../../src/corpus/conllu.js';
import { makeTempDir, projectRoot, seedPath } from '../helpers.js';

const cli = join(projectRoot, 'dist/cli/main.js');

function run(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? projectRoot, input: options.input, encoding: 'utf8', env: { ...process.env, NEWSGRAPH_DB: '', ...options.env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('newsgraph CLI', () => {
  it('is built', () => {
    expect(existsSync(cli)).toBe(true);
  });

  it.each(['ingest', 'extract', 'stats', 'show', 'search', 'quotes', 'list', 'failures', 'tag', 'parse', 'demo'])('explains "%s" with --help', (command) => {
    const result = run([command, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: newsgraph ${command}`));
  });

  it('exits 1 on a usage error', () => {
    expect(run(['ingest']).status).toBe(1);
    expect(run(['frobnicate']).status).toBe(1);
    expect(run(['extract', '--encoding', 'klingon', seedPath]).stderr).toMatch(/choose one of auto, utf-8/);
  });

  it('ingests, reports, and adds nothing the second time', () => {
    const db = join(makeTempDir(), 'news.db');
    const first = run(['ingest', '--db', db, 'sample']);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^ingested 8 sources \([\d.]+ KiB\): 17 documents, 17 articles \(17 new, 0 already stored\), 0 failed in [\d.]+ s\n$/);
    expect(first.stderr).toBe('');
    const second = run(['ingest', '--db', db, 'sample']);
    expect(second.stdout).toMatch(/17 articles \(0 new, 17 already stored\), 0 failed/);
    const stats = JSON.parse(run(['stats', '--json', '--db', db]).stdout) as Record<string, unknown>;
    expect(stats).toMatchObject({ documents: 17, articles: 17, failed: 0 });
  });

  it('exits 2 when a document fails, lists it on stderr and stores it', () => {
    const dir = makeTempDir();
    copyFileSync(seedPath, join(dir, 'seed.txt'));
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    const db = join(dir, 'news.db');
    const result = run(['ingest', '--db', db, dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`failed: INGEST_BINARY ${join(dir, 'binary.bin')} (byte 0): looks like binary data (a zero byte at byte 0); newsgraph reads text, HTML, RSS/Atom and JSON Lines\n`);
    expect(result.stdout).toMatch(/2 articles \(2 new, 0 already stored\), 1 failed/);
    expect(JSON.parse(run(['stats', '--json', '--db', db]).stdout)).toMatchObject({ articles: 2, failed: 1 });
    expect(run(['failures', '--db', db]).stdout).toMatch(/^INGEST_BINARY .*binary\.bin \(byte 0\): looks like binary data/);
  });

  it('uses NEWSGRAPH_DB when --db is not given', () => {
    const db = join(makeTempDir(), 'from-env.db');
    run(['ingest', seedPath], { env: { NEWSGRAPH_DB: db } });
    expect(JSON.parse(run(['stats', '--json', '--db', db]).stdout)).toMatchObject({ articles: 2 });
  });

  it('extracts contract JSON Lines from a file and from stdin without storing', () => {
    const dir = makeTempDir();
    const fromFile = run(['extract', seedPath], { cwd: projectRoot });
    const lines = fromFile.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((article) => article['title'])).toEqual(['US-Japan Security Talks Underscore Threat from China', 'Landmine Victims Gather to Protest US Decision to Supply Ukraine']);
    for (const article of lines) {
      expect(Object.keys(article).slice(0, 14)).toEqual(['id', 'source', 'title', 'publishedAt', 'text', 'captions', 'paragraphs', 'sentences', 'entities', 'places', 'dates', 'amounts', 'quotes', 'events']);
    }
    const fromStdin = run(['extract', '-'], { cwd: dir, input: '{"text": "Piped in through standard input, one record.", "title": "A piped record title"}\n' });
    expect(JSON.parse(fromStdin.stdout)).toMatchObject({ title: 'A piped record title', source: { path: null, format: 'jsonl', line: 1 } });
    expect(existsSync(join(dir, 'newsgraph.db'))).toBe(false);
  });

  it('extracts the same bytes with worker threads as without', () => {
    const inThread = run(['extract', '--workers', '0', 'sample']);
    const inPool = run(['extract', '--workers', '2', 'sample']);
    expect(inThread.status).toBe(0);
    expect(inThread.stdout.trim().split('\n')).toHaveLength(17);
    expect(inPool.stdout).toBe(inThread.stdout);
    expect(inPool.stderr).toBe(inThread.stderr);
    expect(run(['extract', '--workers', 'many', seedPath]).stderr).toMatch(/expected a whole number, 0 or more/);
  });

  it('prints the language layer as CoNLL-U whose token ranges point into each article\'s text', () => {
    const articles = run(['extract', seedPath]).stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; text: string });
    const inThread = run(['extract', '--conllu', '--workers', '0', seedPath]);
    expect(inThread.status).toBe(0);
    expect(run(['extract', '--conllu', '--workers', '2', seedPath]).stdout).toBe(inThread.stdout);
    const sentences = parseConllu(inThread.stdout);
    expect(sentences.length).toBeGreaterThan(30);
    expect(sentences.filter((sentence) => sentence.comments.some((comment) => comment.startsWith('# newdoc id = '))).map((sentence) => sentence.comments[0])).toEqual(articles.map((article) => `# newdoc id = ${article.id}`));
    let article = articles[0]!;
    const tagged: string[] = [];
    for (const sentence of sentences) {
      const newdoc = sentence.comments.find((comment) => comment.startsWith('# newdoc id = '));
      if (newdoc) article = articles.find((candidate) => `# newdoc id = ${candidate.id}` === newdoc)!;
      const heads = sentence.words.map((word) => Number(word.columns[CONLLU.HEAD]));
      expect(heads.filter((head) => head === 0)).toHaveLength(1);
      expect(heads.every((head) => head >= 0 && head <= heads.length)).toBe(true);
      for (const word of sentence.words) {
        const misc = word.columns[CONLLU.MISC]!;
        const [start, end] = /TokenRange=(\d+):(\d+)/.exec(misc)!.slice(1).map(Number) as [number, number];
        expect(article.text.slice(start, end)).toBe(word.columns[CONLLU.FORM]);
        const ner = /NER=([BI]-\w+)/.exec(misc)?.[1];
        if (ner) tagged.push(`${word.columns[CONLLU.FORM]}/${ner}`);
      }
    }
    expect(tagged.join(' ')).toContain('Lloyd/B-PERSON Austin/I-PERSON');
    expect(tagged.join(' ')).toContain('International/B-ORG Campaign/I-ORG to/I-ORG Ban/I-ORG Landmines/I-ORG');
  });

  it('shows a stored article as JSON or text, searches and lists', () => {
    const db = join(makeTempDir(), 'news.db');
    run(['ingest', '--db', db, 'sample']);
    const hit = run(['search', '--db', db, '--json', 'Munyambabazi']);
    const { id } = JSON.parse(hit.stdout.split('\n')[0]!) as { id: string };
    const shown = JSON.parse(run(['show', '--db', db, id]).stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ id, title: 'Landmine Victims Gather to Protest US Decision to Supply Ukraine' });
    expect(shown).not.toHaveProperty('analysis');
    expect(run(['show', '--db', db, '--text', id.slice(0, 8)]).stdout).toMatch(/^Landmine Victims Gather.*\n.*\n\[photo\] Activists and landmine survivors .* \(credit: AFP\)\n/);
    expect(run(['search', '--db', db, 'Munyambabazi']).stdout).toMatch(/\[Munyambabazi\]/);
    expect(run(['list', '--db', db]).stdout.trim().split('\n')).toHaveLength(17);
    const missing = run(['show', '--db', db, 'ffffffffffffffff']);
    expect([missing.status, missing.stderr]).toEqual([1, 'newsgraph: no article with id "ffffffffffffffff"\n']);
  });

  it('lists stored quotes by speaker and by words', () => {
    const db = join(makeTempDir(), 'news.db');
    run(['ingest', '--db', db, 'sample/dumps']);
    const byKamikawa = run(['quotes', '--db', db, '--json', '--speaker', 'kamikawa']).stdout.trim().split('\n').map((line) => JSON.parse(line) as { quote: { text: string; speakerName: string; kind: string } });
    expect(byKamikawa.map((hit) => [hit.quote.speakerName, hit.quote.kind, hit.quote.text.slice(0, 23)])).toEqual([
      ['Yoko Kamikawa', 'direct', 'We are standing at a hi'],
      ['Yoko Kamikawa', 'direct', 'Now is a critical phase'],
    ]);
    expect(run(['quotes', '--db', db, '--text', 'landmine planted']).stdout).toMatch(/^[0-9a-f]{12} {2}-{10} {2}Alex Munyambabazi \(direct\)\n {4}“Every landmine planted is a child/);
    expect(run(['quotes', '--db', db, '--speaker', 'Gabelnick', '--text', 'weapons']).stdout.trim().split('\n')).toHaveLength(4);
    // A speaker name is matched literally: `%` is no wildcard.
    const none = run(['quotes', '--db', db, '--speaker', '%']);
    expect([none.stdout, none.stderr]).toEqual(['', 'no quotes\n']);
  });

  it('shows no progress bar when stderr is not a terminal', () => {
    const db = join(makeTempDir(), 'news.db');
    expect(run(['ingest', '--db', db, 'sample']).stderr).not.toMatch(/\u001b\[|%/);
  });

  it('runs the demo into a fresh database and refuses to overwrite a chosen one', () => {
    const dir = makeTempDir();
    const result = run(['demo'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('US-Japan Security Talks Underscore Threat from China');
    expect(result.stdout).toContain('caption: Activists and landmine survivors hold placards');
    // The resolve stage's layers, read back from the database (issue 4).
    expect(result.stdout).toContain('people: Rahm Emanuel (Ambassador to Japan) USAGOV; Antony Blinken (Secretary of State) USAGOV');
    expect(result.stdout).toMatch(/places: .*Siem Reap \(13\.\d\d, 103\.\d\d\)/);
    expect(result.stdout).toContain('dates: November 26, 2024 = 2024-11-26');
    // The quotes stage's layer (issue 5).
    expect(result.stdout).toContain('quote: Yoko Kamikawa: “We are standing at a historic turning point');
    expect(result.stdout).toMatch(/17 articles \(17 new, 0 already stored\), 0 failed/);
    expect(run(['demo'], { cwd: dir }).stdout).toMatch(/17 new/);
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'keep.db'), 'precious');
    const refused = run(['demo', '--db', join(dir, 'mine', 'keep.db')], { cwd: dir });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/demo writes a fresh database, and .*keep\.db exists/);
  });

  it('exits 1 with a message when the database cannot be opened', () => {
    const dir = makeTempDir();
    const result = run(['stats', '--db', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^newsgraph: STORE_FAILED .*: cannot open the database/);
  });
});

describe('an interrupted ingest', () => {
  function writeRecords(path: string, count: number): void {
    const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `r${i}`, title: `Record number ${i} of the batch`, text: `Paragraph one of record ${i}, with enough words to be kept.\n\nParagraph two of record ${i}.` }));
    writeFileSync(path, `${lines.join('\n')}\n`);
  }

  /** Waits until the running ingest has committed its first batch, however slow the machine. */
  async function waitForArticles(db: string): Promise<void> {
    for (let waited = 0; waited < 60_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!existsSync(db)) continue;
      try {
        const database = new Database(db, { readonly: true });
        const count = database.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
        database.close();
        if (count > 0) return;
      } catch {
        // The schema is not there yet.
      }
    }
    throw new Error('the ingest stored nothing within a minute');
  }

  function consistency(db: string): { articles: number; linked: number; indexed: number } {
    const counts = run(['stats', '--json', '--db', db]);
    expect(counts.status).toBe(0);
    const database = new Database(db, { readonly: true });
    const row = {
      articles: database.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number,
      linked: database.prepare('SELECT COUNT(DISTINCT article_id) FROM raw_documents WHERE article_id IS NOT NULL').pluck().get() as number,
      indexed: database.prepare("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'record'").pluck().get() as number,
    };
    database.close();
    return row;
  }

  it.each([
    ['SIGINT', 130],
    ['SIGKILL', null],
  ] as const)('by %s leaves whole articles only, and a second run completes it without duplicates', async (signal, status) => {
    const dir = makeTempDir();
    const input = join(dir, 'records.jsonl');
    const db = join(dir, 'news.db');
    writeRecords(input, 40_000);
    const child = spawn(process.execPath, [cli, 'ingest', '--db', db, '--batch-size', '50', input], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await waitForArticles(db);
    child.kill(signal);
    const [exitStatus] = (await once(child, 'exit')) as [number | null];
    expect(exitStatus).toBe(status);
    if (signal === 'SIGINT') expect(stdout).toMatch(/^interrupted after \d+ documents \([\d.]+ [KM]iB read\): \d+ articles .*; run the same command again to finish\n$/);
    const partial = consistency(db);
    expect(partial.articles).toBeGreaterThan(0);
    expect(partial.articles).toBeLessThan(40_000);
    expect(partial).toEqual({ articles: partial.articles, linked: partial.articles, indexed: partial.articles });
    const rerun = run(['ingest', '--db', db, input]);
    expect(rerun.stdout).toMatch(new RegExp(`40000 articles \\(${40_000 - partial.articles} new, ${partial.articles} already stored\\)`));
    expect(consistency(db)).toEqual({ articles: 40_000, linked: 40_000, indexed: 40_000 });
  });
});
