// HTML to blocks: a whole page goes through Readability (the body of the article,
// without navigation and page furniture); feed and record content is already the
// article and is read as it is. `<figcaption>`s are taken as captions before
// Readability rewrites the page. Text is what a browser would show: source white space
// collapsed, `<br>` kept as a line break.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawMetadata } from '../ingest/raw-document.js';
import { makeBlock, type Block } from './draft.js';
import { readHtmlMetadata } from './html-metadata.js';

const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'summary', 'caption',
]);
const skippedTags = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'input', 'textarea', 'img', 'video',
  'audio', 'canvas', 'head', 'title', 'meta', 'link', 'figcaption', 'object', 'embed',
]);
const creditSelector = '[class*="credit"], [class*="Credit"], [class*="copyright"], [class*="byline"], [itemprop="copyrightHolder"]';

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
  getAttribute(name: string): string | null;
}

export interface HtmlBlocks {
  readonly blocks: Block[];
  readonly metadata: RawMetadata;
}

export function readHtmlBlocks(html: string, isWholePage: boolean): HtmlBlocks {
  const page = isWholePage ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const root = document as unknown as DomElement & { body: DomElement | null };
  const metadata = isWholePage ? readHtmlMetadata(root) : {};
  const captions = readFigcaptions(root);
  if (!isWholePage) return { blocks: [...captions, ...blocksOf(root.body ?? root)], metadata };
  // The serializer hands back Readability's own element: no second parse of its HTML.
  const article = new Readability<DomElement>(document as unknown as ConstructorParameters<typeof Readability>[0], { serializer: (node) => node as unknown as DomElement }).parse();
  const content = article?.content ?? null;
  return {
    blocks: [...captions, ...blocksOf(content ?? root.body ?? root)],
    metadata: {
      ...metadata,
      title: metadata.title ?? (article?.title || undefined),
      byline: metadata.byline ?? (article?.byline || undefined),
      date: metadata.date ?? (article?.publishedTime || undefined),
    },
  };
}

function readFigcaptions(root: DomElement): Block[] {
  const blocks: Block[] = [];
  for (const figcaption of root.querySelectorAll('figcaption')) {
    const text = renderText(figcaption).join(' ').trim();
    if (text.length === 0) continue;
    const creditElement = figcaption.querySelector(creditSelector);
    const credit = creditElement ? renderText(creditElement).join(' ').trim() : '';
    blocks.push(makeBlock(text, 1, true, credit.length > 0 ? credit : null));
  }
  return blocks;
}

function blocksOf(root: DomNode): Block[] {
  return renderText(root).map((text) => makeBlock(text, 1, true));
}

/** The text of a subtree as a browser lays it out: one string per block, `<br>` as `\n`. */
function renderText(root: DomNode): string[] {
  const out: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const text = buffer
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .join('\n');
    if (text.length > 0) out.push(text);
    buffer = '';
  };
  const walk = (node: DomNode): void => {
    for (let i = 0; i < node.childNodes.length; i += 1) {
      const child = node.childNodes[i]!;
      if (child.nodeType === 3) {
        buffer += (child.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.nodeName.toLowerCase();
      if (skippedTags.has(tag)) continue;
      if (tag === 'br') {
        buffer += '\n';
      } else if (blockTags.has(tag)) {
        flush();
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };
  if (root.nodeType === 3) buffer = root.textContent ?? '';
  else walk(root);
  flush();
  return out;
}
