import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanUrl, pageKey, siteOf } from '../../src/core/annotations/url-identity';

const article = 'https://www.cnbc.com/2026/05/06/anthropic-spacex-compute-deal.html';

describe('cleanUrl', () => {
  it('removes tracking parameters and the fragment, keeps the rest in a stable order', () => {
    expect(cleanUrl(`${article}?utm_source=twitter&utm_medium=social&fbclid=abc&gclid=x&mc_cid=1&mc_eid=2#comments`)).toBe(article);
    expect(cleanUrl('https://example.com/story?b=2&utm_campaign=x&a=1&_ga=3')).toBe('https://example.com/story?a=1&b=2');
  });

  it('unwraps Google AMP viewer and AMP cache addresses', () => {
    expect(cleanUrl('https://www.google.com/amp/s/www.cnbc.com/amp/2026/05/06/x.html')).toBe('https://www.cnbc.com/amp/2026/05/06/x.html');
    expect(cleanUrl('https://www-cnbc-com.cdn.ampproject.org/c/s/www.cnbc.com/amp/2026/05/06/x.html')).toBe('https://www.cnbc.com/amp/2026/05/06/x.html');
  });

  it('returns what it cannot parse unchanged', () => {
    expect(cleanUrl('not a url')).toBe('not a url');
  });
});

describe('pageKey', () => {
  it('gives the AMP, mobile, tracked and plain variants of one article the same key', () => {
    const key = pageKey(article);
    expect(key).toBe('cnbc.com/2026/05/06/anthropic-spacex-compute-deal.html');
    for (const variant of [
      `${article}?utm_source=newsletter&fbclid=1`,
      'https://cnbc.com/2026/05/06/anthropic-spacex-compute-deal.html',
      'http://www.cnbc.com/2026/05/06/anthropic-spacex-compute-deal.html#section-2',
      'https://www.cnbc.com/amp/2026/05/06/anthropic-spacex-compute-deal.html',
      'https://m.cnbc.com/2026/05/06/anthropic-spacex-compute-deal.html',
      'https://www.google.com/amp/s/www.cnbc.com/amp/2026/05/06/anthropic-spacex-compute-deal.html',
    ]) {
      expect(pageKey(variant), variant).toBe(key);
    }
    expect(pageKey('https://techcrunch.com/2026/05/06/story/amp/')).toBe(pageKey('https://techcrunch.com/2026/05/06/story/'));
    expect(pageKey('https://www.theverge.com/story?outputType=amp')).toBe(pageKey('https://www.theverge.com/story'));
  });

  it('keeps different articles apart, including ones told apart by a query parameter', () => {
    expect(pageKey('https://example.com/news?id=1')).not.toBe(pageKey('https://example.com/news?id=2'));
    expect(pageKey('https://www.cnbc.com/a.html')).not.toBe(pageKey('https://www.cnbc.com/b.html'));
    expect(pageKey('https://www.cnbc.com/a.html')).not.toBe(pageKey('https://www.wired.com/a.html'));
  });
});

describe('canonicalUrl', () => {
  it('uses a same-site canonical link, resolved and cleaned', () => {
    expect(canonicalUrl(`${article}?utm_source=x`, '/2026/05/06/anthropic-spacex-compute-deal.html')).toBe(article);
    expect(canonicalUrl('https://m.cnbc.com/amp/x?fbclid=1', 'https://www.cnbc.com/x')).toBe('https://www.cnbc.com/x');
  });

  it('ignores a canonical link to another site, a non-web scheme or a bare home page', () => {
    expect(canonicalUrl(article, 'https://evil.example/steal')).toBe(article);
    expect(canonicalUrl(article, 'javascript:alert(1)')).toBe(article);
    expect(canonicalUrl(article, 'https://www.cnbc.com/')).toBe(article);
    expect(canonicalUrl(`${article}?gclid=9`, null)).toBe(article);
  });
});

describe('siteOf', () => {
  it('reduces a host to its registrable domain', () => {
    expect(siteOf('www.cnbc.com')).toBe('cnbc.com');
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('x.ai')).toBe('x.ai');
  });
});
