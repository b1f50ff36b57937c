/**
 * HTML and Markdown to plain text for the scan command, by string processing only (no DOM): one line
 * per block, so `segmentText` never joins a heading to the paragraph under it. Page chrome (scripts,
 * styles, nav, header, footer, aside, forms) is dropped, as the content script does in the browser.
 */
import { wordTable } from './word-table.ts';

const DROP_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'button', 'select'];
const BLOCK_TAGS =
  'address|article|blockquote|br|dd|div|dl|dt|figcaption|figure|h[1-6]|hr|li|main|ol|p|pre|section|table|tbody|thead|tfoot|td|th|tr|ul|title|body|html|head';

const NAMED_ENTITIES = wordTable<string>({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', times: '\u00d7',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', euro: '\u20ac', pound: '\u00a3', middot: '\u00b7', bull: '\u2022',
  shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', minus: '\u2212',
});

/** Decodes HTML character references (named, decimal, hex). Unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\r]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Text of an HTML document, one block per line. The `<article>` or `<main>` element wins when present. */
export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ');
  for (const tag of DROP_ELEMENTS) {
    s = s.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?</${tag}\\s*>`, 'gi'), '\n');
  }
  const article = /<article\b[^>]*>([\s\S]*)<\/article\s*>/i.exec(s) ?? /<main\b[^>]*>([\s\S]*)<\/main\s*>/i.exec(s);
  const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(s)?.[1];
  if (article) s = article[1];
  else s = s.replace(/<head\b[^>]*>[\s\S]*?<\/head\s*>/i, '\n');
  s = s.replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n');
  s = s.replace(/<[^>]*>/g, '');
  s = decodeEntities(s);
  const body = tidyLines(s);
  // With no article element, the title line is a headline worth scanning; with one, the article's own h1 is.
  return !article && title && !body.includes(tidyLines(decodeEntities(title))) ? `${tidyLines(decodeEntities(title))}\n${body}` : body;
}

/** Text of a Markdown document, one block per line: markup, link targets, images and code fences removed. */
export function markdownToText(md: string): string {
  const lines: string[] = [];
  let inFence = false;
  for (const raw of md.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (/^\s*([-*_]\s*){3,}$/.test(raw)) continue; // horizontal rule
    if (/^\s*\|?\s*:?-{3,}/.test(raw)) continue; // table rule
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s#+\s*$/, '')
      .replace(/^\s*>+\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/, '')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/~~(.+?)~~/g, '$1')
      .replace(/<[^>]+>/g, '');
    if (/^\s*\|/.test(line)) {
      line = line.replace(/^\s*\||\|\s*$/g, '').split('|').map((cell) => cell.trim()).join(' | ');
    }
    lines.push(decodeEntities(line));
  }
  return tidyLines(lines.join('\n'));
}

/** Picks the converter by file name: `.html`/`.htm` → HTML, `.md`/`.markdown` → Markdown, anything else is plain text. */
export function fileToText(name: string, content: string): string {
  const lower = name.toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower) || /^\s*(<!doctype html|<html\b)/i.test(content)) return htmlToText(content);
  if (/\.(md|markdown|mdown|mkd)$/.test(lower)) return markdownToText(content);
  return content.replace(/\r\n?/g, '\n');
}
