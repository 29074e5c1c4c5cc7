import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/ingest/sniff.js';

describe('sniffFormat', () => {
  it.each([
    ['JSON Lines', '{"text": "a"}\n{"text": "b"}', 'x.txt', { format: 'jsonl' }],
    ['an RSS feed with a declaration and comment', '<?xml version="1.0"?>\n<!-- feed -->\n<rss version="2.0">', 'x.xml', { format: 'feed', dialect: 'rss' }],
    ['an Atom feed', '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">', null, { format: 'feed', dialect: 'atom' }],
    ['an RDF feed', '<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', null, { format: 'feed', dialect: 'rdf' }],
    ['an HTML page with a doctype', '<!DOCTYPE html><html lang="en">', 'page.txt', { format: 'html' }],
    ['an HTML fragment named .rss', '<div><p>Hello</p></div>', 'x.rss', { format: 'html' }],
    ['XHTML with an XML declaration', '<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">', null, { format: 'html' }],
    ['a plain-text dump named .html', 'Headline\n\nBody text.', 'x.html', { format: 'text' }],
    ['a text that starts with a brace', '{Update} Talks resume in Tokyo\n\nBody text.', 'x.jsonl', { format: 'text' }],
  ])('recognises %s from its content, whatever its name', (_name, head, _path, expected) => {
    expect(sniffFormat(head)).toEqual(expected);
  });

  it.each([
    ['a JSON array', '[{"text": "a"}]'],
    ['another XML vocabulary', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'],
  ])('refuses %s with a reason', (_name, head) => {
    expect(sniffFormat(head)).toMatchObject({ format: 'unsupported', reason: expect.any(String) });
  });
});
