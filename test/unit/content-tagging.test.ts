// @vitest-environment happy-dom
/**
 * The page side of tagging without the CSS Custom Highlight API (happy-dom has none), or with the
 * mark.js painter chosen: stored tags are re-anchored and painted as `<mark class="deal-lens-tag">`,
 * removed again without merging the page's text nodes, and they leave the claim marks alone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTagging, type Tagging } from '../../src/content/tagging';
import { readTagText } from '../../src/content/tagging/page-text';
import { TAG_HIGHLIGHT } from '../../src/content/tagging/paint-tags';
import { unmarkAll } from '../../src/content/paint';
import { createAnnotation, type Annotation } from '../../src/core/annotations/model';
import { describeRange } from '../../src/core/annotations/selectors';
import { SETTINGS_KEY } from '../../src/messages';
import type { ContentPlatform, MessageHandler } from '../../src/platform/types';

const FIRST = 'SpaceX gave Anthropic all of Colossus 1 in Memphis.';
const SECOND = 'The facility holds over 200,000 Nvidia GPUs, the company said.';
const GONE = 'This sentence was in the article when it was tagged.';

function page(): void {
  document.head.innerHTML = '<title>Story</title>';
  document.body.innerHTML = `<article><h1>Deal</h1>
    <p>Intro sentence here. ${FIRST} More words follow it.</p>
    <p>Then it changed. ${SECOND} <mark id="own">Page's own mark.</mark></p></article>`;
}

/** A tag on `quote` as the page reads now (offsets from the same extraction the content script uses). */
function tagOn(quote: string): Annotation {
  const text = readTagText(document)!.page.text;
  const start = text.indexOf(quote);
  const sel = describeRange(text, start, start + quote.length)!;
  return createAnnotation({ verdict: 'inaccurate', tags: ['t'], note: '', claimId: null, source: 'https://example.com/a', title: 'Story', quote: sel.quote, position: sel.position });
}

function fakePlatform(annotations: () => Annotation[], settings: unknown = undefined) {
  const handlers: MessageHandler[] = [];
  const localListeners: ((k: string, v: unknown) => void)[] = [];
  const platform: ContentPlatform = {
    async sendMessage(message) {
      const m = message as { type: string };
      if (m.type === 'annotations-for-page') return { ok: true, value: { source: 'https://example.com/a', tagsUsed: ['t'], annotations: annotations() } };
      return { ok: false, error: `unexpected ${m.type}` };
    },
    onMessage: (h) => handlers.push(h),
    local: { get: async (key: string) => (key === SETTINGS_KEY ? settings : undefined), set: async () => undefined, remove: async () => undefined },
    onLocalChanged: (cb) => localListeners.push(cb),
  };
  /** Sends a background → content message to every handler and returns the first answer. */
  const send = async (message: unknown) => {
    for (const h of handlers) {
      const reply = h(message, {} as never);
      if (reply !== undefined) return reply;
    }
    return undefined;
  };
  return { platform, send, localListeners };
}

const tagMarks = () => Array.from(document.querySelectorAll<HTMLElement>(`mark.${TAG_HIGHLIGHT}`));
/** The text of each painted tag, in page order, joined per tag index. */
function paintedTags(): string[] {
  const by = new Map<string, string>();
  for (const m of tagMarks()) by.set(m.dataset.dealLensTag!, (by.get(m.dataset.dealLensTag!) ?? '') + m.textContent);
  return [...by.values()];
}

let tagging: Tagging | null = null;
afterEach(() => {
  tagging?.stop();
  tagging = null;
  vi.unstubAllGlobals();
});

describe('tags under the mark.js painter', () => {
  it('paints re-anchored tags as <mark class="deal-lens-tag"> where CSS highlights are missing, and reports an orphan', async () => {
    page();
    const tags = [tagOn(FIRST), tagOn(SECOND)];
    // A third tag whose passage the article has since removed.
    document.querySelector('p')!.append(` ${GONE}`);
    tags.push(tagOn(GONE));
    document.querySelector('p')!.lastChild!.remove();
    const { platform, send } = fakePlatform(() => tags);
    tagging = startTagging(window as unknown as Window & typeof globalThis, platform);
    await vi.waitFor(() => expect(paintedTags()).toEqual([FIRST, SECOND]), { timeout: 5000 });
    expect(tagMarks().every((m) => !m.hasAttribute('data-deal-lens-index')), 'tag marks are not claim marks').toBe(true);
    expect(document.getElementById('own')!.className).toBe('');

    const reply = (await send({ type: 'tags-anchors' })) as { ok: true; value: { anchors: { id: string; status: string }[] } };
    expect(reply.value.anchors.map((a) => a.status)).toEqual(['exact', 'exact', 'orphan']);
    expect(reply.value.anchors[2].id).toBe(tags[2].id);
  });

  it('removes tag marks without merging text nodes, and leaves the page’s own and the claim marks in place', async () => {
    page();
    let tags = [tagOn(FIRST)];
    const p = document.querySelector('p')!;
    // A claim mark (the reader's) on the same paragraph's first words.
    const intro = p.firstChild as Text;
    const claim = document.createElement('mark');
    claim.setAttribute('data-deal-lens-index', '0');
    claim.className = 'deal-lens-claim';
    intro.splitText('Intro'.length);
    p.insertBefore(claim, intro);
    claim.append(intro);
    const { platform, send } = fakePlatform(() => tags);
    tagging = startTagging(window as unknown as Window & typeof globalThis, platform);
    await vi.waitFor(() => expect(paintedTags()).toEqual([FIRST]), { timeout: 5000 });
    const inner = tagMarks()[0].firstChild as Text;

    tags = [];
    await send({ type: 'tags-changed' });
    expect(tagMarks()).toEqual([]);
    expect(p.textContent!.replace(/\s+/g, ' ').trim()).toBe(`Intro sentence here. ${FIRST} More words follow it.`);
    // The text node the mark held is put back as it is, not merged with its neighbours (no normalize()).
    expect(inner.parentNode).toBe(p);
    expect(inner.data).toBe(FIRST);
    expect(inner.previousSibling?.nodeType).toBe(Node.TEXT_NODE);
    expect(p.querySelector('mark.deal-lens-claim')?.textContent).toBe('Intro');
    expect(document.getElementById('own')!.textContent).toBe("Page's own mark.");

    // And the reader clearing its marks leaves ours.
    tags = [tagOn(FIRST)];
    await send({ type: 'tags-changed' });
    unmarkAll(document.body);
    expect(paintedTags()).toEqual([FIRST]);
  });

  it('keeps its marks (no repaint) when another script only splits the text around them', async () => {
    page();
    const tags = [tagOn(FIRST)];
    const { platform } = fakePlatform(() => tags);
    tagging = startTagging(window as unknown as Window & typeof globalThis, platform);
    await vi.waitFor(() => expect(paintedTags()).toEqual([FIRST]), { timeout: 5000 });
    const before = tagMarks();
    // Like the reader's mark painter: wrap the paragraph's first word in a claim mark (a page change
    // our watcher sees), and a piece of the tagged text too (inside our mark).
    const p = document.querySelector('p')!;
    const intro = p.firstChild as Text;
    intro.splitText('Intro'.length);
    const claim = document.createElement('mark');
    claim.setAttribute('data-deal-lens-index', '0');
    intro.replaceWith(claim);
    claim.append(intro);
    const inside = before[0].firstChild as Text;
    const piece = inside.splitText(7);
    piece.splitText(8);
    const inner = document.createElement('mark');
    inner.setAttribute('data-deal-lens-index', '3');
    piece.replaceWith(inner);
    inner.append(piece);
    await new Promise((r) => setTimeout(r, 900));
    expect(tagMarks().length).toBe(before.length);
    tagMarks().forEach((m, i) => expect(m, 'the same mark element, not a repaint').toBe(before[i]));
    expect(paintedTags()).toEqual([FIRST]);
  });

  it('uses marks when the user chose the mark.js painter even where highlights exist, and switches back', async () => {
    page();
    const registry = new Map<string, Set<Range>>();
    vi.stubGlobal('CSS', { ...(globalThis.CSS ?? {}), highlights: registry });
    vi.stubGlobal('Highlight', class extends Set<Range> { constructor(...ranges: Range[]) { super(ranges); } });
    const tags = [tagOn(FIRST)];
    const { platform, localListeners } = fakePlatform(() => tags, { painter: 'markjs', pausedHosts: [] });
    tagging = startTagging(window as unknown as Window & typeof globalThis, platform);
    await vi.waitFor(() => expect(paintedTags()).toEqual([FIRST]), { timeout: 5000 });
    expect(registry.has(TAG_HIGHLIGHT)).toBe(false);

    for (const cb of localListeners) cb(SETTINGS_KEY, { painter: 'highlight-api', pausedHosts: [] });
    await vi.waitFor(() => expect([...(registry.get(TAG_HIGHLIGHT) ?? [])].map((r) => r.toString())).toEqual([FIRST]), { timeout: 5000 });
    expect(tagMarks()).toEqual([]);
  });
});
