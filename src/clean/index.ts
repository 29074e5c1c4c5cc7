// clean: turns a raw document into an Article. Reads the raw text or HTML and its
// metadata; adds `text` (final from here on), `title`, `captions` with credits,
// `paragraphs`, `byline`, `dateline`, `publishedAt` and the reference dates found in
// captions and datelines. Leaves sentences and everything after them to later stages.

import type { Article, ArticleSource } from '../document/article.js';
import { splitLines } from '../document/lines.js';
import { NewsgraphError } from '../errors.js';
import { locationOf, type RawDocument, type RawMetadata } from '../ingest/raw-document.js';
import { dropResidue } from './01-drop-residue.js';
import { findByline } from './02-find-byline.js';
import { findHeadline } from './03-find-headline.js';
import { findCaptions } from './04-find-captions.js';
import { dropRepeats } from './05-drop-repeats.js';
import { groupParagraphs } from './06-group-paragraphs.js';
import { composeArticle } from './07-compose-article.js';
import { makeBlock, type Block, type CleanRule, type Draft } from './draft.js';
import { readHtmlBlocks } from './html-blocks.js';
import { normalizePublishedDate } from './published-date.js';

export const cleanRules: readonly CleanRule[] = [
  dropResidue,
  // Before the headline: `By Jane Smith` is short enough to pass for one.
  findByline,
  findHeadline,
  // After the headline, so that the headline's reprints are gone and the head (where
  // captions without credits may stand) starts right after it.
  findCaptions,
  // Last: captions and headlines have already taken their own copies.
  dropRepeats,
];

export function cleanDocument(raw: RawDocument): Article {
  const { blocks, metadata } = readBlocks(raw);
  const warnings: string[] = [];
  let draft: Draft = {
    title: cleanInlineText(metadata.title),
    mayTakeHeadlineFromBody: raw.contentType !== 'html',
    byline: cleanByline(metadata.byline),
    captions: [],
    blocks,
    warnings,
  };
  for (const rule of cleanRules) draft = rule(draft);
  const paragraphs = groupParagraphs(draft.blocks);
  if (paragraphs.length === 0) {
    throw new NewsgraphError('CLEAN_NO_CONTENT', describeMissingBody(draft), locationOf(raw));
  }
  return composeArticle({
    source: sourceOf(raw, metadata),
    title: draft.title,
    captions: draft.captions,
    paragraphs,
    publishedAt: readPublishedAt(metadata.date, warnings),
    byline: draft.byline,
    warnings: [...draft.warnings],
  });
}

function readBlocks(raw: RawDocument): { blocks: Block[]; metadata: RawMetadata } {
  if (raw.contentType === 'text') return { blocks: readTextBlocks(raw.content), metadata: raw.metadata };
  const html = readHtmlBlocks(raw.content, raw.contentType === 'html');
  // What the input format stated (a feed item's title) wins over what the page says.
  const metadata: RawMetadata = { ...html.metadata };
  for (const [key, value] of Object.entries(raw.metadata)) {
    if (value !== undefined) (metadata as Record<string, string>)[key] = value;
  }
  return { blocks: html.blocks, metadata };
}

function readTextBlocks(content: string): Block[] {
  const blocks: Block[] = [];
  let blankLines = 0;
  for (const line of splitLines(content)) {
    if (line.isBlank) {
      blankLines += 1;
      continue;
    }
    blocks.push(makeBlock(line.text.trim(), blankLines, false));
    blankLines = 0;
  }
  return blocks;
}

function sourceOf(raw: RawDocument, metadata: RawMetadata): ArticleSource {
  return {
    path: raw.path,
    url: metadata.url ?? null,
    index: raw.index,
    format: raw.format,
    line: raw.line,
    byteStart: raw.byteStart,
    byteEnd: raw.byteEnd,
    externalId: metadata.externalId ?? null,
  };
}

function readPublishedAt(date: string | undefined, warnings: string[]): string | null {
  if (date === undefined) return null;
  const value = normalizePublishedDate(date);
  if (value === null) warnings.push(`publication date "${date.slice(0, 80)}" could not be read; publishedAt left null`);
  return value;
}

/** Metadata text is shown on one line: white space from markup or JSON collapses. */
function cleanInlineText(value: string | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function cleanByline(value: string | undefined): string | null {
  const text = cleanInlineText(value);
  return text ? text.replace(/^by\s+/i, '') : null;
}

function describeMissingBody(draft: Draft): string {
  if (draft.title && draft.captions.length > 0) return 'only a headline and captions, no body text';
  if (draft.title) return 'only a headline, no body text';
  if (draft.captions.length > 0) return 'only photo captions, no body text';
  return 'no text left after removing page furniture and scraper residue';
}
