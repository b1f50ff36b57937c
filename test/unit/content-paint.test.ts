// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '../../src/content/extract';
import { createHighlightPainter, createMarkPainter, unmarkAll, type PaintItem } from '../../src/content/paint';

function setupPage() {
  document.body.innerHTML = `<article id="a"><p>SpaceX gave <a href="#">Anthropic</a> all of <em>Colossus 1</em>. A quiet sentence.</p>
    <p>Colossus 1 has about 200,000 GPUs. Another one.</p></article>`;
  const root = document.getElementById('a')!;
  const page = extractText(root);
  const span = (s: string) => ({ start: page.text.indexOf(s), end: page.text.indexOf(s) + s.length });
  const items: PaintItem[] = [
    { index: 0, conflict: false, ...span('SpaceX gave Anthropic all of Colossus 1.') },
    { index: 1, conflict: true, ...span('Colossus 1 has about 200,000 GPUs.') },
  ];
  return { root, page, items };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('mark.js painter', () => {
  it('wraps exactly the matched sentences in classed <mark> elements', () => {
    const { root, page, items } = setupPage();
    const painter = createMarkPainter(document);
    const painted = painter.paint(root, page, items);
    const text = (cls: string) =>
      Array.from(root.querySelectorAll(`mark.${cls}`))
        .map((m) => m.textContent)
        .join('');
    expect(text('deal-lens-claim')).toBe('SpaceX gave Anthropic all of Colossus 1.');
    expect(text('deal-lens-conflict')).toBe('Colossus 1 has about 200,000 GPUs.');
    expect(painted.map((p) => [p.index, p.range.toString()])).toEqual([
      [0, 'SpaceX gave Anthropic all of Colossus 1.'],
      [1, 'Colossus 1 has about 200,000 GPUs.'],
    ]);
    // the link and emphasis are still there, with their text
    expect(root.querySelector('a')?.textContent).toBe('Anthropic');
    expect(root.querySelector('em')?.textContent).toBe('Colossus 1');
  });

  it('removes its marks without normalize(): the text is intact and split text nodes stay split', () => {
    const { root, page, items } = setupPage();
    const before = root.textContent;
    const painter = createMarkPainter(document);
    painter.paint(root, page, items);
    painter.clear();
    expect(root.querySelectorAll('mark').length).toBe(0);
    expect(root.textContent).toBe(before);
    // a text node was split by marking; normalize() would have merged it back into one node
    const para = root.querySelectorAll('p')[1];
    expect(para.childNodes.length).toBeGreaterThan(1);
    expect(para.textContent).toBe('Colossus 1 has about 200,000 GPUs. Another one.');
  });

  it('unmarkAll leaves other <mark> elements of the page alone', () => {
    document.body.innerHTML = '<p>Keep <mark id="theirs">this</mark> and <mark data-deal-lens-index="0" class="deal-lens-claim">ours</mark>.</p>';
    unmarkAll(document.body);
    expect(document.getElementById('theirs')).not.toBeNull();
    expect(document.querySelectorAll('mark').length).toBe(1);
    expect(document.body.textContent).toBe('Keep this and ours.');
  });
});

describe('highlight painter', () => {
  it('registers deal-lens-claim and deal-lens-conflict highlights without touching the DOM', () => {
    const { root, page, items } = setupPage();
    class FakeHighlight extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    }
    const registry = new Map<string, FakeHighlight>();
    const win = Object.assign(Object.create(window), { CSS: { highlights: registry }, Highlight: FakeHighlight }) as Window & typeof globalThis;
    const html = root.innerHTML;
    const painter = createHighlightPainter(win);
    const painted = painter.paint(root, page, items);
    expect(root.innerHTML).toBe(html);
    expect([...registry.get('deal-lens-claim')!].map((r) => r.toString())).toEqual(['SpaceX gave Anthropic all of Colossus 1.']);
    expect([...registry.get('deal-lens-conflict')!].map((r) => r.toString())).toEqual(['Colossus 1 has about 200,000 GPUs.']);
    expect(painted).toHaveLength(2);
    painter.flash(painted[1]);
    expect([...registry.get('deal-lens-focus')!][0].toString()).toBe('Colossus 1 has about 200,000 GPUs.');
    painter.clear();
    expect(registry.size).toBe(0);
  });
});
