/**
 * Which painted sentence is under the pointer. Highlights are not elements, so there is no event
 * target to ask: we take the caret position at the point and confirm with the range's line boxes.
 */
import type { Painted } from './paint';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The line box of `range` containing the point, or null. */
export function rectAt(range: Range, x: number, y: number): DOMRect | null {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
  }
  return null;
}

/** The painted sentence under viewport point (x, y), with the line box hit. */
export function paintedAt(doc: Document, painted: readonly Painted[], x: number, y: number): { item: Painted; rect: DOMRect } | null {
  if (painted.length === 0) return null;
  const caret = caretAt(doc as CaretDoc, x, y);
  const candidates = caret
    ? painted.filter((p) => {
        try {
          return p.range.isPointInRange(caret.node, caret.offset);
        } catch {
          return false;
        }
      })
    : painted;
  for (const item of candidates) {
    const rect = rectAt(item.range, x, y);
    if (rect) return { item, rect };
  }
  return null;
}
