/**
 * One TreeWalker pass over the article root: the page text, the text nodes it came from and where
 * each starts, and the block boundaries sentences must not cross. Everything downstream speaks in
 * offsets into this text.
 */
import type { TextBlock } from '../core/segment';
import { isExcludedElement } from './article-root';

/** The article's text with its node map. `text.slice(starts[i], starts[i] + nodes[i].length) === nodes[i].data`. */
export interface PageText {
  text: string;
  nodes: Text[];
  starts: number[];
  blocks: TextBlock[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HGROUP', 'HR', 'LI', 'MAIN', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Separator between blocks in `PageText.text`; it belongs to no node. */
export const BLOCK_SEPARATOR = '\n\n';

function blockOf(node: Node, root: Element, cache: Map<Node, Element>): Element {
  const hit = cache.get(node);
  if (hit) return hit;
  let el: Element | null = node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  const block = el ?? root;
  cache.set(node, block);
  return block;
}

/**
 * Reads the text under `root`, skipping excluded subtrees (see `isExcludedElement`) and anything
 * `skip` rejects (our own UI). A new block starts whenever the nearest block-level ancestor changes,
 * and at each `<br>`.
 */
export function extractText(root: Element, skip?: (el: Element) => boolean): PageText {
  const steps = extractSteps(root, skip);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** How many nodes one step of {@link extractSteps} visits at most. */
const NODES_PER_STEP = 256;

/**
 * `extractText` as steps (yields every few hundred nodes), so the reader can give the page a turn
 * between them on a very long article. Returns the same text and node map.
 */
export function* extractSteps(root: Element, skip?: (el: Element) => boolean): Generator<void, PageText> {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node: Node): number {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (isExcludedElement(el) || (skip && skip(el))) return NodeFilter.FILTER_REJECT;
        return el.tagName.toUpperCase() === 'BR' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });

  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const blocks: TextBlock[] = [];
  const cache = new Map<Node, Element>();
  let length = 0;
  let block: Element | null = null;
  let blockStart = 0;
  let brBreak = false;

  const closeBlock = () => {
    if (length > blockStart) blocks.push({ start: blockStart, end: length });
  };

  let visited = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++visited % NODES_PER_STEP === 0) yield;
    if (n.nodeType !== Node.TEXT_NODE) {
      brBreak = true; // a <br>
      continue;
    }
    const t = n as Text;
    if (t.data.length === 0) continue;
    const b = blockOf(t, root, cache);
    if (b !== block || brBreak) {
      if (block !== null) {
        closeBlock();
        parts.push(BLOCK_SEPARATOR);
        length += BLOCK_SEPARATOR.length;
      }
      block = b;
      blockStart = length;
      brBreak = false;
    }
    nodes.push(t);
    starts.push(length);
    parts.push(t.data);
    length += t.data.length;
  }
  closeBlock();
  return { text: parts.join(''), nodes, starts, blocks };
}
