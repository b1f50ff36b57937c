/**
 * The text tags are anchored in: the same article root and extraction the reader uses, so offsets
 * saved today mean the same thing on the next visit. Pages without a recognisable article fall back
 * to the whole body.
 */
import { findArticleRoot, UI_HOST_TAG } from '../article-root';
import { extractSteps, type PageText } from '../extract';
import { runAtOnce } from '../yield';
import { toNodeRange } from '../../core/ranges';

export interface TagText {
  root: Element;
  page: PageText;
}

/** Our own UI is never page text. */
export function isOwnElement(el: Element): boolean {
  return el.tagName.toLowerCase() === UI_HOST_TAG;
}

/** Reads the taggable text of the document, or null for an empty page. */
export function readTagText(doc: Document): TagText | null {
  return runAtOnce(readTagTextSteps(doc));
}

/** `readTagText` as steps (every few hundred nodes), for reading a long article in time slices. */
export function* readTagTextSteps(doc: Document): Generator<void, TagText | null> {
  const root = findArticleRoot(doc) ?? doc.body;
  if (!root) return null;
  yield;
  return { root, page: yield* extractSteps(root, isOwnElement) };
}

/** Offsets into the page text covered by a DOM range; null when it covers none of the article text. */
export function rangeToOffsets(page: PageText, range: Range): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  for (let i = 0; i < page.nodes.length; i++) {
    const node = page.nodes[i];
    if (!range.intersectsNode(node)) continue;
    const s = node === range.startContainer ? range.startOffset : 0;
    const e = node === range.endContainer ? range.endOffset : node.length;
    if (e <= s && node !== range.startContainer) continue;
    if (start < 0) start = page.starts[i] + s;
    end = page.starts[i] + e;
  }
  return start >= 0 && end > start ? { start, end } : null;
}

/** A live DOM range for offsets into the page text, or null when the nodes are gone. */
export function offsetsToRange(doc: Document, page: PageText, start: number, end: number): Range | null {
  const nr = toNodeRange(page.nodes, page.starts, start, end);
  if (!nr || !nr.start.node.isConnected || !nr.end.node.isConnected) return null;
  const range = doc.createRange();
  range.setStart(nr.start.node, nr.start.offset);
  range.setEnd(nr.end.node, nr.end.offset);
  return range;
}
