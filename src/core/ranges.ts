/**
 * Offsets into the extracted page text → (node, offset) points, by binary search over the start of
 * each text node. Pure: nodes are anything with a `length`, so it runs under Node and in tests.
 * The extracted text may hold separators between blocks that belong to no node; a range that
 * begins or ends in such a gap is pulled inward to the nearest node text.
 */

/** Something with a text length, such as a DOM Text node. */
export interface HasLength {
  readonly length: number;
}

/** A position inside one node. */
export interface NodePoint<N> {
  node: N;
  offset: number;
}

/** A range of the page text expressed on nodes. */
export interface NodeRange<N> {
  start: NodePoint<N>;
  end: NodePoint<N>;
  /** Index of the first and last node the range touches. */
  first: number;
  last: number;
}

/** Index of the last node whose start is ≤ `pos`, or -1 when `pos` precedes every node. */
export function nodeIndexAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Maps the text range [start, end) onto nodes. Returns null when the range covers no node text
 * (empty, out of bounds, or only separators). The start point lies in the node holding the first
 * character, the end point in the node holding the last one.
 */
export function toNodeRange<N extends HasLength>(
  nodes: readonly N[],
  starts: readonly number[],
  start: number,
  end: number,
): NodeRange<N> | null {
  if (nodes.length === 0 || nodes.length !== starts.length || !(end > start)) return null;

  // First character: the node containing `start`, or the next node when `start` sits in a gap.
  let first = nodeIndexAt(starts, start);
  let startOffset: number;
  if (first >= 0 && start < starts[first] + nodes[first].length) {
    startOffset = start - starts[first];
  } else {
    first += 1;
    while (first < nodes.length && nodes[first].length === 0) first++;
    if (first >= nodes.length || starts[first] >= end) return null;
    startOffset = 0;
  }

  // Last character (end - 1): the node containing it, or the previous node with text.
  let last = nodeIndexAt(starts, end - 1);
  let endOffset: number;
  if (last >= 0 && end - 1 < starts[last] + nodes[last].length) {
    endOffset = end - starts[last];
  } else {
    while (last >= 0 && (nodes[last].length === 0 || starts[last] + nodes[last].length <= start)) {
      if (starts[last] + nodes[last].length <= start) return null;
      last--;
    }
    if (last < 0) return null;
    endOffset = nodes[last].length;
  }
  if (last < first) return null;

  return {
    start: { node: nodes[first], offset: startOffset },
    end: { node: nodes[last], offset: endOffset },
    first,
    last,
  };
}

/** Text offset of a (node index, offset in node) point: the inverse of `toNodeRange` for one point. */
export function toTextOffset(starts: readonly number[], nodeIndex: number, offset: number): number {
  return starts[nodeIndex] + offset;
}
