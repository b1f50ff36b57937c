/**
 * Paints re-anchored tags, distinct from the claim highlights. With the CSS Custom Highlight API
 * they are the highlight `deal-lens-tag` and the page's DOM is not modified; where that API is
 * missing, or the user chose the mark.js painter, they are `<mark class="deal-lens-tag">` elements
 * made and removed by the reader's own mark painter (no `normalize()`), under their own attribute
 * so the claim marks and the tag marks never clear each other.
 */
import type { Painter as PainterName } from '../../messages';
import type { PageText } from '../extract';
import { createMarkPainter, highlightApiAvailable, rangesOfMarks, unmarkAll } from '../paint';
import { offsetsToRange } from './page-text';

/** Highlight name and mark class; tests and user style sheets rely on it. */
export const TAG_HIGHLIGHT = 'deal-lens-tag';
/** Attribute on each tag `<mark>`, holding the tag's index (the claim marks use `data-deal-lens-index`). */
export const TAG_MARK_ATTR = 'data-deal-lens-tag';

const RULES = `::highlight(${TAG_HIGHLIGHT}) {
  background-color: rgba(46, 160, 67, 0.22);
  text-decoration: underline 2px rgba(27, 122, 44, 0.9);
  text-underline-offset: 3px;
}
mark.${TAG_HIGHLIGHT} {
  color: inherit !important; padding: 0 !important; margin: 0 !important; font: inherit !important;
  border-radius: 0 !important; box-shadow: none !important;
  background-color: rgba(46, 160, 67, 0.22) !important;
  text-decoration: underline 2px rgba(27, 122, 44, 0.9) !important;
  text-underline-offset: 3px !important;
}`;

const styled = new WeakSet<Document>();

function installStyles(doc: Document): void {
  if (styled.has(doc)) return;
  styled.add(doc);
  try {
    const sheet = new (doc.defaultView ?? globalThis).CSSStyleSheet();
    sheet.replaceSync(RULES);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = RULES;
    (doc.head ?? doc.documentElement).append(style);
  }
}

/** One tag to paint: its index among the page's tags and its offsets into the page text. */
export interface TagItem {
  index: number;
  start: number;
  end: number;
}

/** Paints one page's tags one way; `rangesNow` says where they are painted at this moment. */
export interface TagPainter {
  readonly name: PainterName;
  /**
   * Replaces what was painted with `items`, as steps (marks split text nodes, which is slow on a long
   * article); run each step hidden from the page watcher. Returns the live range of each painted item.
   */
  paintSteps(root: Element, page: PageText, items: TagItem[]): Generator<void, Map<number, Range>>;
  /** The painted ranges by index as the DOM stands now (other scripts' marks may have moved ours). */
  rangesNow(): Map<number, Range>;
  clear(): void;
}

/** Paints with `CSS.highlights` under `deal-lens-tag`. */
export function createTagHighlightPainter(win: Window & typeof globalThis): TagPainter {
  let ranges = new Map<number, Range>();
  return {
    name: 'highlight-api',
    *paintSteps(root, page, items) {
      const doc = root.ownerDocument;
      const next = new Map<number, Range>();
      for (let i = 0; i < items.length; i++) {
        const range = offsetsToRange(doc, page, items[i].start, items[i].end);
        if (range) next.set(items[i].index, range);
        if (i % 200 === 199) yield;
      }
      installStyles(doc);
      win.CSS.highlights.delete(TAG_HIGHLIGHT);
      if (next.size) win.CSS.highlights.set(TAG_HIGHLIGHT, new win.Highlight(...next.values()));
      ranges = next;
      return next;
    },
    rangesNow: () => ranges,
    clear() {
      win.CSS.highlights.delete(TAG_HIGHLIGHT);
      ranges = new Map();
    },
  };
}

/** Paints with mark.js `<mark class="deal-lens-tag" data-deal-lens-tag="i">` elements. */
export function createTagMarkPainter(doc: Document): TagPainter {
  // A page may hold hundreds of tags: a few per step keeps each step a small part of a time slice.
  const marks = createMarkPainter(doc, { attr: TAG_MARK_ATTR, className: TAG_HIGHLIGHT, marksPerStep: 3 });
  return {
    name: 'markjs',
    *paintSteps(root, page, items) {
      installStyles(doc);
      const painted = yield* marks.paintSteps(root, page, items.map((item) => ({ ...item, conflict: false })));
      return new Map(painted.map((p) => [p.index, p.range]));
    },
    rangesNow: () => rangesOfMarks(doc, TAG_MARK_ATTR),
    clear() {
      marks.clear();
      // Marks left under an article root the page has since replaced are ours too.
      unmarkAll(doc, TAG_MARK_ATTR);
    },
  };
}

/** The painter the settings ask for: mark.js when chosen or when the highlight API is missing. */
export function wantedTagPainter(win: Window & typeof globalThis, choice: PainterName): PainterName {
  return choice === 'markjs' || !highlightApiAvailable(win) ? 'markjs' : 'highlight-api';
}

/** Removes tags painted either way (used when no painter has been made yet, or on stop). */
export function clearAllTags(win: Window & typeof globalThis): void {
  if (highlightApiAvailable(win)) win.CSS.highlights.delete(TAG_HIGHLIGHT);
  unmarkAll(win.document, TAG_MARK_ATTR);
}
