// RSS 2.0, RSS 1.0 (RDF) and Atom: one document per item. Items are located by a
// scanner first and parsed one by one, so one broken item costs only itself and
// every item keeps its line and byte range.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { DocumentLocation } from '../../errors.js';
import { ingestFailure } from '../failure.js';
import type { IngestItem, RawMetadata } from '../raw-document.js';

export interface FeedContext {
  readonly path: string | null;
  readonly encoding: string;
  readonly byteOffsetOf: (offset: number) => number;
  readonly lineOf: (offset: number) => number;
}

export type FeedDialect = 'rss' | 'atom' | 'rdf';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

export function readFeed(xml: string, dialect: FeedDialect, context: FeedContext): IngestItem[] {
  const ranges = findElementRanges(xml, dialect === 'atom' ? 'entry' : 'item');
  const items: IngestItem[] = [];
  let hasItemFailure = false;
  ranges.forEach((range, index) => {
    const column = range.start - xml.lastIndexOf('\n', range.start - 1);
    const item = readItem(xml.slice(range.start, range.end), range, column, index, dialect, context);
    if (item.kind === 'failure') hasItemFailure = true;
    items.push(item);
  });
  const validation = XMLValidator.validate(xml);
  if (validation !== true && !hasItemFailure) {
    const { line, col, msg } = validation.err;
    items.push(ingestFailure('INGEST_BAD_XML', `the feed is not well-formed XML at line ${line}, column ${col}: ${msg}`, { path: context.path, line }));
  } else if (ranges.length === 0 && validation === true) {
    items.push(ingestFailure('INGEST_EMPTY', `the ${dialect === 'atom' ? 'Atom' : 'RSS'} feed has no items`, { path: context.path, line: 1 }));
  }
  return items;
}

interface Range {
  readonly start: number;
  readonly end: number;
}

function readItem(snippet: string, range: Range, column: number, index: number, dialect: FeedDialect, context: FeedContext): IngestItem {
  const line = context.lineOf(range.start);
  const location: DocumentLocation = { path: context.path, line, byteStart: context.byteOffsetOf(range.start), byteEnd: context.byteOffsetOf(range.end), index };
  const validation = XMLValidator.validate(snippet);
  if (validation !== true) {
    const { line: itemLine, col, msg } = validation.err;
    // The validator counts from the item's start; the user counts from the file's.
    const fileMessage = msg.replace(/\bline (\d+), col (\d+)/g, (_, at: string, atColumn: string) => `line ${line + Number(at) - 1}, col ${Number(at) === 1 ? Number(atColumn) + column - 1 : atColumn}`);
    const fileColumn = itemLine === 1 ? col + column - 1 : col;
    return ingestFailure('INGEST_BAD_XML', `item ${index + 1} is not well-formed XML at line ${line + itemLine - 1}, column ${fileColumn}: ${fileMessage}`, location, Buffer.from(snippet));
  }
  const parsed = parser.parse(snippet) as Record<string, unknown>;
  const element = (parsed[dialect === 'atom' ? 'entry' : 'item'] ?? {}) as Record<string, unknown>;
  const fields = dialect === 'atom' ? readAtomEntry(element) : readRssItem(element);
  return {
    kind: 'document',
    document: {
      format: 'feed',
      contentType: 'html-fragment',
      content: fields.content,
      metadata: fields.metadata,
      path: context.path,
      index,
      line,
      byteStart: location.byteStart ?? null,
      byteEnd: location.byteEnd ?? null,
      encoding: context.encoding,
    },
  };
}

interface ItemFields {
  readonly content: string;
  readonly metadata: RawMetadata;
}

function readRssItem(item: Record<string, unknown>): ItemFields {
  return {
    content: textOf(item['content:encoded']) || textOf(item['description']) || '',
    metadata: {
      title: textOf(item['title']) || undefined,
      url: textOf(item['link']) || guidUrl(item['guid']) || undefined,
      date: textOf(item['pubDate']) || textOf(item['dc:date']) || undefined,
      byline: textOf(item['dc:creator']) || textOf(item['author']) || undefined,
      externalId: textOf(item['guid']) || undefined,
    },
  };
}

function readAtomEntry(entry: Record<string, unknown>): ItemFields {
  const author = entry['author'];
  return {
    content: textOf(entry['content']) || textOf(entry['summary']) || '',
    metadata: {
      title: textOf(entry['title']) || undefined,
      url: atomLink(entry['link']) || undefined,
      date: textOf(entry['published']) || textOf(entry['updated']) || undefined,
      byline: (typeof author === 'object' && author !== null ? textOf((author as Record<string, unknown>)['name']) : textOf(author)) || undefined,
      externalId: textOf(entry['id']) || undefined,
    },
  };
}

/** The text of a parsed node: a string, `#text` of an element with attributes, or all nested text (XHTML content). */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length > 0 ? textOf(value[0]) : '';
  const node = value as Record<string, unknown>;
  if ('#text' in node) return textOf(node['#text']);
  return Object.entries(node)
    .filter(([key]) => !key.startsWith('@_'))
    .map(([, child]) => textOf(child))
    .filter((text) => text.length > 0)
    .join(' ');
}

function guidUrl(guid: unknown): string {
  const text = textOf(guid);
  return /^https?:\/\//i.test(text) ? text : '';
}

/** Atom links: prefer rel="alternate" (or no rel), which points at the article itself. */
function atomLink(link: unknown): string {
  const links = (Array.isArray(link) ? link : [link]).filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
  const alternate = links.find((item) => item['@_rel'] === undefined || item['@_rel'] === 'alternate') ?? links[0];
  const href = alternate?.['@_href'];
  return typeof href === 'string' ? href.trim() : textOf(link);
}

/**
 * Finds `<name ...>...</name>` elements, skipping CDATA sections and comments (which may
 * hold markup of their own). An element left open runs to the end of the text.
 */
export function findElementRanges(xml: string, name: string): Range[] {
  const ranges: Range[] = [];
  const open = new RegExp(`^<${name}[\\s>/]`);
  const close = `</${name}`;
  let depth = 0;
  let start = -1;
  let position = xml.indexOf('<');
  while (position >= 0 && position < xml.length) {
    if (xml.startsWith('<![CDATA[', position)) {
      position = skipPast(xml, position, ']]>');
    } else if (xml.startsWith('<!--', position)) {
      position = skipPast(xml, position, '-->');
    } else if (xml.startsWith(close, position) && /[\s>]/.test(xml[position + close.length] ?? '>')) {
      const end = skipPast(xml, position, '>');
      depth -= 1;
      if (depth === 0 && start >= 0) {
        ranges.push({ start, end: Math.min(end, xml.length) });
        start = -1;
      }
      if (depth < 0) depth = 0;
      position = end;
    } else if (open.test(xml.slice(position, position + name.length + 2))) {
      const tagEnd = skipPast(xml, position, '>');
      const isSelfClosing = xml[tagEnd - 2] === '/';
      if (isSelfClosing) {
        if (depth === 0) ranges.push({ start: position, end: tagEnd });
      } else {
        if (depth === 0) start = position;
        depth += 1;
      }
      position = tagEnd;
    } else {
      position += 1;
    }
    position = xml.indexOf('<', position);
  }
  if (start >= 0) ranges.push({ start, end: xml.length });
  return ranges;
}

function skipPast(text: string, from: number, marker: string): number {
  const at = text.indexOf(marker, from);
  return at < 0 ? text.length : at + marker.length;
}
