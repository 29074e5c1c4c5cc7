// Quotes and their speakers on PolNeAR (political news, 2016), a dev set: each article's
// text runs through the language, resolve and quotes stages as it is (a paragraph per
// line, offsets kept), and the gold attributions score
//   recall     of quote-bearing attributions (content holding a quotation mark): found
//              when an extracted quote of any kind overlaps at least half the content; a
//              quote broken by its attribution (`"A," X said. "B."`, one content of two
//              fragments in PolNeAR) counts with its continuation (rule brokenQuote)
//   precision  of extracted direct quotes: right when at least half of one lies inside
//              a gold content span
//   speaker    among found attributions with a gold source: right when the quote's
//              speaker entity has a mention on the source span, or its name (or the
//              speaker phrase) shares the last word of the source's name (the words
//              before its apposition or relative clause: `Mr. King, 82,` is King)
// Run: node --import tsx scripts/eval-quotes.ts [dev|train] [--errors]

import { fileURLToPath } from 'node:url';
import type { Article, Entity, Quote, Span } from '../src/document/article.js';
import { languageStage } from '../src/language/index.js';
import { loadResources, type Stage } from '../src/pipeline.js';
import { quotesStage } from '../src/quotes/index.js';
import { resolveStage } from '../src/resolve/index.js';
import { readPolnear, type Attribution, type Fragment, type PolnearArticle } from './lib/polnear.js';

const QUOTATION_MARK = /["“”]|''/;
const STAGES: readonly Stage[] = [languageStage, resolveStage, quotesStage];

export interface QuoteScores {
  readonly recall: number;
  readonly precision: number;
  readonly speakerAccuracy: number;
  readonly goldQuotes: number;
  readonly directQuotes: number;
  readonly speakersScored: number;
}

export function articleOf(document: PolnearArticle): Article {
  const paragraphs: Span[] = [];
  // One paragraph per line, as the text reader takes a dump's lines (src/clean/06): PolNeAR's
  // texts are not hard-wrapped, and some separate paragraphs by a single line break.
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(document.text); match; match = pattern.exec(document.text)) {
    if (match[0].trim() !== '') paragraphs.push({ start: match.index, end: match.index + match[0].length });
  }
  const title = paragraphs[0] ? document.text.slice(paragraphs[0].start, paragraphs[0].end) : '';
  return {
    id: document.name, source: { path: document.name, url: null, index: 0, format: 'text', line: null, byteStart: null, byteEnd: null, externalId: null }, title, publishedAt: document.publishedAt,
    text: document.text, captions: [], paragraphs, sentences: [], entities: [], places: [], dates: [], amounts: [], quotes: [], events: [],
    titleSpan: paragraphs[0] ?? null, byline: null, dateline: null, referenceDates: [], analysis: null,
    layers: ['text', 'captions', 'paragraphs'], warnings: [],
  };
}

const length = (fragments: readonly Fragment[]): number => fragments.reduce((sum, fragment) => sum + fragment.end - fragment.start, 0);
const overlap = (span: Span, fragments: readonly Fragment[]): number =>
  fragments.reduce((sum, fragment) => sum + Math.max(0, Math.min(span.end, fragment.end) - Math.max(span.start, fragment.start)), 0);
const lastWord = (text: string): string => text.toLowerCase().replace(/['’]s$/, '').match(/[\p{L}\p{N}]+/gu)?.pop() ?? '';

/**
 * The name a gold source is known by: the words before its apposition, parenthesis or
 * relative clause (`Mr. King, 82,` is King; `Smith, a friend of Jones,` is Smith, not
 * Jones; `a senior official who spoke on the condition of anonymity` is the official).
 */
const nameOfSource = (source: string): string =>
  source.replace(/\([^)]*\)/g, ' ').split(/\s*,\s*|\s+(?:who|which|that)\s+/).find((part) => part.trim() !== '') ?? source;

/** The extracted quotes grouped by attribution: a quote and the brokenQuote parts that follow it. */
function attributionsOf(quotes: readonly Quote[]): Quote[][] {
  const groups: Quote[][] = [];
  for (const quote of quotes) {
    const last = groups[groups.length - 1];
    if (quote.rule === 'brokenQuote' && last) last.push(quote);
    else groups.push([quote]);
  }
  return groups;
}

const overlapOfParts = (parts: readonly Quote[], content: readonly Fragment[]): number => parts.reduce((sum, quote) => sum + overlap(quote, content), 0);

function isSpeakerRight(quote: Quote, gold: Attribution, text: string, entities: readonly Entity[]): boolean {
  const entity = entities.find((candidate) => candidate.id === quote.speaker);
  if (entity?.mentions.some((mention) => overlap(mention, gold.source) > 0)) return true;
  const goldWord = lastWord(nameOfSource(gold.source.map((fragment) => text.slice(fragment.start, fragment.end)).join(' ')));
  return goldWord !== '' && [entity?.name, quote.speakerName].some((name) => name && lastWord(name) === goldWord);
}

export async function evaluateQuotes(compartment: 'dev' | 'train' = 'dev', log: (line: string) => void = console.log, showErrors = false): Promise<QuoteScores> {
  const resources = loadResources();
  let gold = 0, recalled = 0, direct = 0, directRight = 0, speakers = 0, speakersRight = 0;
  const documents = readPolnear(compartment);
  for (const [index, document] of documents.entries()) {
    if (process.stderr.isTTY) process.stderr.write(`\r  ${index + 1}/${documents.length} articles`);
    let article = articleOf(document);
    for (const stage of STAGES) article = stage.run(article, resources);
    const contents = document.attributions.map((attribution) => attribution.content).filter((content) => content.length > 0);
    for (const quote of article.quotes.filter((candidate) => candidate.kind === 'direct')) {
      direct++;
      const isRight = contents.some((content) => overlap(quote, content) * 2 >= quote.end - quote.start);
      if (isRight) directRight++;
      else if (showErrors) log(`SPURIOUS ${document.name} ${JSON.stringify(quote.text.slice(0, 100))}`);
    }
    for (const attribution of document.attributions) {
      const content = attribution.content;
      if (content.length === 0 || !content.some((fragment) => QUOTATION_MARK.test(document.text.slice(fragment.start, fragment.end)))) continue;
      gold++;
      const match = attributionsOf(article.quotes).filter((parts) => parts.reduce((sum, quote) => sum + overlap(quote, content), 0) * 2 >= length(content))
        .sort((a, b) => overlapOfParts(b, content) - overlapOfParts(a, content))[0]?.[0];
      const contentText = content.map((fragment) => document.text.slice(fragment.start, fragment.end)).join(' … ');
      if (!match) {
        if (showErrors) {
          const best = Math.max(0, ...attributionsOf(article.quotes).map((parts) => overlapOfParts(parts, content))) / length(content);
          log(`MISSED ${document.name} (best overlap ${best.toFixed(2)}) ${JSON.stringify(contentText.slice(0, 120))}`);
        }
        continue;
      }
      recalled++;
      if (attribution.source.length === 0) continue;
      speakers++;
      if (isSpeakerRight(match, attribution, document.text, article.entities)) speakersRight++;
      else if (showErrors) {
        const source = attribution.source.map((fragment) => document.text.slice(fragment.start, fragment.end)).join(' ');
        log(`SPEAKER ${document.name} gold ${JSON.stringify(source)} got ${JSON.stringify(match.speakerName)} [${match.rule}] ${JSON.stringify(contentText.slice(0, 80))}`);
      }
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  const percent = (part: number, whole: number): number => Math.round((10000 * part) / Math.max(1, whole)) / 100;
  const scores = { recall: percent(recalled, gold), precision: percent(directRight, direct), speakerAccuracy: percent(speakersRight, speakers), goldQuotes: gold, directQuotes: direct, speakersScored: speakers };
  log(`  recall of quote-bearing attributions ${scores.recall.toFixed(2)}% of ${gold}; precision of direct quotes ${scores.precision.toFixed(2)}% of ${direct}; speaker accuracy ${scores.speakerAccuracy.toFixed(2)}% of ${speakers} found with a gold source`);
  return scores;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const compartment = process.argv.includes('train') ? 'train' : 'dev';
  console.log(`quotes (PolNeAR ${compartment}: quote-bearing attributions, direct quotes, speakers)`);
  await evaluateQuotes(compartment, console.log, process.argv.includes('--errors'));
}
