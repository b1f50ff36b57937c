// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../src/content/article-root';
import { extractText } from '../../src/content/extract';
import { findPublished, normalizeDate } from '../../src/content/published';

function load(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('findArticleRoot', () => {
  it('prefers the article element over surrounding page furniture', () => {
    const doc = load(`<body><nav><p>Home News Tech</p></nav>
      <article id="story"><p>SpaceX signed a deal with Anthropic on Wednesday.</p><p>More text here.</p></article>
      <footer><p>Copyright</p></footer></body>`);
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it('picks the article with the most paragraph text when there are several', () => {
    const doc = load(`<body><article id="teaser"><p>Short.</p></article>
      <article id="main"><p>${'A long paragraph about compute. '.repeat(20)}</p></article></body>`);
    expect(findArticleRoot(doc)?.id).toBe('main');
  });

  it('falls back to articleBody, then main, then the densest block of paragraphs', () => {
    expect(findArticleRoot(load(`<body><div itemprop="articleBody" id="ab"><p>Body text.</p></div></body>`))?.id).toBe('ab');
    expect(findArticleRoot(load(`<body><main id="m"><p>Main text.</p></main></body>`))?.id).toBe('m');
    const doc = load(`<body><div id="side"><p>Tiny.</p></div><div id="dense"><p>${'Words about the deal. '.repeat(10)}</p><p>${'More words. '.repeat(10)}</p></div></body>`);
    expect(findArticleRoot(doc)?.id).toBe('dense');
  });
});

describe('extractText', () => {
  it('keeps exact offsets: each node text sits at its start in the page text', () => {
    const doc = load(`<body><article><h1>Deal <em>news</em></h1><p>SpaceX gave <a href="#">Anthropic</a> all of <b>Colossus 1</b>.</p></article></body>`);
    const page = extractText(doc.querySelector('article')!);
    expect(page.nodes.length).toBe(page.starts.length);
    page.nodes.forEach((n, i) => expect(page.text.slice(page.starts[i], page.starts[i] + n.data.length)).toBe(n.data));
    const blocks = page.blocks.map((b) => page.text.slice(b.start, b.end));
    expect(blocks).toEqual(['Deal news', 'SpaceX gave Anthropic all of Colossus 1.']);
  });

  it('skips nav, header, footer, aside, forms, scripts, comments, related-link lists and our own UI', () => {
    const doc = load(`<body><article>
      <header><p>Byline header</p></header>
      <nav><p>Section nav</p></nav>
      <p>The real sentence.</p>
      <aside class="pullquote"><p>Pull quote</p></aside>
      <form><p>Sign up</p></form>
      <script>var x = "script text";</script><style>p{}</style>
      <div id="comments"><p>A reader comment.</p></div>
      <ul class="links"><li><a href="/a">Related story one</a></li><li><a href="/b">Related story two</a></li></ul>
      <div class="related-articles"><p>Also read this.</p></div>
      <deal-lens-ui><p>Card text</p></deal-lens-ui>
      <p hidden>Hidden text</p>
      <footer><p>Footer text</p></footer>
      <p>Second real sentence.</p>
    </article></body>`);
    const page = extractText(doc.querySelector('article')!);
    const blocks = page.blocks.map((b) => page.text.slice(b.start, b.end).trim()).filter(Boolean);
    expect(blocks).toEqual(['The real sentence.', 'Second real sentence.']);
  });

  it('drops small share and ad boxes but keeps a body whose class merely mentions sharing', () => {
    const body = 'Anthropic will use all of the compute capacity of Colossus 1 in Memphis. '.repeat(8);
    const doc = load(`<body><article><div class="post-content has-share-buttons"><p>${body}</p>
      <div class="ad-slot"><p>Sponsored message</p></div><div class="social-share"><p>Share on X</p></div></div></article></body>`);
    const page = extractText(doc.querySelector('article')!);
    expect(page.text).toContain('Anthropic will use all of the compute capacity');
    expect(page.text).not.toContain('Sponsored message');
    expect(page.text).not.toContain('Share on X');
  });

  it('keeps a list of real prose items (not mostly links)', () => {
    const doc = load(`<body><article><ul><li>Claude Code limits doubled.</li><li>Peak-hour limits removed, per <a href="#">Ars</a>.</li></ul></article></body>`);
    const page = extractText(doc.querySelector('article')!);
    expect(page.text).toContain('Claude Code limits doubled.');
    expect(page.text).toContain('Peak-hour limits removed, per Ars.');
  });

  it('starts a new block at <br> and when the block ancestor changes', () => {
    const doc = load(`<body><article><div>Loose text<p>Para one</p>tail text<br>after break</div></article></body>`);
    const page = extractText(doc.querySelector('article')!);
    expect(page.blocks.map((b) => page.text.slice(b.start, b.end))).toEqual(['Loose text', 'Para one', 'tail text', 'after break']);
  });
});

describe('findPublished', () => {
  it('reads the article:published_time meta tag first', () => {
    const doc = load(`<head><meta property="article:published_time" content="2026-05-07T12:30:00Z"></head><body><time datetime="2026-01-01">x</time></body>`);
    expect(findPublished(doc)).toBe('2026-05-07T12:30:00Z');
  });

  it('reads datePublished from JSON-LD, including inside @graph, and survives malformed JSON-LD', () => {
    const doc = load(`<head><script type="application/ld+json">{not json</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2026-05-06"}]}</script></head><body></body>`);
    expect(findPublished(doc)).toBe('2026-05-06');
  });

  it('falls back to <time datetime> inside the article, then null', () => {
    const doc = load(`<body><article><time datetime="May 8, 2026">May 8</time></article></body>`);
    expect(findPublished(doc, doc.querySelector('article'))).toBe('2026-05-08');
    expect(findPublished(load('<body><p>No date</p></body>'))).toBeNull();
  });

  it('normalizes dates without shifting an ISO day', () => {
    expect(normalizeDate('2026-05-06T23:30:00-07:00')).toBe('2026-05-06T23:30:00-07:00');
    expect(normalizeDate('garbage')).toBeNull();
    expect(normalizeDate('')).toBeNull();
  });
});
