// Geocoding end to end from raw text on the geoparsing dev sets (LGL, GeoVirus): each
// article runs through the language models and geocodePlaces. A gold toponym (LGL:
// those with coordinates) counts when a place mention has its surface form (the same
// span, or an overlapping one with the same text) and lies within 161 km (100 miles,
// the usual geoparsing threshold) of the gold point. Also: recall of the toponyms
// (found at all), accuracy among those found, precision of the place mentions (those
// that are gold toponyms, tagged or not), and the recogniser's recall of the toponym
// spans (a GPE/LOC/FAC mention with the same span, whether geocoded or not).
// All figures in percent.
// Run: node --import tsx scripts/eval-places.ts [--errors FILE]

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Span } from '../src/document/article.js';
import { analyseLanguage } from '../src/language/analyse.js';
import type { LanguageModels } from '../src/language/models.js';
import { geocodePlaces, type PlaceGazetteer } from '../src/resolve/places/index.js';
import { loadLanguageModels } from '../src/resources/language-models.js';
import { loadPlaceGazetteer } from '../src/resources/place-gazetteer.js';
import { distanceKm } from '../src/resolve/places/choose-place.js';
import { readGeoparseCorpus, type GeoparseArticle, type GeoparseCorpus, type GoldToponym } from './lib/geoparse-corpora.js';
import { spansOverlap } from '../src/document/span.js';

const MAX_KM = 161;
const CORPORA: readonly GeoparseCorpus[] = ['lgl', 'geovirus'];

interface Counts { gold: number; found: number; correct: number; predicted: number; predictedGold: number; nerFound: number }

interface PredictedMention extends Span { readonly lat: number; readonly lon: number; readonly name: string }

function sameSurface(text: string, gold: GoldToponym, span: Span): boolean {
  if (span.start === gold.start && span.end === gold.end) return true;
  return spansOverlap(span, gold) && text.slice(span.start, span.end) === gold.phrase;
}

function scoreArticle(article: GeoparseArticle, models: LanguageModels, gazetteer: PlaceGazetteer, counts: Counts, errors: string[]): void {
  const { text } = article;
  const analysis = analyseLanguage(text, [{ start: 0, end: text.length }], models);
  const predicted: PredictedMention[] = geocodePlaces({ text, analysis }, gazetteer)
    .flatMap((place) => place.mentions.map((span) => ({ ...span, lat: place.lat, lon: place.lon, name: place.name })));
  const nerSpans = analysis.mentions.filter((mention) => ['GPE', 'LOC', 'FAC'].includes(mention.type));
  counts.predicted += predicted.length;
  for (const span of predicted) {
    if (article.toponyms.some((gold) => sameSurface(text, gold, span))) counts.predictedGold++;
    else errors.push(['spurious', text.slice(span.start, span.end), '', span.name, text.slice(Math.max(0, span.start - 40), span.end + 40).replace(/\s+/g, ' ')].join('\t'));
  }
  for (const gold of article.toponyms) {
    if (gold.lat === null || gold.lon === null) continue;
    counts.gold++;
    if (nerSpans.some((span) => span.start === gold.start && span.end === gold.end)) counts.nerFound++;
    const match = predicted.find((span) => sameSurface(text, gold, span));
    const distance = match ? distanceKm({ lat: gold.lat, lon: gold.lon }, match) : null;
    if (match) counts.found++;
    if (distance !== null && distance <= MAX_KM) counts.correct++;
    else {
      const context = text.slice(Math.max(0, gold.start - 40), gold.end + 40).replace(/\s+/g, ' ');
      const ner = analysis.mentions.find((mention) => spansOverlap(mention, gold));
      errors.push([match ? 'far' : 'missed', gold.phrase, `${gold.lat},${gold.lon}`, match ? `${match.name} ${match.lat},${match.lon} ${Math.round(distance!)}km` : `ner=${ner ? `${ner.type}:${text.slice(ner.start, ner.end)}` : '-'}`, context].join('\t'));
    }
  }
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((10000 * part) / whole) / 100;
}

export async function evaluatePlaces(options: { errorsPath?: string; log?: (line: string) => void } = {}): Promise<Record<string, number>> {
  const log = options.log ?? console.log;
  const models = loadLanguageModels();
  const gazetteer = loadPlaceGazetteer();
  const results: Record<string, number> = {};
  const errors: string[] = [];
  for (const corpus of CORPORA) {
    const counts: Counts = { gold: 0, found: 0, correct: 0, predicted: 0, predictedGold: 0, nerFound: 0 };
    const before = errors.length;
    for (const article of readGeoparseCorpus(corpus)) scoreArticle(article, models, gazetteer, counts, errors);
    for (let k = before; k < errors.length; k++) errors[k] = `${corpus}\t${errors[k]}`;
    Object.assign(results, {
      [corpus]: percent(counts.correct, counts.gold), [`${corpus}.recall`]: percent(counts.found, counts.gold),
      [`${corpus}.accuracy`]: percent(counts.correct, counts.found), [`${corpus}.precision`]: percent(counts.predictedGold, counts.predicted),
      [`${corpus}.nerRecall`]: percent(counts.nerFound, counts.gold),
    });
    log(`${corpus.padEnd(9)} within ${MAX_KM} km ${results[corpus]!.toFixed(2)}  recall ${results[`${corpus}.recall`]!.toFixed(2)}  accuracy among found ${results[`${corpus}.accuracy`]!.toFixed(2)}  precision ${results[`${corpus}.precision`]!.toFixed(2)}  recogniser span recall ${results[`${corpus}.nerRecall`]!.toFixed(2)}  (gold ${counts.gold}, place mentions ${counts.predicted})`);
  }
  if (options.errorsPath) writeFileSync(options.errorsPath, errors.join('\n') + '\n');
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--errors');
  await evaluatePlaces({ errorsPath: flag >= 0 ? process.argv[flag + 1] : undefined });
}
