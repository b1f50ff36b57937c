import { describe, expect, it } from 'vitest';
import { nodeIndexAt, toNodeRange } from '../../src/core/ranges';

/** Builds a page of "nodes" from strings, with `sep` between blocks marked by null. */
function layout(parts: (string | null)[], sep = '\n\n') {
  const nodes: { data: string; length: number }[] = [];
  const starts: number[] = [];
  let text = '';
  for (const p of parts) {
    if (p === null) {
      text += sep;
      continue;
    }
    nodes.push({ data: p, length: p.length });
    starts.push(text.length);
    text += p;
  }
  return { nodes, starts, text };
}

function sliceOf(r: NonNullable<ReturnType<typeof toNodeRange<{ data: string; length: number }>>>, nodes: { data: string }[]) {
  if (r.first === r.last) return r.start.node.data.slice(r.start.offset, r.end.offset);
  let s = r.start.node.data.slice(r.start.offset);
  for (let i = r.first + 1; i < r.last; i++) s += nodes[i].data;
  return s + r.end.node.data.slice(0, r.end.offset);
}

describe('nodeIndexAt', () => {
  it('finds the last node starting at or before a position', () => {
    const starts = [0, 5, 5, 12];
    expect(nodeIndexAt(starts, 0)).toBe(0);
    expect(nodeIndexAt(starts, 4)).toBe(0);
    expect(nodeIndexAt(starts, 5)).toBe(2);
    expect(nodeIndexAt(starts, 100)).toBe(3);
    expect(nodeIndexAt([3], 1)).toBe(-1);
  });
});

describe('toNodeRange', () => {
  it('maps a sentence spanning inline nodes to exact node offsets', () => {
    const { nodes, starts, text } = layout(['SpaceX gave ', 'Anthropic', ' all of Colossus 1. Next one.']);
    const start = text.indexOf('SpaceX');
    const end = text.indexOf('1.') + 2;
    const r = toNodeRange(nodes, starts, start, end)!;
    expect(r.first).toBe(0);
    expect(r.last).toBe(2);
    expect(r.start.offset).toBe(0);
    expect(r.end.node).toBe(nodes[2]);
    expect(sliceOf(r, nodes)).toBe('SpaceX gave Anthropic all of Colossus 1.');
  });

  it('puts the start in the node holding the first character, not the end of the previous node', () => {
    const { nodes, starts } = layout(['abc', 'def']);
    const r = toNodeRange(nodes, starts, 3, 5)!;
    expect(r.start.node).toBe(nodes[1]);
    expect(r.start.offset).toBe(0);
    expect(r.end.offset).toBe(2);
  });

  it('pulls ranges that start or end in a block separator inward', () => {
    const { nodes, starts, text } = layout(['First block.', null, 'Second block.']);
    const gap = text.indexOf('\n');
    const r = toNodeRange(nodes, starts, gap, text.length)!;
    expect(r.start.node).toBe(nodes[1]);
    expect(r.start.offset).toBe(0);
    const back = toNodeRange(nodes, starts, 0, gap + 1)!;
    expect(back.end.node).toBe(nodes[0]);
    expect(back.end.offset).toBe(nodes[0].length);
  });

  it('returns null for empty, reversed, separator-only or out-of-bounds ranges', () => {
    const { nodes, starts, text } = layout(['One.', null, 'Two.']);
    expect(toNodeRange(nodes, starts, 2, 2)).toBeNull();
    expect(toNodeRange(nodes, starts, 3, 1)).toBeNull();
    expect(toNodeRange(nodes, starts, 4, 6)).toBeNull();
    expect(toNodeRange(nodes, starts, text.length + 5, text.length + 9)).toBeNull();
    expect(toNodeRange([], [], 0, 3)).toBeNull();
  });

  it('skips empty nodes', () => {
    const { nodes, starts } = layout(['ab', '', 'cd']);
    const r = toNodeRange(nodes, starts, 2, 4)!;
    expect(r.start.node).toBe(nodes[2]);
    expect(sliceOf(r, nodes)).toBe('cd');
  });

  it('round-trips every substring of a fragmented text', () => {
    const { nodes, starts, text } = layout(['Anth', 'ropic ', 'and ', 'S', 'paceX', null, 'sig', 'ned.']);
    for (let s = 0; s < text.length; s++) {
      for (let e = s + 1; e <= text.length; e++) {
        const r = toNodeRange(nodes, starts, s, e);
        const wanted = text.slice(s, e).replace(/^\n+|\n+$/g, '');
        if (wanted.replace(/\n/g, '') === '') {
          expect(r).toBeNull();
        } else {
          expect(sliceOf(r!, nodes)).toBe(wanted.replace(/\n\n/g, ''));
        }
      }
    }
  });
});
