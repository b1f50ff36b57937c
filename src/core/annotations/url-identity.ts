/**
 * One article, one identity: tags made on an AMP copy, a mobile subdomain or a link full of tracking
 * parameters must come back on the plain article, and vice versa.
 */

/** Query parameters that say who sent the reader, never which article it is. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'vero_conv', 'ocid', 'cmpid', 'icid', 'ncid', 'sr_share', 'smid', 'taid', 'ito', 'ref_src',
  'ref_url', 'spm', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'amp', 'outputtype',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'at_', '__'];

function isTracking(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/** Second-level labels under which sites register their names (news.bbc.co.uk → bbc.co.uk). */
const PUBLIC_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go']);

/** The registrable domain, e.g. `edition.cnn.com` → `cnn.com`, `www.bbc.co.uk` → `bbc.co.uk`. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels[labels.length - 1])) return labels.join('.');
  const take = labels[labels.length - 1].length === 2 && PUBLIC_SECOND_LEVEL.has(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-take).join('.');
}

function parse(url: string, base?: string): URL | null {
  try {
    const u = base ? new URL(url, base) : new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/** Undoes Google's AMP viewer and the AMP cache: `…/amp/s/example.com/a` → `https://example.com/a`. */
function unwrapAmpCache(u: URL): URL {
  const googleAmp = /^\/amp\/(s\/)?(.+)$/.exec(u.pathname);
  if (googleAmp && /(^|\.)google\.[a-z.]+$/.test(u.hostname)) {
    return parse(`${googleAmp[1] ? 'https' : 'http'}://${googleAmp[2]}${u.search}`) ?? u;
  }
  const cache = /^\/[cv]\/(s\/)?(.+)$/.exec(u.pathname);
  if (cache && u.hostname.endsWith('.cdn.ampproject.org')) {
    return parse(`${cache[1] ? 'https' : 'http'}://${cache[2]}${u.search}`) ?? u;
  }
  return u;
}

/**
 * The page's URL as we store it: tracking parameters and the fragment removed, AMP cache wrappers
 * undone, host lower-cased, remaining parameters in a stable order. Invalid input is returned as is.
 */
export function cleanUrl(url: string): string {
  const parsed = parse(url);
  if (!parsed) return url;
  const u = unwrapAmpCache(parsed);
  u.hash = '';
  const kept = [...u.searchParams.entries()].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  return u.toString();
}

/**
 * The URL that names the article: the page's `<link rel="canonical">` when it is a valid http(s) URL
 * on the same site and not a bare home page for an article (a common CMS mistake); otherwise the
 * page's own URL. Either way cleaned with `cleanUrl`.
 */
export function canonicalUrl(pageUrl: string, canonicalHref?: string | null): string {
  const page = parse(pageUrl);
  if (!page) return pageUrl;
  const pageClean = parse(cleanUrl(pageUrl)) ?? page;
  const canonical = canonicalHref ? parse(canonicalHref.trim(), pageUrl) : null;
  if (canonical) {
    const sameSite = siteOf(canonical.hostname) === siteOf(pageClean.hostname);
    const homeForArticle = (canonical.pathname === '/' || canonical.pathname === '') && pageClean.pathname.length > 1;
    if (sameSite && !homeForArticle) return cleanUrl(canonical.toString());
  }
  return pageClean.toString();
}

const VARIANT_HOST_PREFIX = /^(www|m|mobile|amp|www-amp|amp-www)\./;

/**
 * The key annotations are filed under: host without www/m/mobile/amp, path without AMP markers,
 * `index.html` or a trailing slash, scheme dropped, tracking parameters dropped. Every variant of an
 * article gives the same key.
 */
export function pageKey(url: string): string {
  const cleaned = parse(cleanUrl(url));
  if (!cleaned) return url;
  let host = cleaned.hostname;
  while (VARIANT_HOST_PREFIX.test(host) && host.split('.').length > 2) host = host.replace(VARIANT_HOST_PREFIX, '');
  let path = cleaned.pathname
    .replace(/\/amp(\/|$)/g, '/')
    .replace(/\.amp(\.html?)?$/, '$1')
    .replace(/\/index\.html?$/, '/')
    .replace(/\/+/g, '/');
  if (path.length > 1) path = path.replace(/\/$/, '');
  const port = cleaned.port ? `:${cleaned.port}` : '';
  return `${host}${port}${path}${cleaned.search}`;
}
