import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import { rawText, spanText } from '../helpers.js';

const paragraph = (n: number): string => `<p>Paragraph ${n} of the story has enough words, commas, and clauses to count as real article content for Readability.</p>`;

function page(head: string, body: string) {
  return cleanDocument(rawText(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { format: 'html', contentType: 'html' }));
}

describe('HTML pages', () => {
  it('prefers JSON-LD NewsArticle inside @graph for headline, date and authors', () => {
    const article = page(
      `<title>Wrong - Site</title><meta property="og:title" content="Also wrong"><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle"],"headline":"Right headline here","datePublished":"2024-03-01T23:00:00-05:00","author":[{"name":"A One"},{"name":"B Two"}]}]}</script>`,
      `<article>${paragraph(1)}${paragraph(2)}${paragraph(3)}</article>`,
    );
    expect([article.title, article.publishedAt, article.byline]).toEqual(['Right headline here', '2024-03-01', 'A One, B Two']);
  });

  it('falls back to Open Graph and meta tags, then to <time>, skipping broken JSON-LD', () => {
    const article = page(`<script type="application/ld+json">{broken</script><meta property="og:title" content="OG headline for the page"><meta name="author" content="C Three">`, `<article><time datetime="2023-12-31T10:00:00Z">Dec 31</time>${paragraph(1)}${paragraph(2)}</article>`);
    expect([article.title, article.publishedAt, article.byline]).toEqual(['OG headline for the page', '2023-12-31', 'C Three']);
  });

  it('strips the site name from <title> when nothing better exists', () => {
    expect(page('<title>Floods hit the north of the country - The Site</title>', `<div>${paragraph(1)}${paragraph(2)}</div>`).title).toBe('Floods hit the north of the country');
  });

  it('keeps figcaptions as captions, with a marked credit, and not as paragraphs', () => {
    const article = page('<title>Captioned story headline here</title>', `<article><figure><img src="a.jpg"><figcaption>Rescuers dig through rubble in Wajima. <span class="credit">Kyodo/via REUTERS</span></figcaption></figure>${paragraph(1)}${paragraph(2)}</article>`);
    expect(article.captions.map((caption) => [caption.text, caption.credit])).toEqual([['Rescuers dig through rubble in Wajima.', 'Kyodo/via REUTERS']]);
    expect(article.paragraphs).toHaveLength(2);
    expect(spanText(article, article.captions[0]!.creditSpan!)).toBe('Kyodo/via REUTERS');
  });

  it('leaves navigation, scripts and footers out and keeps <br> as a line break', () => {
    const article = page('<title>Story with a line break inside</title>', `<nav><a>Home</a> <a>World</a></nav><article>${paragraph(1)}<p>Line one of a poem<br>line two of the poem, with enough words to be content here.</p>${paragraph(3)}</article><script>var x = 1;</script><footer>© 2024 Site</footer>`);
    expect(article.text).not.toMatch(/Home|var x|© 2024/);
    expect(article.paragraphs.map((span) => spanText(article, span))).toContain('Line one of a poem\nline two of the poem, with enough words to be content here.');
  });
});

describe('HTML fragments (feed and record content)', () => {
  it('reads every block as a paragraph and decodes entities', () => {
    const article = cleanDocument(rawText('<p>First &amp; foremost, the news.</p><p>&#8220;Quoted,&#8221; he said.</p>', { format: 'feed', contentType: 'html-fragment', metadata: { title: 'Feed item title' } }));
    expect(article.text).toBe('Feed item title\n\nFirst & foremost, the news.\n\n“Quoted,” he said.');
  });

  it('reads plain text given as a fragment', () => {
    const article = cleanDocument(rawText('A volcano erupted late on Wednesday.', { format: 'feed', contentType: 'html-fragment', metadata: { title: 'Volcano erupts again' } }));
    expect(article.paragraphs.map((span) => spanText(article, span))).toEqual(['A volcano erupted late on Wednesday.']);
  });
});
