// What a news page says about itself: headline, publication date, byline, canonical URL,
// read from JSON-LD (`NewsArticle`), Open Graph and other meta tags, and `<time>`.
// JSON-LD comes first: publishers fill it for search engines, so it is the most careful.

import type { RawMetadata } from '../ingest/raw-document.js';

type Node = { getAttribute(name: string): string | null; textContent: string | null };
interface QueryableDocument {
  querySelector(selector: string): Node | null;
  querySelectorAll(selector: string): ArrayLike<Node> & Iterable<Node>;
  title?: string;
}

const articleTypes = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|OpinionNewsArticle|BackgroundNewsArticle|Report|WebPage)$/;

const dateMetaNames = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued', 'DC.date.issued', 'dcterms.created', 'dcterms.date',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'citation_publication_date', 'cXenseParse:recs:publishtime',
];

export function readHtmlMetadata(document: QueryableDocument): RawMetadata {
  const jsonLd = readJsonLdArticle(document);
  return {
    title: jsonLd.headline ?? meta(document, ['og:title', 'twitter:title']) ?? text(document.querySelector('h1')) ?? cleanDocumentTitle(document),
    date: jsonLd.datePublished ?? meta(document, dateMetaNames) ?? itemprop(document, 'datePublished') ?? timeElement(document),
    byline: jsonLd.author ?? meta(document, ['author', 'article:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator']),
    url: attribute(document.querySelector('link[rel="canonical"]'), 'href') ?? meta(document, ['og:url']) ?? jsonLd.url,
  };
}

function meta(document: QueryableDocument, names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const element of document.querySelectorAll(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)) {
      const content = element.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return undefined;
}

function itemprop(document: QueryableDocument, name: string): string | undefined {
  const element = document.querySelector(`[itemprop="${name}"]`);
  return attribute(element, 'content') ?? attribute(element, 'datetime') ?? text(element);
}

function timeElement(document: QueryableDocument): string | undefined {
  const element = document.querySelector('time[pubdate]') ?? document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  return attribute(element, 'datetime') ?? text(element);
}

function attribute(element: Node | null, name: string): string | undefined {
  const value = element?.getAttribute(name)?.trim();
  return value ? value : undefined;
}

function text(element: Node | null): string | undefined {
  const value = element?.textContent?.replace(/\s+/g, ' ').trim();
  return value ? value : undefined;
}

/** `<title>` without the site name publishers append (`Headline - Reuters`, `Headline | The Site`). */
function cleanDocumentTitle(document: QueryableDocument): string | undefined {
  const title = text(document.querySelector('title'));
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—-]\s+/);
  return parts.length > 1 && parts[0]!.split(' ').length >= 3 ? parts[0] : title;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  url?: string;
}

function readJsonLdArticle(document: QueryableDocument): JsonLdArticle {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken JSON-LD block is common and says nothing about the article.
    }
    const article = findArticleNode(data);
    if (article) return article;
  }
  return {};
}

function findArticleNode(data: unknown): JsonLdArticle | null {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticleNode(item);
      if (found) return found;
    }
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const node = data as Record<string, unknown>;
  if (node['@graph']) return findArticleNode(node['@graph']);
  const types = ([] as unknown[]).concat(node['@type'] ?? []);
  if (!types.some((type) => typeof type === 'string' && articleTypes.test(type))) return null;
  if (types.every((type) => type === 'WebPage') && !node['headline']) return null;
  return {
    headline: stringValue(node['headline']),
    datePublished: stringValue(node['datePublished']) ?? stringValue(node['dateCreated']),
    author: authorNames(node['author']),
    url: stringValue(node['url']) ?? stringValue((node['mainEntityOfPage'] as Record<string, unknown> | undefined)?.['@id']) ?? stringValue(node['mainEntityOfPage']),
  };
}

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined;
}

function authorNames(value: unknown): string | undefined {
  const authors = ([] as unknown[]).concat(value ?? []);
  const names = authors
    .map((author) => (typeof author === 'string' ? author : stringValue((author as Record<string, unknown> | null)?.['name'])))
    .filter((name): name is string => typeof name === 'string' && name.trim().length > 0);
  return names.length > 0 ? names.join(', ') : undefined;
}
