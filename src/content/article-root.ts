/**
 * Where the article is on a page, and which parts of it are not the article: navigation, headers,
 * footers, asides, forms, comment threads, related-link lists, scripts, and our own UI.
 */

/** Tag of the element that hosts our hover card; it is never read as page text. */
export const UI_HOST_TAG = 'deal-lens-ui';

const EXCLUDED_TAGS = new Set([
  'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME',
  'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'DIALOG', UI_HOST_TAG.toUpperCase(),
]);

const EXCLUDED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'form', 'dialog', 'alert']);

/** Class or id words that always mark page furniture rather than article text. */
const FURNITURE =
  /(?:^|[-_\s])(comments?|related|recommend(?:ed|ations)?|more-stories|read-more|newsletter|outbrain|taboola|breadcrumbs?|paywall)(?:$|[-_\s\d])/i;

/**
 * Words that mark furniture only on small elements: an article body may well carry a class such
 * as "has-share-buttons" or "ad-wrapper" around real paragraphs.
 */
const LIGHT_FURNITURE = /(?:^|[-_\s])(advert(?:isement)?|ads?|sponsor(?:ed)?|promo|share|sharing|social|sign-?up|subscribe)(?:$|[-_\s\d])/i;
const LIGHT_FURNITURE_MAX_PROSE = 400;

function proseLength(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) n += (p.textContent ?? '').trim().length;
  return n;
}

/** Elements whose class names describe the whole page, not furniture (body class="has-ads"). */
const STRUCTURAL = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** True when `el` is a list whose text is almost all links: a "related stories" style list. */
function isLinkList(el: Element): boolean {
  if (el.tagName !== 'UL' && el.tagName !== 'OL') return false;
  const items = el.children.length;
  if (items < 2) return false;
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return false;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total > 0.8;
}

/** True when `el` and its subtree are never article text. */
export function isExcludedElement(el: Element): boolean {
  if (EXCLUDED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role)) return true;
  if (!STRUCTURAL.has(el.tagName.toUpperCase())) {
    const marker = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
    if (marker.trim()) {
      if (FURNITURE.test(marker)) return true;
      if (LIGHT_FURNITURE.test(marker) && proseLength(el) < LIGHT_FURNITURE_MAX_PROSE) return true;
    }
  }
  return isLinkList(el);
}

function paragraphTextLength(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    if (!hasExcludedAncestor(p, el)) n += (p.textContent ?? '').trim().length;
  }
  return n;
}

/** True when an element between `el` (inclusive) and `root` (exclusive) is excluded. */
export function hasExcludedAncestor(el: Element, root: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (isExcludedElement(cur)) return true;
  }
  return false;
}

function best(candidates: Element[]): Element | null {
  let top: Element | null = null;
  let topLen = 0;
  for (const c of candidates) {
    const len = paragraphTextLength(c);
    if (len > topLen) {
      top = c;
      topLen = len;
    }
  }
  return top;
}

/**
 * The element that holds the article: the `article` with most paragraph text, else
 * `[itemprop=articleBody]`, then `main`, else the element whose direct paragraphs hold the most text.
 * Falls back to `body`.
 */
export function findArticleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const usable = (el: Element) => !hasExcludedAncestor(el, doc.documentElement);
  const fromArticle = best(Array.from(doc.querySelectorAll('article')).filter(usable));
  if (fromArticle) return fromArticle;
  const articleBody = best(Array.from(doc.querySelectorAll('[itemprop="articleBody"]')).filter(usable));
  if (articleBody) return articleBody;
  const main = doc.querySelector('main, [role="main"]');
  if (main && paragraphTextLength(main) > 0) return main;

  // Densest block: the parent whose own <p> children hold the most text.
  const score = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent || hasExcludedAncestor(p, body)) continue;
    score.set(parent, (score.get(parent) ?? 0) + (p.textContent ?? '').trim().length);
  }
  let densest: Element | null = null;
  let max = 0;
  for (const [el, n] of score) {
    if (n > max) {
      densest = el;
      max = n;
    }
  }
  return densest ?? body;
}
