import { describe, expect, it } from 'vitest';
import { findElementRanges, readFeed } from '../../src/ingest/formats/feed.js';
import { makeByteOffsets, makeLineNumbers } from '../../src/ingest/byte-offsets.js';

function read(xml: string, dialect: 'rss' | 'atom' = 'rss') {
  return readFeed(xml, dialect, { path: 'feed.xml', encoding: 'utf-8', byteOffsetOf: makeByteOffsets(xml, 'utf-8', 0), lineOf: makeLineNumbers(xml) });
}

describe('findElementRanges', () => {
  it('skips markup inside CDATA and comments', () => {
    const xml = '<rss><!-- <item>commented</item> --><item><description><![CDATA[<item>not one</item>]]></description></item><item/></rss>';
    const ranges = findElementRanges(xml, 'item');
    expect(ranges.map((range) => xml.slice(range.start, range.end))).toEqual(['<item><description><![CDATA[<item>not one</item>]]></description></item>', '<item/>']);
  });

  it('does not take <items> or <itemize> for <item>', () => {
    expect(findElementRanges('<items><item>a</item></items><itemize/>', 'item')).toEqual([{ start: 7, end: 21 }]);
  });

  it('runs an unclosed last item to the end of the text', () => {
    const xml = '<rss><item>a</item><item><title>cut';
    expect(findElementRanges(xml, 'item').at(-1)).toEqual({ start: 19, end: xml.length });
  });
});

describe('readFeed', () => {
  it('reads an RSS item: content:encoded over description, guid as id, dc:creator as byline', () => {
    const [item] = read('<rss><channel><item><title>A title &amp; more</title><link>https://x.example/a</link><guid isPermaLink="false">id-1</guid><pubDate>Sun, 15 Dec 2024 18:20:00 +0300</pubDate><dc:creator>Nadia Benali</dc:creator><description>Short</description><content:encoded><![CDATA[<p>Full body</p>]]></content:encoded></item></channel></rss>');
    expect(item).toMatchObject({
      kind: 'document',
      document: { format: 'feed', contentType: 'html-fragment', content: '<p>Full body</p>', metadata: { title: 'A title & more', url: 'https://x.example/a', date: 'Sun, 15 Dec 2024 18:20:00 +0300', byline: 'Nadia Benali', externalId: 'id-1' }, index: 0, line: 1 },
    });
  });

  it('reads an Atom entry: the alternate link, published over updated, author name', () => {
    const [entry] = read('<feed><entry><title type="text">T</title><link rel="self" href="https://x.example/self"/><link rel="alternate" href="https://x.example/page"/><id>tag:1</id><updated>2024-10-10T00:00:00Z</updated><published>2024-10-09T11:58:00+02:00</published><author><name>Sofia Lindqvist</name></author><summary>Sum</summary></entry></feed>', 'atom');
    expect(entry).toMatchObject({ document: { content: 'Sum', metadata: { title: 'T', url: 'https://x.example/page', date: '2024-10-09T11:58:00+02:00', byline: 'Sofia Lindqvist', externalId: 'tag:1' } } });
  });

  it('says so when a well-formed feed has no items', () => {
    expect(read('<rss><channel><title>Empty</title></channel></rss>').map((item) => item.kind === 'failure' && item.error.describe())).toEqual(['INGEST_EMPTY feed.xml (line 1): the RSS feed has no items']);
  });

  it('gives each item the byte range of its element, counting multi-byte characters', () => {
    const xml = '<rss><channel><title>Ünïcödé — feed</title>\n<item><title>Second line item</title></item></channel></rss>';
    const [item] = read(xml);
    const bytes = Buffer.from(xml);
    expect(item?.kind === 'document' && bytes.subarray(item.document.byteStart!, item.document.byteEnd!).toString()).toBe('<item><title>Second line item</title></item>');
    expect(item?.kind === 'document' && item.document.line).toBe(2);
  });
});
