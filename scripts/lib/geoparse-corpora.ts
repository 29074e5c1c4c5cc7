// Reads the geoparsing dev corpora in ../shared/data/geoparse-dev (see its SOURCE.md):
// LGL (local US news, GeoNames gaztags) and GeoVirus (WikiNews, Wikipedia coordinates).
// Toponyms without coordinates (LGL's untagged ones) are kept, with lat/lon null: they
// count for precision but are not scored.

import { XMLParser } from 'fast-xml-parser';
import { readSharedText } from './shared-data.js';

export interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface GeoparseArticle {
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

export type GeoparseCorpus = 'lgl' | 'geovirus';

const FILES: Record<GeoparseCorpus, string> = { lgl: 'geoparse-dev/lgl.xml.gz', geovirus: 'geoparse-dev/GeoVirus.xml.gz' };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false, isArray: (name) => ['article', 'toponym', 'location'].includes(name) });

function list<T>(value: unknown): T[] {
  return value === undefined || value === null || value === '' ? [] : ([value].flat() as T[]);
}

function coordinate(value: unknown): number | null {
  const number = Number(typeof value === 'string' ? value.trim() : value);
  return value === undefined || value === '' || !Number.isFinite(number) ? null : number;
}

/** The articles of one corpus, with the gold spans checked against the text (a shifted span is moved to the phrase nearby). */
export function readGeoparseCorpus(corpus: GeoparseCorpus): GeoparseArticle[] {
  const root = parser.parse(readSharedText(FILES[corpus])) as { articles: { article: unknown[] } };
  return list<Record<string, any>>(root.articles.article).map((article) => {
    const text = String(article.text ?? '');
    const raw = corpus === 'lgl'
      ? list<Record<string, any>>(article.toponyms?.toponym).map((t) => ({ start: Number(t.start), end: Number(t.end), phrase: String(t.phrase), lat: coordinate(t.gaztag?.lat), lon: coordinate(t.gaztag?.lon) }))
      : list<Record<string, any>>(article.locations?.location).map((t) => ({ start: Number(t.start), end: Number(t.end), phrase: String(t.name), lat: coordinate(t.lat), lon: coordinate(t.lon) }));
    return { text, toponyms: raw.map((toponym) => alignToponym(text, toponym)).filter((t): t is GoldToponym => t !== null) };
  });
}

function alignToponym(text: string, toponym: GoldToponym): GoldToponym | null {
  if (text.slice(toponym.start, toponym.end) === toponym.phrase) return toponym;
  const near = text.indexOf(toponym.phrase, Math.max(0, toponym.start - 20));
  if (near < 0 || near > toponym.start + 20) return null;
  return { ...toponym, start: near, end: near + toponym.phrase.length };
}

