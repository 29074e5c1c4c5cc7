// Decides a source's format from its first characters, never from the file name:
// scrapers name files whatever they like.

export type SniffedFormat =
  | { readonly format: 'jsonl' }
  | { readonly format: 'feed'; readonly dialect: 'rss' | 'atom' | 'rdf' }
  | { readonly format: 'html' }
  | { readonly format: 'text' }
  | { readonly format: 'unsupported'; readonly reason: string };

export function sniffFormat(head: string): SniffedFormat {
  const start = head.replace(/^[\s\uFEFF]+/, '');
  if (start.length === 0) return { format: 'text' };
  const first = start[0];
  // A record opens with a key or is empty; a text that merely starts with a brace is text.
  if (/^\{\s*("|\})/.test(start)) return { format: 'jsonl' };
  if (first === '[' && /^\[\s*[{\]]/.test(start)) {
    return { format: 'unsupported', reason: 'a JSON array; newsgraph reads JSON Lines (one JSON object per line)' };
  }
  if (first === '<') return sniffMarkup(start);
  return { format: 'text' };
}

function sniffMarkup(start: string): SniffedFormat {
  const prologue = stripPrologue(start);
  const root = /^<([A-Za-z][\w:.-]*)/.exec(prologue)?.[1]?.toLowerCase();
  if (root === 'rss') return { format: 'feed', dialect: 'rss' };
  if (root === 'feed') return { format: 'feed', dialect: 'atom' };
  if (root === 'rdf:rdf') return { format: 'feed', dialect: 'rdf' };
  if (/^<!doctype\s+html/i.test(prologue) || root === 'html' || root === 'head' || root === 'body') return { format: 'html' };
  if (root && htmlTags.has(root)) return { format: 'html' };
  if (/^<\?xml/i.test(start)) {
    return { format: 'unsupported', reason: `an XML document with root <${root ?? '?'}>, not an RSS or Atom feed` };
  }
  return { format: 'html' };
}

/** Skips the XML declaration, comments, processing instructions and a non-HTML doctype. */
function stripPrologue(text: string): string {
  let rest = text;
  for (;;) {
    const before = rest;
    rest = rest.replace(/^<\?[\s\S]*?\?>\s*/, '');
    rest = rest.replace(/^<!--[\s\S]*?-->\s*/, '');
    if (!/^<!doctype\s+html/i.test(rest)) rest = rest.replace(/^<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>\s*/i, '');
    if (rest === before) return rest;
  }
}

const htmlTags = new Set(['meta', 'title', 'link', 'div', 'article', 'main', 'section', 'p', 'script', 'style', 'header', 'nav', 'h1', 'h2', 'figure', 'span', 'table', 'noscript']);
