/**
 * Paints re-anchored tags with the CSS Custom Highlight API under the name `deal-lens-tag`,
 * distinct from the claim highlights; the page's DOM is not modified.
 */

/** Highlight name; tests and user style sheets rely on it. */
export const TAG_HIGHLIGHT = 'deal-lens-tag';

const RULES = `::highlight(${TAG_HIGHLIGHT}) {
  background-color: rgba(46, 160, 67, 0.22);
  text-decoration: underline 2px rgba(27, 122, 44, 0.9);
  text-underline-offset: 3px;
}`;

let sheet: CSSStyleSheet | null = null;

function installStyles(doc: Document): void {
  if (sheet) return;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(RULES);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = RULES;
    (doc.head ?? doc.documentElement).append(style);
    sheet = new CSSStyleSheet();
  }
}

/** Replaces the painted tags with `ranges`; returns false where the highlight API is missing. */
export function paintTags(win: Window & typeof globalThis, ranges: Range[]): boolean {
  if (typeof win.CSS === 'undefined' || !('highlights' in win.CSS) || typeof win.Highlight !== 'function') return false;
  installStyles(win.document);
  win.CSS.highlights.delete(TAG_HIGHLIGHT);
  if (ranges.length) win.CSS.highlights.set(TAG_HIGHLIGHT, new win.Highlight(...ranges));
  return true;
}

/** Removes every painted tag. */
export function clearTags(win: Window & typeof globalThis): void {
  if (typeof win.CSS !== 'undefined' && 'highlights' in win.CSS) win.CSS.highlights.delete(TAG_HIGHLIGHT);
}
