// The language stage on the seed (issue 3): sentences, and every person named in it
// found with exactly their name as the span.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/document/article.js';
import { extract, seedPath, spanText } from '../helpers.js';

const SEED_PEOPLE = ['Rahm Emanuel', 'Antony Blinken', 'Lloyd Austin', 'Yoko Kamikawa', 'Minoru Kihara', 'Joe Biden', 'Alex Munyambabazi', 'Tamar Gabelnick'];
const TITLE_WORDS = /\b(Secretary|Minister|President|Ambassador|Director|Gen\.|Mr\.|Ms\.)\b/;

describe('language stage on the seed', () => {
  let articles: Article[] = [];
  beforeAll(async () => {
    ({ articles } = await extract([seedPath]));
  });

  it('finds every person named in the seed with exactly their name (issue 3)', () => {
    const people = new Set(articles.flatMap((article) => article.entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.name)));
    for (const name of SEED_PEOPLE) expect(people, name).toContain(name);
  });

  it('puts no title word inside a person span (issue 3)', () => {
    for (const article of articles) {
      for (const entity of article.entities.filter((candidate) => candidate.type === 'PERSON')) expect(entity.name).not.toMatch(TITLE_WORDS);
    }
  });

  it('types the seed\'s places and organisations', () => {
    // The language stage's own mentions (the resolve stage clusters them into entities).
    const typed = new Map(articles.flatMap((article) => article.analysis!.mentions.map((mention) => [article.text.slice(mention.start, mention.end), mention.type] as const)));
    expect(typed.get('Tokyo')).toBe('GPE');
    expect(typed.get('Cambodia')).toBe('GPE');
    // `Kyiv's delegation`, `mines to Kyiv`: the capital as government is still the place.
    expect(typed.get('Kyiv')).toBe('GPE');
    expect(typed.get('Japanese')).toBe('NORP');
    expect(typed.get('AFP')).toBe('ORG');
    // The title-case headline's `Landmine Victims Gather` is no organisation.
    expect(typed.has('Landmine Victims Gather')).toBe(false);
    // Meetings and bodies named by their head, over the places inside them.
    expect(typed.get('Extended Deterrence Ministerial Meeting')).toBe('EVENT');
    expect(typed.get('Siem Reap-Angkor Summit')).toBe('EVENT');
    expect(typed.get('Japan-US Security Consultative Committee')).toBe('ORG');
    // Acronyms of the commands the article spells out.
    expect(typed.get('USFJ')).toBe('ORG');
    expect(typed.get('INDOPACOM')).toBe('ORG');
  });

  it('splits the seed\'s paragraphs into sentences that stay inside them', () => {
    const [first] = articles;
    const texts = first!.sentences.map((sentence) => spanText(first!, sentence));
    expect(texts).toContain('Instead, instructions come from the US Indo-Pacific Command in Hawaii.');
    expect(texts).toContain('"Now is a critical phase when our decision today determines our future.”');
    for (const article of articles) {
      const blocks = [article.titleSpan!, ...article.captions, ...article.paragraphs];
      for (const sentence of article.sentences) {
        expect(blocks.some((block) => block.start <= sentence.start && sentence.end <= block.end)).toBe(true);
      }
    }
  });

  it('keeps entity mentions inside sentences, each naming its own characters', () => {
    for (const article of articles) {
      for (const entity of article.entities) {
        for (const mention of entity.mentions) {
          expect(spanText(article, mention)).toBe(mention.text);
          expect(article.sentences.some((sentence) => sentence.start <= mention.start && mention.end <= sentence.end)).toBe(true);
        }
      }
    }
  });

  it('parses each sentence into one tree and leaves the analysis out of the JSON', () => {
    const [first] = articles;
    const analysis = first!.analysis!;
    for (const sentence of analysis.sentences) {
      const roots = [];
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        if (analysis.heads[i] === -1) roots.push(i);
        else expect(analysis.heads[i]).toBeGreaterThanOrEqual(sentence.firstToken);
      }
      expect(roots).toHaveLength(1);
    }
    expect(JSON.parse(JSON.stringify(first))).not.toHaveProperty('analysis');
  });
});
