// Issue 2, bad input: each case gets a one-line error naming the file and position, and
// the rest of the batch goes on.

import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extract, makeTempDir, projectRoot, seedPath } from '../helpers.js';

const goodRecord = (n: number): string => JSON.stringify({ text: `Record ${n} is a good record with enough words to keep.`, title: `Good record number ${n} today` });

async function failuresOf(path: string): Promise<string[]> {
  const { failures } = await extract([path]);
  return failures.map((failure) => failure.error.describe());
}

describe('bad input', () => {
  it('refuses a binary file and names what it looks like', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
    writeFileSync(join(dir, 'noise.bin'), Buffer.from([0x41, 0x42, 0x00, 0x07, 0x08, 0x43]));
    expect(await failuresOf(dir)).toEqual([
      `INGEST_BINARY ${join(dir, 'noise.bin')} (byte 2): looks like binary data (a zero byte at byte 2); newsgraph reads text, HTML, RSS/Atom and JSON Lines`,
      `INGEST_BINARY ${join(dir, 'photo.jpg')} (byte 0): looks like a JPEG image; newsgraph reads text, HTML, RSS/Atom and JSON Lines`,
    ]);
  });

  it('refuses invalid UTF-8 with the offset of the bad byte', async () => {
    const path = join(makeTempDir(), 'bad.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('Headline of the story here\n\nFine text, then '), Buffer.from([0xe2, 0x82]), Buffer.from(' more.')]));
    expect(await failuresOf(path)).toEqual([`INGEST_BAD_ENCODING ${path} (byte 44): not valid UTF-8 at byte 44 (0xE2)`]);
  });

  it('refuses Latin-1 text with advice, and reads it when told the encoding', async () => {
    const path = join(makeTempDir(), 'latin1.txt');
    writeFileSync(path, Buffer.from('Café owners protest in Montréal\n\nThe café owners gathered on Monday.', 'latin1'));
    expect(await failuresOf(path)).toEqual([expect.stringMatching(/^INGEST_BAD_ENCODING .*latin1\.txt \(byte 3\): not valid UTF-8 at byte 3 \(0xE9\); it looks like Latin-1\/Windows-1252 text: re-run with --encoding windows-1252/)]);
    const { articles } = await extract([path], { encoding: 'windows-1252', maxDocumentBytes: 1 << 20 });
    expect(articles[0]!.title).toBe('Café owners protest in Montréal');
  });

  it('reads UTF-16 with a byte-order mark, byte ranges counted in the file', async () => {
    const path = join(makeTempDir(), 'utf16.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Headline in a UTF-16 file\n\nKyiv’s delegation — present.\n', 'utf16le')]));
    const { articles, failures } = await extract([path]);
    expect(failures).toEqual([]);
    expect(articles[0]!.text).toBe('Headline in a UTF-16 file\n\nKyiv’s delegation — present.');
    expect([articles[0]!.source.byteStart, articles[0]!.source.byteEnd]).toEqual([2, 2 + 2 * 'Headline in a UTF-16 file\n\nKyiv’s delegation — present.'.length]);
  });

  it('refuses an empty file and a file of white space', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\n\t\n');
    expect(await failuresOf(dir)).toEqual([`INGEST_EMPTY ${join(dir, 'blank.txt')}: the file holds only white space`, `INGEST_EMPTY ${join(dir, 'empty.txt')}: the file is empty`]);
  });

  it('skips a single 200 MB line in bounded memory and reads the records around it', async () => {
    const path = join(makeTempDir(), 'huge.jsonl');
    const huge = Buffer.alloc(200 * 1024 * 1024, 0x61);
    writeFileSync(path, Buffer.concat([Buffer.from(`${goodRecord(1)}\n{"text": "`), huge, Buffer.from(`"}\n${goodRecord(3)}\n`)]));
    const { articles, failures } = await extract([path]);
    expect(articles.map((article) => article.source.line)).toEqual([1, 3]);
    const first = goodRecord(1).length + 1;
    expect(failures.map((failure) => failure.error.describe())).toEqual([
      `INGEST_TOO_LARGE ${path} (line 2, bytes ${first}-${first + huge.length + 12}): the record is 200.0 MiB, over the 32 MiB limit (--max-document-size)`,
    ]);
  });

  it('refuses a 200 MB text file without reading all of it', async () => {
    const path = join(makeTempDir(), 'huge.txt');
    writeFileSync(path, Buffer.alloc(200 * 1024 * 1024, 0x62));
    expect(await failuresOf(path)).toEqual([expect.stringMatching(/^INGEST_TOO_LARGE .*huge\.txt \(bytes 0-33554432\): the file is over the 32 MiB limit/)]);
  });

  it('keeps the records before a gzip truncation and names where it broke', async () => {
    const path = join(makeTempDir(), 'cut.jsonl.gz');
    const lines = Array.from({ length: 3000 }, (_, i) => goodRecord(i)).join('\n');
    const gzip = gzipSync(lines);
    writeFileSync(path, gzip.subarray(0, Math.floor(gzip.length * 0.6)));
    const { articles, failures } = await extract([path]);
    expect(articles.length).toBeGreaterThan(100);
    expect(articles.map((article) => article.source.line)).toEqual(Array.from({ length: articles.length }, (_, i) => i + 1));
    expect(failures.map((failure) => failure.error.describe())).toEqual([
      expect.stringMatching(new RegExp(`^INGEST_BAD_GZIP .*cut\\.jsonl\\.gz \\(line ${articles.length + 1}, byte \\d+\\): the gzip stream is truncated after line ${articles.length}`)),
    ]);
  });

  it('refuses a gzip file that is corrupt from the start', async () => {
    const path = join(makeTempDir(), 'garbage.gz');
    writeFileSync(path, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x03, 0x99, 0x99, 0x99]));
    expect(await failuresOf(path)).toEqual([expect.stringMatching(/^INGEST_BAD_GZIP .*garbage\.gz: the gzip stream is/)]);
  });

  it('reads the good items of a malformed feed and names the broken one by line', async () => {
    const path = join(makeTempDir(), 'broken.rss');
    const broken = '<item><title>Broken <b>item</title></item>';
    const feed = `<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>Good item title here</title><description>Body of the good item.</description></item>\n${broken}\n<item><title>Third item title here</title><description>Body of the third item.</description></item>\n</channel></rss>`;
    writeFileSync(path, feed);
    const { articles, failures } = await extract([path]);
    expect(articles.map((article) => article.title)).toEqual(['Good item title here', 'Third item title here']);
    const start = feed.indexOf(broken);
    expect(failures.map((failure) => failure.error.describe())).toEqual([
      `INGEST_BAD_XML ${path} (line 4, bytes ${start}-${start + broken.length}): item 2 is not well-formed XML at line 4, column 28: Expected closing tag 'b' (opened in line 4, col 21) instead of closing tag 'title'.`,
    ]);
  });

  it('names the line of a feed broken outside its items', async () => {
    const path = join(makeTempDir(), 'broken.atom');
    writeFileSync(path, `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>Unclosed <b>title</title>\n</feed>`);
    expect(await failuresOf(path)).toEqual([expect.stringMatching(/^INGEST_BAD_XML .*broken\.atom \(line 3\): the feed is not well-formed XML at line 3/)]);
  });

  it('refuses an HTML page with no article in it', async () => {
    const path = join(makeTempDir(), 'cut.html');
    writeFileSync(path, '<!DOCTYPE html><html><head><title>Cut off');
    expect(await failuresOf(path)).toEqual([`CLEAN_NO_CONTENT ${path} (line 1, bytes 0-41): only a headline, no body text`]);
  });

  it('recovers the text of HTML with unclosed tags, as a browser would', async () => {
    const path = join(makeTempDir(), 'sloppy.html');
    writeFileSync(path, '<html><head><title>Sloppy markup still has a story</title></head><body><p>First paragraph <b>never closes its bold.<p>Second paragraph is here.');
    const { articles } = await extract([path]);
    expect(articles[0]!.text).toBe('Sloppy markup still has a story\n\nFirst paragraph never closes its bold.\n\nSecond paragraph is here.');
  });

  it('names each JSON Lines line that is not a usable record, and keeps the others', async () => {
    const path = join(makeTempDir(), 'mixed.jsonl');
    writeFileSync(path, [goodRecord(1), '{"text": "unterminated', '[1, 2]', '{"title": "no body"}', '', goodRecord(6)].join('\n'));
    const { articles, failures } = await extract([path]);
    expect(articles.map((article) => article.source.line)).toEqual([1, 6]);
    expect(failures.map((failure) => [failure.error.code, failure.error.location?.line])).toEqual([
      ['INGEST_BAD_JSON', 2],
      ['INGEST_BAD_RECORD', 3],
      ['INGEST_BAD_RECORD', 4],
    ]);
    expect(failures[0]!.raw && Buffer.from(failures[0]!.raw).toString()).toBe('{"text": "unterminated');
  });

  it('names a JSON Lines record with invalid UTF-8 by its line and the byte in the file', async () => {
    const path = join(makeTempDir(), 'encoded.jsonl');
    const first = Buffer.from(`${goodRecord(1)}\n`);
    writeFileSync(path, Buffer.concat([first, Buffer.from('{"text": "bad '), Buffer.from([0xe2, 0x82]), Buffer.from(' here"}\n'), Buffer.from(goodRecord(3))]));
    const { articles, failures } = await extract([path]);
    expect(articles.map((article) => article.source.line)).toEqual([1, 3]);
    expect(failures.map((failure) => failure.error.describe())).toEqual([`INGEST_BAD_ENCODING ${path} (line 2, bytes ${first.length}-${first.length + 23}): not valid UTF-8 at byte ${first.length + 14} (0xE2)`]);
  });

  it('reports unreadable entries of a directory and reads the rest', async () => {
    const dir = makeTempDir();
    copyFileSync(seedPath, join(dir, 'seed.txt'));
    symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'dangling.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const { articles, failures } = await extract([dir]);
    expect(articles).toHaveLength(2);
    expect(failures.map((failure) => failure.error.describe())).toEqual([
      `INGEST_UNREADABLE ${join(dir, 'dangling.txt')}: cannot read: no such file (or a broken link) (ENOENT)`,
      `INGEST_NOT_REGULAR_FILE ${join(dir, 'pipe')}: not a regular file (a named pipe); skipped`,
    ]);
  });

  it('reports a file and a directory without read permission', () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'locked.txt'), 'Headline here for a locked file\n\nBody.');
    writeFileSync(join(dir, 'open.txt'), 'Headline here for an open file\n\nThe body of the open file.');
    mkdirSync(join(dir, 'locked-dir'));
    chmodSync(join(dir, 'locked.txt'), 0o000);
    chmodSync(join(dir, 'locked-dir'), 0o000);
    // Root reads anything; without the capabilities that let it (util-linux setpriv), it obeys permissions like anyone.
    const command = [process.execPath, join(projectRoot, 'dist/cli/main.js'), 'extract', dir];
    const asAnyone = process.getuid?.() === 0 ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', ...command] : command;
    const result = spawnSync(asAnyone[0]!, asAnyone.slice(1), { encoding: 'utf8' });
    chmodSync(join(dir, 'locked-dir'), 0o700);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `failed: INGEST_UNREADABLE ${join(dir, 'locked-dir')}: cannot read the directory: permission denied (EACCES)`,
      `failed: INGEST_UNREADABLE ${join(dir, 'locked.txt')}: cannot read: permission denied (EACCES)`,
    ]);
    expect(result.stdout).toContain('Headline here for an open file');
    expect(result.status).toBe(2);
  });

  it('reports a path that does not exist', async () => {
    expect(await failuresOf('no/such/file.txt')).toEqual(['INGEST_UNREADABLE no/such/file.txt: cannot read: no such file (or a broken link) (ENOENT)']);
  });
});
