// Invariants of the resolve stage's layers on generated articles and on the sample
// corpus: every span inside the text with start < end and its text where one is given,
// layers in text order, entity ids unique, each mention in one entity only, places on
// the globe, date values in the contract's forms, and the JSON round-trips.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleJSON, type Article } from '../../src/document/article.js';
import { loadResources, processDocument, type Resources } from '../../src/pipeline.js';
import { extract, rawText } from '../helpers.js';

const name = fc.constantFrom('Lloyd Austin', 'Austin', 'Yoko Kamikawa', 'Kyiv', 'Washington', 'US Forces Japan', 'USFJ', 'the United States', 'Japanese', 'AFP', 'Hurricane Helene', 'Helene');
const verb = fc.constantFrom('said on Tuesday', 'announced in March', 'told AFP last week', 'sent more than 50,000 troops to', 'met', 'warned');
const sentence = fc.tuple(fc.constantFrom('', 'Secretary of State ', 'Japanese Foreign Minister ', '"We are tired," '), name, verb, name, fc.constantFrom('.', ', he said.', ' in 2005.', ' on July 28, 2024.')).map(([title, subject, act, object, end]) => `${title}${subject} ${act} ${object}${end}`);
const dump = fc.tuple(fc.constantFrom('Talks in Tokyo', 'Landmine victims gather'), fc.array(sentence, { minLength: 1, maxLength: 6 })).map(([title, lines]) => [title, '', ...lines.flatMap((line) => [line, ''])].join('\n'));

function checkInvariants(article: Article): void {
  const inside = (span: { start: number; end: number }) => span.start >= 0 && span.end <= article.text.length && span.start < span.end;
  const ids = new Set<string>();
  // Spans already in an entity; only a group's pronoun (`they` of `Blinken and Austin`) may be in several.
  const seen = new Map<string, string | undefined>();
  let previousFirst = -1;
  for (const entity of article.entities) {
    expect(ids.has(entity.id), entity.id).toBe(false);
    ids.add(entity.id);
    expect(entity.mentions[0]!.start).toBeGreaterThan(previousFirst);
    previousFirst = entity.mentions[0]!.start;
    const ownSpans = new Set<string>();
    for (const mention of entity.mentions) {
      const span = `${mention.start}:${mention.end}`;
      expect(inside(mention)).toBe(true);
      expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(ownSpans.has(span), span).toBe(false);
      if (seen.has(span)) expect([seen.get(span), mention.kind], span).toEqual(['pronoun', 'pronoun']);
      ownSpans.add(span);
      seen.set(span, mention.kind);
    }
    for (const role of entity.roleMentions ?? []) expect(inside(role)).toBe(true);
  }
  for (const place of article.places) {
    expect(Math.abs(place.lat)).toBeLessThanOrEqual(90);
    expect(Math.abs(place.lon)).toBeLessThanOrEqual(180);
    for (const mention of place.mentions) expect(inside(mention)).toBe(true);
  }
  for (const layer of [article.dates, article.amounts]) {
    layer.forEach((item, index) => {
      expect(inside(item)).toBe(true);
      expect(article.text.slice(item.start, item.end)).toBe(item.text);
      if (index > 0) expect(item.start).toBeGreaterThanOrEqual(layer[index - 1]!.end);
    });
  }
  for (const date of article.dates) expect(date.value).toMatch(/^\d{4}(?:-\d\d(?:-\d\d)?)?$/);
  const copy = JSON.parse(articleJSON(article)) as Article;
  expect(copy.entities).toEqual(JSON.parse(JSON.stringify(article.entities)));
}

describe('resolve stage properties', () => {
  let resources: Resources;
  beforeAll(() => {
    resources = loadResources();
  });

  it('keeps its invariants on generated articles', () => {
    fc.assert(fc.property(dump, (content) => checkInvariants(processDocument(rawText(content), resources))), { numRuns: 40 });
  });

  it('keeps its invariants on every article of the sample corpus', async () => {
    const { articles } = await extract(['sample']);
    expect(articles.length).toBeGreaterThan(10);
    for (const article of articles) checkInvariants(article);
  });
});
