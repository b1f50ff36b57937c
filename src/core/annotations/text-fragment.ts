/**
 * Links that open an article scrolled to a passage: a URL text fragment (`#:~:text=`), which the
 * browser resolves itself, so it works before our content script has scanned the page.
 */
import { squashSpace } from './selectors.ts';

/** Percent-encodes a fragment term; `-`, `,` and `&` are syntax inside a text directive. */
function encodeTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Words that fit the directive; long quotes use their first and last words as textStart,textEnd. */
const WORDS_EACH_SIDE = 6;
const SHORT_QUOTE_CHARS = 120;

/** Last whole words of the prefix within its line (the browser matches context at word boundaries). */
function contextWords(side: string, fromEnd: boolean): string {
  const line = fromEnd ? side.split('\n').pop() ?? '' : side.split('\n')[0] ?? '';
  const words = squashSpace(line).split(' ').filter(Boolean);
  // The 32-character context usually cuts a word in half at its far edge: drop that word.
  if (fromEnd) return words.length > 1 ? words.slice(1).slice(-3).join(' ') : '';
  return words.length > 1 ? words.slice(0, -1).slice(0, 3).join(' ') : '';
}

/**
 * `url` (without its own fragment) plus a text directive for `exact`. Prefix and suffix words are
 * added only for short quotes, where they disambiguate repeats.
 */
export function textFragmentUrl(url: string, exact: string, prefix = '', suffix = ''): string {
  const base = url.split('#')[0];
  const quote = squashSpace(exact);
  if (!quote) return base;
  let directive: string;
  if (quote.length <= SHORT_QUOTE_CHARS) {
    directive = encodeTerm(quote);
    const words = quote.split(' ').length;
    if (words < 4) {
      const p = contextWords(prefix, true);
      const s = contextWords(suffix, false);
      if (p) directive = `${encodeTerm(p)}-,${directive}`;
      if (s) directive = `${directive},-${encodeTerm(s)}`;
    }
  } else {
    const words = quote.split(' ');
    const head = words.slice(0, WORDS_EACH_SIDE).join(' ');
    const tail = words.slice(-WORDS_EACH_SIDE).join(' ');
    directive = words.length <= WORDS_EACH_SIDE * 2 ? encodeTerm(quote) : `${encodeTerm(head)},${encodeTerm(tail)}`;
  }
  return `${base}#:~:text=${directive}`;
}
