/**
 * The article's publication date, for the matcher's date reasoning ("on Wednesday" in a piece
 * published 7 May 2026). Read from meta tags, JSON-LD, then `<time datetime>`.
 */

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/**
 * A stated date as ISO: kept as written when it already starts with `YYYY-MM-DD` (so a local
 * time zone never shifts the day), else parsed and given as the UTC day; null when unreadable.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

function fromJsonLd(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const d = fromJsonLd(v, depth + 1);
      if (d) return d;
    }
    return null;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.datePublished === 'string') return o.datePublished;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const d = fromJsonLd(o[key], depth + 1);
    if (d) return d;
  }
  return null;
}

/** The publication date the page states, or null; `root` (the article) is searched first for `<time>`. */
export function findPublished(doc: Document, root?: Element | null): string | null {
  for (const sel of META_SELECTORS) {
    const d = normalizeDate(doc.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const d = normalizeDate(fromJsonLd(JSON.parse(script.textContent ?? '')));
      if (d) return d;
    } catch {
      // malformed JSON-LD is common; try the next source
    }
  }
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  const fromItemprop = normalizeDate(itemprop?.getAttribute('datetime') ?? itemprop?.getAttribute('content'));
  if (fromItemprop) return fromItemprop;
  for (const scope of [root, doc]) {
    if (!scope) continue;
    for (const time of Array.from(scope.querySelectorAll('time[datetime]'))) {
      const d = normalizeDate(time.getAttribute('datetime'));
      if (d) return d;
    }
  }
  return null;
}
