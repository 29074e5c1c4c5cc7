// The seed must come out right (issue 2): exactly two articles, exact headlines, each
// caption once with its credit, no residue, every body paragraph once and in order.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, seedPath, spanText } from '../helpers.js';

const seedLines = readFileSync(seedPath, 'utf8').split('\n').map((line) => line.trim());
const headlines = ['US-Japan Security Talks Underscore Threat from China', 'Landmine Victims Gather to Protest US Decision to Supply Ukraine'];

describe('the seed dump', async () => {
  const { articles, failures } = await extract([seedPath]);

  it('gives exactly two articles and no failure', () => {
    expect(failures).toEqual([]);
    expect(articles.map((article) => article.title)).toEqual(headlines);
  });

  it('prints each headline once, at the start of the text', () => {
    for (const article of articles) {
      expect(article.text.startsWith(`${article.title}\n\n`)).toBe(true);
      expect(article.text.split(article.title)).toHaveLength(2);
      expect(article.titleSpan).toEqual({ start: 0, end: article.title.length });
    }
  });

  it('keeps each caption once, with its credit split out and pointing at real text', () => {
    const [security, landmines] = articles;
    expect(security!.captions).toHaveLength(1);
    expect(security!.captions[0]!.credit).toBe('REUTERS/Issei Kato');
    expect(security!.captions[0]!.text).toMatch(/^US Ambassador to Japan, Rahm Emanuel, .* Tokyo, Japan July 28, 2024\.$/);
    expect(landmines!.captions).toHaveLength(1);
    expect(landmines!.captions[0]!.credit).toBe('AFP');
    expect(landmines!.captions[0]!.text).toMatch(/^Activists and landmine survivors hold placards .* on November 26, 2024\.$/);
    for (const article of articles) {
      const caption = article.captions[0]!;
      expect(spanText(article, caption)).toBe(caption.text);
      expect(spanText(article, caption.creditSpan!)).toBe(caption.credit);
      expect(article.text.split(caption.text)).toHaveLength(2);
    }
  });

  it('drops the TT residue line', () => {
    for (const article of articles) expect(article.text).not.toMatch(/^TT$/m);
  });

  it('keeps every body paragraph of the input exactly once, in order, with its characters', () => {
    const bodyLines = seedLines.filter((line) => line.length > 0 && line !== 'TT' && !headlines.includes(line) && !/\(AFP\)$|REUTERS\/Issei Kato$/.test(line));
    const paragraphs = articles.flatMap((article) => article.paragraphs.map((paragraph) => spanText(article, paragraph)));
    expect(paragraphs).toEqual(bodyLines);
    expect(paragraphs).toHaveLength(23);
    expect(paragraphs).toContain('"These weapons have no place in today´s warfare," she told AFP.');
  });

  it('records the caption dates as reference dates and leaves publishedAt null', () => {
    expect(articles.map((article) => article.publishedAt)).toEqual([null, null]);
    expect(articles.map((article) => article.referenceDates.map((date) => [date.value, date.from, date.text]))).toEqual([
      [['2024-07-28', 'caption', 'July 28, 2024']],
      [['2024-11-26', 'caption', 'November 26, 2024']],
    ]);
  });

  it('points each article at its byte range in the file', () => {
    const bytes = readFileSync(seedPath);
    expect(articles.map((article) => [article.source.index, article.source.line])).toEqual([[0, 1], [1, 33]]);
    const [first, second] = articles;
    expect(bytes.subarray(first!.source.byteStart!, first!.source.byteEnd!).toString('utf8')).toMatch(/^US-Japan Security Talks[\s\S]*Russia and China\.$/);
    expect(bytes.subarray(second!.source.byteStart!, second!.source.byteEnd!).toString('utf8')).toMatch(/^Landmine Victims Gather[\s\S]*on its territory\.$/);
  });
});
