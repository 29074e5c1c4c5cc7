// The quotes stage on the seed (issue 5): every quote of both articles with its speaker,
// kind and cue, with offsets into the article's text.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/document/article.js';
import { extract, seedPath } from '../helpers.js';

describe('quotes stage on the seed', () => {
  let articles: Article[] = [];
  beforeAll(async () => {
    ({ articles } = await extract([seedPath]));
  });

  /** Each quote as `kind speaker (cue): first words`. */
  const quotesOf = (index: number): string[] => articles[index]!.quotes.map((quote) => `${quote.kind} ${quote.speakerName ?? '-'} (${quote.cue ?? '-'}): ${quote.text.slice(0, 30)}`);

  it('gives the security talks their quotes: Kamikawa twice, Austin twice, the ministers', () => {
    expect(quotesOf(0)).toEqual([
      'mixed Japanese and US defense chiefs and top diplomats (describing): the rising threat from China a',
      'direct Yoko Kamikawa (said): We are standing at a historic ',
      'direct Yoko Kamikawa (-): Now is a critical phase when o',
      'mixed Lloyd Austin (said): China is “engaging in coercive',
      'mixed Lloyd Austin (adding): North Korea\'s nuclear program ',
      'mixed the ministers (said): China\'s foreign policy “seeks ',
      'mixed the ministers (said): “such behavior is a serious co',
      'mixed the ministers (said): the US command reorganization,',
    ]);
  });

  it('gives the landmine story its quotes: the placard, Munyambabazi three times, Gabelnick three times', () => {
    expect(quotesOf(1)).toEqual([
      'direct one placard (read): Look what antipersonnel landmi',
      'mixed Alex Munyambabazi (said): he "condemned" the decision by',
      'direct Alex Munyambabazi (told): We are tired. We don\'t want to',
      'direct Alex Munyambabazi (-): Every landmine planted is a ch',
      'mixed Tamar Gabelnick (said): Ukraine using the US mines wou',
      'direct Tamar Gabelnick (told): These weapons have no place in',
      'direct Tamar Gabelnick (-): [Ukraine\'s] people have suffer',
    ]);
  });

  it('points each speaker at its entity, and records the medium, the report\'s source and the placard as an object', () => {
    const [talks, landmines] = articles;
    const kamikawa = talks!.entities.find((entity) => entity.name === 'Yoko Kamikawa')!;
    expect(talks!.quotes[1]).toMatchObject({ speaker: kamikawa.id, speakerKind: 'person', rule: 'speakerAfterClosingQuote' });
    expect(talks!.quotes[5]).toMatchObject({ speaker: null, speakerKind: 'group', medium: 'the joint statement' });
    expect(talks!.quotes[7]!.reportedBy).toMatchObject({ name: 'The Associated Press' });
    expect(landmines!.quotes[0]).toMatchObject({ speaker: null, speakerKind: 'object' });
    expect(landmines!.quotes[2]).toMatchObject({ medium: 'AFP', rule: 'speakerAfterClosingQuote' });
    // The continued quote runs over two paragraphs, each opening with a mark.
    expect(landmines!.quotes[3]!.text).toMatch(/^Every landmine planted .*\n\n"I am here to say .* No excuses, no exceptions\.$/s);
  });

  it('keeps every quote\'s text equal to its span of the article\'s text', () => {
    for (const article of articles) for (const quote of article.quotes) expect(article.text.slice(quote.start, quote.end)).toBe(quote.text);
  });
});
