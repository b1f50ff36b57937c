import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from '../../src/cli/launch-browser';
import { DEMO_PAGES, demoPageFor, demoPageHtml } from '../fixtures/pages/demo-pages';

describe('finding Chromium', () => {
  it('tries CHROME_PATH first, then Debian chromium', () => {
    const list = chromiumCandidates({ CHROME_PATH: '/opt/my/chrome' });
    expect(list[0]).toBe('/opt/my/chrome');
    expect(list[1]).toBe('/usr/bin/chromium');
  });

  it('reports where it looked when nothing is there', () => {
    const found = findChromium({ CHROME_PATH: '/nonexistent/chrome' });
    expect(found.tried).toContain('/nonexistent/chrome');
    if (found.path) expect(found.path).not.toBe('/nonexistent/chrome');
  });
});

describe('demo pages', () => {
  it('serve each outlet URL (query and hash ignored), and nothing else', () => {
    for (const p of DEMO_PAGES) expect(demoPageFor(`${p.url}?utm=x#top`)).toBe(p);
    expect(demoPageFor('https://techcrunch.com/other/')).toBeUndefined();
    expect(demoPageFor('not a url')).toBeUndefined();
  });

  it('load no outside resources (no src=, no stylesheet links)', () => {
    for (const p of DEMO_PAGES) {
      const html = demoPageHtml(p);
      expect(html).not.toMatch(/\ssrc=/i);
      expect(html).not.toMatch(/<link[^>]+rel="?stylesheet/i);
      expect(html).toContain('"datePublished"');
      expect(html).toContain('article:published_time');
    }
  });
});
