/**
 * Painting matched sentences. The CSS Custom Highlight API paints without touching the page's DOM;
 * mark.js `markRanges` is the fallback (no `CSS.highlights`, or the user's choice) and wraps the
 * sentences in `<mark>` elements, which we remove ourselves without `normalize()` so text nodes
 * another script owns are never merged behind its back.
 */
import Mark from 'mark.js';
import { toNodeRange } from '../core/ranges';
import type { Painter as PainterName } from '../messages';
import { hasExcludedAncestor } from './article-root';
import type { PageText } from './extract';
import { CLAIM_HIGHLIGHT, CONFLICT_HIGHLIGHT, FOCUS_HIGHLIGHT } from './styles';

/** One sentence to paint: index into PageResult.matches, and offsets into the page text. */
export interface PaintItem {
  index: number;
  conflict: boolean;
  start: number;
  end: number;
}

/** A painted sentence and the live DOM range covering it. */
export interface Painted {
  index: number;
  conflict: boolean;
  range: Range;
}

/** Paints and unpaints one page's sentences. */
export interface Painter {
  readonly name: PainterName;
  /** Replaces whatever was painted with `items`; returns what could be painted, in page order. */
  paint(root: Element, page: PageText, items: PaintItem[]): Painted[];
  clear(): void;
  /** Briefly emphasises one painted sentence. */
  flash(item: Painted): void;
}

/** True when this document supports the CSS Custom Highlight API. */
export function highlightApiAvailable(win: Window & typeof globalThis): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

function rangeFor(doc: Document, page: PageText, item: PaintItem): Range | null {
  const nr = toNodeRange(page.nodes, page.starts, item.start, item.end);
  if (!nr || !nr.start.node.isConnected || !nr.end.node.isConnected) return null;
  const range = doc.createRange();
  range.setStart(nr.start.node, nr.start.offset);
  range.setEnd(nr.end.node, nr.end.offset);
  return range;
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Paints with `CSS.highlights`; the page's DOM is never modified. */
export function createHighlightPainter(win: Window & typeof globalThis): Painter {
  const clear = () => {
    win.CSS.highlights.delete(CLAIM_HIGHLIGHT);
    win.CSS.highlights.delete(CONFLICT_HIGHLIGHT);
    win.CSS.highlights.delete(FOCUS_HIGHLIGHT);
  };
  return {
    name: 'highlight-api',
    paint(root, page, items) {
      const doc = root.ownerDocument;
      const claim = new win.Highlight();
      const conflict = new win.Highlight();
      const painted: Painted[] = [];
      for (const item of items) {
        const range = rangeFor(doc, page, item);
        if (!range) continue;
        (item.conflict ? conflict : claim).add(range);
        painted.push({ index: item.index, conflict: item.conflict, range });
      }
      clear();
      if (claim.size > 0) win.CSS.highlights.set(CLAIM_HIGHLIGHT, claim);
      if (conflict.size > 0) win.CSS.highlights.set(CONFLICT_HIGHLIGHT, conflict);
      return painted.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    },
    clear,
    flash(item) {
      clearTimeout(flashTimer);
      win.CSS.highlights.set(FOCUS_HIGHLIGHT, new win.Highlight(item.range.cloneRange()));
      flashTimer = setTimeout(() => win.CSS.highlights.delete(FOCUS_HIGHLIGHT), 1600);
    },
  };
}

const MARK_ATTR = 'data-deal-lens-index';
const MARKJS_SKIPS = 'script, style, title, head, html';

/**
 * Removes our `<mark>` elements (those carrying `attr`), putting their children back in place;
 * never calls `normalize()`.
 */
export function unmarkAll(root: ParentNode, attr = MARK_ATTR): void {
  for (const mark of Array.from(root.querySelectorAll(`mark[${attr}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
}

/** How many sentences one step of the mark.js painter wraps before the page gets a turn. */
const MARKS_PER_STEP = 12;

/** Another feature's marks: its own attribute (so each clears only its own) and one class for all. */
export interface MarkOptions {
  /** Attribute holding the item's index; `data-deal-lens-index` for the claim marks. */
  attr?: string;
  /** Class for every mark instead of `deal-lens-claim` / `deal-lens-conflict`. */
  className?: string;
  /** Items marked per step (default MARKS_PER_STEP); fewer keeps each step short when there are hundreds. */
  marksPerStep?: number;
}

/**
 * For each index carried in `attr` by the `<mark>` elements under `root`, a range from its first
 * mark to its last: what one painted sentence or tag covers on the page now.
 */
export function rangesOfMarks(root: ParentNode, attr: string): Map<number, Range> {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const byIndex = new Map<number, Element[]>();
  for (const el of Array.from(root.querySelectorAll(`mark[${attr}]`))) {
    const i = Number(el.getAttribute(attr));
    const list = byIndex.get(i);
    if (list) list.push(el);
    else byIndex.set(i, [el]);
  }
  const ranges = new Map<number, Range>();
  for (const [i, els] of byIndex) {
    const range = doc.createRange();
    range.setStartBefore(els[0]);
    range.setEndAfter(els[els.length - 1]);
    ranges.set(i, range);
  }
  return ranges;
}

/** Paints with mark.js `<mark class="deal-lens-claim|deal-lens-conflict">` elements. */
export function createMarkPainter(doc: Document, options: MarkOptions = {}): Painter & {
  /**
   * `paint` as steps of a few sentences each (mark.js splits text nodes, which is slow on a long
   * article): the reader runs them in time slices. The DOM is consistent between steps.
   */
  paintSteps(root: Element, page: PageText, items: PaintItem[]): Generator<void, Painted[]>;
} {
  const attr = options.attr ?? MARK_ATTR;
  let context: Element | null = null;
  const clear = () => {
    if (context) unmarkAll(context, attr);
    context = null;
  };
  function* paintSteps(root: Element, page: PageText, items: PaintItem[]): Generator<void, Painted[]> {
    clear();
    context = root;
    yield;
    // mark.js counts every text node under its context, except those directly inside script,
    // style, title, head or html: map our offsets into that space, once for the whole article.
    const markStart = new Map<Node, number>();
    let acc = 0;
    const it = doc.createNodeIterator(root, NodeFilter.SHOW_TEXT);
    for (let n = it.nextNode(); n; n = it.nextNode()) {
      const parent = n.parentElement;
      if (parent && parent.matches(MARKJS_SKIPS)) continue;
      markStart.set(n, acc);
      acc += n.textContent?.length ?? 0;
    }
    yield;
    type MarkRange = { start: number; length: number; index: number; conflict: boolean; scope: Element };
    const ranges: MarkRange[] = [];
    for (const item of items) {
      const nr = toNodeRange(page.nodes, page.starts, item.start, item.end);
      if (!nr) continue;
      const s = markStart.get(nr.start.node);
      const e = markStart.get(nr.end.node);
      if (s === undefined || e === undefined) continue;
      const start = s + nr.start.offset;
      const end = e + nr.end.offset;
      // Mark within the smallest element holding the sentence, so mark.js walks a paragraph, not the article.
      const r = doc.createRange();
      r.setStart(nr.start.node, nr.start.offset);
      r.setEnd(nr.end.node, nr.end.offset);
      const common = r.commonAncestorContainer;
      const scope = common.nodeType === Node.ELEMENT_NODE ? (common as Element) : (common.parentElement ?? root);
      if (end > start) ranges.push({ start, length: end - start, index: item.index, conflict: item.conflict, scope: root.contains(scope) ? scope : root });
    }
    const inArticle = (node: Node) => {
      const parent = node.parentElement;
      return parent !== null && (parent === root || !hasExcludedAncestor(parent, root));
    };
    /** Where a scope's text starts in mark.js's count over the article (its first counted text node). */
    const scopeStart = (scope: Element): number | null => {
      const walker = doc.createNodeIterator(scope, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = markStart.get(n);
        if (at !== undefined) return at;
      }
      return null;
    };
    let done = 0;
    for (const r of ranges) {
      // Marks already placed split text nodes, but never add text: offsets from markStart stay valid.
      const base = scopeStart(r.scope);
      if (base === null) continue;
      new Mark(r.scope as HTMLElement).markRanges([{ start: r.start - base, length: r.length }], {
        className: options.className ?? (r.conflict ? CONFLICT_HIGHLIGHT : CLAIM_HIGHLIGHT),
        filter: (node: Node) => inArticle(node),
        each: (el: Element) => el.setAttribute(attr, String(r.index)),
      } as never);
      if (++done % (options.marksPerStep ?? MARKS_PER_STEP) === 0) yield;
    }
    yield;

    const byIndex = rangesOfMarks(root, attr);
    const painted: Painted[] = [];
    for (const item of items) {
      const range = byIndex.get(item.index);
      if (range) painted.push({ index: item.index, conflict: item.conflict, range });
    }
    return painted.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }
  return {
    name: 'markjs',
    paint(root, page, items) {
      const steps = paintSteps(root, page, items);
      for (;;) {
        const r = steps.next();
        if (r.done) return r.value;
      }
    },
    paintSteps,
    clear,
    flash(item) {
      const marks = Array.from(doc.querySelectorAll(`mark[${attr}="${item.index}"]`));
      for (const m of marks) m.classList.add(FOCUS_HIGHLIGHT);
      setTimeout(() => marks.forEach((m) => m.classList.remove(FOCUS_HIGHLIGHT)), 1600);
    },
  };
}
