import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import { NewsgraphError } from '../../src/errors.js';
import { rawText, spanText } from '../helpers.js';

const lead = 'The minister said on Monday that talks would resume next week in the capital.';
const second = 'Officials from both sides declined to comment on the timing of the meeting.';

function paragraphsOf(content: string): string[] {
  const article = cleanDocument(rawText(content));
  return article.paragraphs.map((paragraph) => spanText(article, paragraph));
}

describe('clean rules on text dumps', () => {
  it('takes the first line as headline when it reads like one, and drops its reprints', () => {
    const article = cleanDocument(rawText(`Talks to Resume Next Week\n\nTalks to Resume Next Week\n${lead}\n  Talks to Resume Next Week  \n${second}`));
    expect(article.title).toBe('Talks to Resume Next Week');
    expect(article.text).toBe(`Talks to Resume Next Week\n\n${lead}\n\n${second}`);
  });

  it('leaves the headline empty when the first line is a sentence', () => {
    const article = cleanDocument(rawText(`${lead}\n\n${second}`));
    expect(article.title).toBe('');
    expect(article.titleSpan).toBeNull();
    expect(article.text).toBe(`${lead}\n\n${second}`);
  });

  it('keeps a caption once, wherever its copies stand, with and without the credit', () => {
    const caption = 'Ministers meet in Tokyo, Japan, July 28, 2024.';
    const article = cleanDocument(rawText(`Talks to Resume Next Week\n${caption} REUTERS/Issei Kato\n${lead}\n${caption} REUTERS/Issei Kato\n${caption}\n${second}`));
    expect(article.captions.map((entry) => [entry.text, entry.credit, spanText(article, entry)])).toEqual([[caption, 'REUTERS/Issei Kato', caption]]);
    expect(article.paragraphs.map((paragraph) => spanText(article, paragraph))).toEqual([lead, second]);
  });

  it('takes a credit-less line with a photo cue as a caption only in the head', () => {
    const cue = 'Foreign Minister Yoko Kamikawa (C) poses with her counterparts';
    const inHead = cleanDocument(rawText(`Talks to Resume Next Week\n${cue}\n${lead}`));
    const inBody = cleanDocument(rawText(`Talks to Resume Next Week\n${lead}\n${cue}`));
    expect(inHead.captions.map((caption) => caption.text)).toEqual([cue]);
    expect(inBody.captions).toEqual([]);
  });

  it('drops a long paragraph printed twice but keeps a short line that repeats', () => {
    expect(paragraphsOf(`${lead}\n“No.”\n${second}\n“No.”\n${lead}`)).toEqual([lead, '“No.”', second, '“No.”']);
  });

  it('takes a byline out of the head and keeps it as metadata', () => {
    const article = cleanDocument(rawText(`Talks to Resume Next Week\nBy Jane Smith and John Doe, Reuters\n${lead}`));
    expect(article.byline).toBe('Jane Smith and John Doe, Reuters');
    expect(article.text).not.toContain('By Jane');
  });

  it('marks the dateline inside the first paragraph without changing it', () => {
    const article = cleanDocument(rawText(`Talks to Resume Next Week\n\nTOKYO (Reuters) - ${lead}`));
    expect(article.dateline).toMatchObject({ place: 'TOKYO', agency: 'Reuters' });
    expect(spanText(article, article.dateline!)).toBe('TOKYO (Reuters) - ');
    expect(spanText(article, article.paragraphs[0]!)).toBe(`TOKYO (Reuters) - ${lead}`);
  });

  it('keeps hard-wrapped prose as one paragraph, line breaks and all', () => {
    const wrapped = 'NASA launched a spacecraft to Jupiter on Monday to\nfind out whether one of its moons has the ingredients\nfor life in its ocean.';
    expect(paragraphsOf(`Europa Mission Lifts Off Today\n\n${wrapped}\n\n${lead}`)).toEqual([wrapped, lead]);
  });

  it('keeps one line per paragraph when lines are whole paragraphs without blank lines between', () => {
    expect(paragraphsOf(`Talks to Resume Next Week\n${lead}\n${second}`)).toEqual([lead, second]);
  });

  it('keeps the characters of a paragraph exactly: quotes, dashes and inner spaces', () => {
    const odd = '"These weapons have no place in today´s warfare,"  she told AFP — ‘twice’.';
    expect(paragraphsOf(`Weapons Debate Heats Up Again\n  ${odd}  `)).toEqual([odd]);
  });

  it('fails with the document named when nothing is left', () => {
    expect(() => cleanDocument(rawText('Only a Headline Stands Here\n\nTT\nAdvertisement', { path: 'dump.txt', line: 7 }))).toThrowError(
      expect.objectContaining({ code: 'CLEAN_NO_CONTENT', message: 'only a headline, no body text', location: expect.objectContaining({ path: 'dump.txt', line: 7 }) }) as NewsgraphError,
    );
  });
});

describe('clean rules on metadata', () => {
  it('uses the stated title, normalises the date and keeps the stated URL and id', () => {
    const article = cleanDocument(rawText(lead, { format: 'jsonl', metadata: { title: '  Talks\nresume ', date: 'Sun, 15 Dec 2024 18:20:00 +0300', url: 'https://x.example/a', externalId: 'r-1' } }));
    expect(article).toMatchObject({ title: 'Talks resume', publishedAt: '2024-12-15', source: { url: 'https://x.example/a', externalId: 'r-1', format: 'jsonl' } });
    expect(article.text).toBe(`Talks resume\n\n${lead}`);
  });

  it('warns and leaves publishedAt null for a date it cannot read', () => {
    const article = cleanDocument(rawText(lead, { metadata: { date: 'sometime soon' } }));
    expect(article.publishedAt).toBeNull();
    expect(article.warnings).toEqual(['publication date "sometime soon" could not be read; publishedAt left null']);
  });

  it('gives the same id to the same text from the same source, and another for another source', () => {
    const one = cleanDocument(rawText(lead, { path: 'a/dump.txt' }));
    expect(cleanDocument(rawText(lead, { path: 'elsewhere/dump.txt' })).id).toBe(one.id);
    expect(cleanDocument(rawText(lead, { path: 'a/other.txt' })).id).not.toBe(one.id);
    expect(cleanDocument(rawText(lead, { path: 'a/dump.txt', metadata: { url: 'https://x.example/a' } })).id).not.toBe(one.id);
  });
});
