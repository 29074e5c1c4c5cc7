// Invariants of clean on generated dumps: spans lie inside the text, layers are ordered,
// cleaning is idempotent, no body paragraph is lost, and the JSON round-trips.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import { isResidueLine } from '../../src/clean/line-shapes.js';
import type { Article, Span } from '../../src/document/article.js';
import { areSpansOrdered, isSpanWithin } from '../../src/document/span.js';
import { NewsgraphError } from '../../src/errors.js';
import { rawText } from '../helpers.js';

const headline = fc.constantFrom('US-Japan Security Talks Underscore Threat from China', 'Landmine Victims Gather to Protest', 'Floods in Spain Leave Dozens Dead');
const sentence = fc
  .tuple(fc.constantFrom('The minister', 'Rescuers', '“We are tired,” he', 'Officials in Kyiv’s delegation', 'Japan'), fc.constantFrom('said on Monday', 'reported', 'told AFP', 'warned'), fc.constantFrom('that talks would resume.', 'the toll could rise.', '"nothing was lost."', 'it — again — in 2024.'))
  .map((parts) => parts.join(' '));
const caption = fc.tuple(sentence, fc.constantFrom('REUTERS/Issei Kato', '(AFP)', '(AP Photo/Evan Vucci)', 'Photo: Jane Doe/Bloomberg')).map(([text, credit]) => `${text} ${credit}`);
const residue = fc.constantFrom('TT', 'Advertisement', 'Share this article', '|', '0 comments');
const noise = fc.string({ maxLength: 40 }).map((text) => text.replace(/[\r\n]/g, ' '));
const line = fc.oneof({ weight: 5, arbitrary: sentence }, { weight: 2, arbitrary: caption }, { weight: 2, arbitrary: residue }, { weight: 2, arbitrary: fc.constant('') }, { weight: 1, arbitrary: headline }, { weight: 2, arbitrary: noise });
const dump = fc.tuple(fc.option(headline), fc.array(line, { minLength: 1, maxLength: 25 })).map(([title, lines]) => [...(title ? [title, ''] : []), ...lines].join('\n'));

function cleanOrNull(content: string): Article | null {
  try {
    return cleanDocument(rawText(content));
  } catch (error) {
    if (error instanceof NewsgraphError && error.code === 'CLEAN_NO_CONTENT') return null;
    throw error;
  }
}

function allSpans(article: Article): Span[] {
  return [...(article.titleSpan ? [article.titleSpan] : []), ...article.captions, ...article.captions.flatMap((caption) => (caption.creditSpan ? [caption.creditSpan] : [])), ...article.paragraphs, ...(article.dateline ? [article.dateline] : []), ...article.referenceDates];
}

describe('clean properties', () => {
  it('puts every span inside the text, with start < end, and keeps layers ordered', () => {
    fc.assert(
      fc.property(dump, (content) => {
        const article = cleanOrNull(content);
        if (!article) return;
        for (const span of allSpans(article)) expect(isSpanWithin(span, article.text.length)).toBe(true);
        expect(areSpansOrdered(article.paragraphs)).toBe(true);
        expect(areSpansOrdered(article.captions)).toBe(true);
        for (const caption of article.captions) expect(article.text.slice(caption.start, caption.end)).toBe(caption.text);
      }),
      { numRuns: 400 },
    );
  });

  it('is idempotent: cleaning the cleaned text gives the same article', () => {
    fc.assert(
      fc.property(dump, (content) => {
        const once = cleanOrNull(content);
        if (!once) return;
        const twice = cleanDocument(rawText(once.text));
        expect(twice.text).toBe(once.text);
        expect(twice.title).toBe(once.title);
        expect(twice.captions).toEqual(once.captions);
        expect(twice.paragraphs).toEqual(once.paragraphs);
      }),
      { numRuns: 400 },
    );
  });

  it('loses no body paragraph: every sentence line of the input is in the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(sentence, residue, caption, fc.constant('')), { minLength: 1, maxLength: 20 }), (lines) => {
        const article = cleanOrNull(lines.join('\n'));
        const isCaption = (entry: string): boolean => /(REUTERS\/|\(AFP\)|AP Photo|Photo:)/.test(entry);
        // A line that repeats a caption without its credit is the caption's copy, not body text.
        const captionTexts = new Set(lines.filter(isCaption).map((entry) => entry.replace(/ (REUTERS\/Issei Kato|\(AFP\)|\(AP Photo\/Evan Vucci\)|Photo: Jane Doe\/Bloomberg)$/, '')));
        const sentences = lines.filter((entry) => entry.length > 0 && !isResidueLine(entry) && !isCaption(entry) && !captionTexts.has(entry));
        if (!article) {
          expect(sentences).toEqual([]);
          return;
        }
        const paragraphs = article.paragraphs.map((span) => article.text.slice(span.start, span.end));
        // In order, each distinct one kept; long repeats are a scraper's copies.
        expect(paragraphs).toEqual([...new Set(sentences)]);
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips through JSON', () => {
    fc.assert(
      fc.property(dump, (content) => {
        const article = cleanOrNull(content);
        if (article) expect(JSON.parse(JSON.stringify(article))).toEqual(article);
      }),
      { numRuns: 100 },
    );
  });
});
