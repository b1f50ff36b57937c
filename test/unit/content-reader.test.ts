// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startReader, type Reader } from '../../src/content/reader';
import type { ContentPlatform, MessageHandler } from '../../src/platform/types';
import type { PageResult, ScanRequest } from '../../src/messages';
import type { ClaimCard } from '../../src/core/card-model';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

const CLAIM = 'SpaceX gave Anthropic all of Colossus 1.';
const CONFLICT = 'Colossus 1 has about 200,000 GPUs.';

function cardFor(id: string, statement: string): ClaimCard {
  return {
    claimId: id, topic: 'facility', statement, status: 'corroborated', supersededOn: null, asOf: '2026-06-01', packName: 'P',
    appearances: [{ outlet: 'TechCrunch', kind: 'news', author: 'A', date: 'May 6, 2026', url: null, title: null, quote: null, cites: [] }],
    preferred: null, conflicts: [],
  };
}

/** A fake background that "matches" two known sentences by text. */
function fakePlatform(settings: unknown = undefined) {
  const scans: ScanRequest[] = [];
  const handlers: MessageHandler[] = [];
  const changeListeners: ((k: string, v: unknown) => void)[] = [];
  const platform: ContentPlatform = {
    async sendMessage(message) {
      const req = message as ScanRequest;
      scans.push(req);
      const matches = req.sentences
        .map((s, index) => ({ s, index }))
        .filter(({ s }) => s.text === CLAIM || s.text === CONFLICT)
        .map(({ s, index }) => ({
          index, sentence: s.text, start: s.start, end: s.end, claimId: s.text === CLAIM ? 'c1' : 'c2', topic: 'facility' as const,
          score: 1, verdict: s.text === CLAIM ? ('agrees' as const) : ('conflicts' as const), conflict: s.text === CONFLICT,
          preferredId: null, slots: [], claimStatus: 'corroborated' as const,
        }));
      const value: PageResult = {
        url: req.url, title: req.title, published: req.published, scannedAt: 1, matches,
        cards: { c1: cardFor('c1', 'Anthropic uses all of Colossus 1.'), c2: cardFor('c2', 'Colossus 1 has about 200,000 GPUs.') },
      };
      return { ok: true, value };
    },
    onMessage: (h) => handlers.push(h),
    local: { get: async () => settings, set: async () => undefined, remove: async () => undefined },
    onLocalChanged: (cb) => changeListeners.push(cb),
  };
  return { platform, scans, handlers, changeListeners };
}

let reader: Reader | null = null;
afterEach(() => {
  reader?.stop();
  reader = null;
});

function page() {
  document.head.innerHTML = '<meta property="article:published_time" content="2026-05-06T10:00:00Z"><title>Story</title>';
  document.body.innerHTML = `<nav><p>${CLAIM}</p></nav><article><h1>Deal</h1>
    <p>Intro sentence here. ${CLAIM} More.</p><p>Then it changed. ${CONFLICT}</p></article>`;
}

const markText = (cls: string) => Array.from(document.querySelectorAll(`article mark.${cls}`)).map((m) => m.textContent).join('');

/** Waits (polling, not a fixed sleep: reading and painting are time-sliced) until both sentences are painted. */
const painted = () =>
  vi.waitFor(() => {
    expect(markText('deal-lens-claim')).toBe(CLAIM);
    expect(markText('deal-lens-conflict')).toBe(CONFLICT);
  }, { timeout: 5000 });

describe('content reader', () => {
  it('sends the article’s sentences and publication date, then paints what comes back (mark.js where CSS.highlights is missing)', async () => {
    page();
    const fake = fakePlatform();
    reader = startReader(window, fake.platform);
    await painted();
    expect(fake.scans).toHaveLength(1);
    const sent = fake.scans[0];
    expect(sent.type).toBe('scan');
    expect(sent.published).toBe('2026-05-06T10:00:00Z');
    expect(sent.sentences.map((s) => s.text)).toEqual(['Deal', 'Intro sentence here.', CLAIM, 'More.', 'Then it changed.', CONFLICT]);
    expect(markText('deal-lens-claim')).toBe(CLAIM);
    expect(markText('deal-lens-conflict')).toBe(CONFLICT);
    expect(document.querySelector('nav mark')).toBeNull();
  });

  it('opens the card for the next claim on Alt+Shift+J, closes it on Escape, and answers show messages', async () => {
    page();
    const fake = fakePlatform();
    reader = startReader(window, fake.platform);
    await painted();
    const host = document.querySelector('deal-lens-ui');
    expect(host).toBeNull();
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyJ', key: 'J', altKey: true, shiftKey: true, bubbles: true }));
    expect(document.querySelector('deal-lens-ui')).not.toBeNull();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }));
    const reply = await fake.handlers[0]({ type: 'show', index: 1 }, {});
    expect(reply).toEqual({ ok: true, value: null });
    const missing = await fake.handlers[0]({ type: 'show', index: 9 }, {});
    expect(missing).toMatchObject({ ok: false });
    expect(fake.handlers[0]({ type: 'something-else' }, {})).toBeUndefined();
  });

  it('does nothing on a paused site but tell the background the page has no claims', async () => {
    page();
    const fake = fakePlatform({ painter: 'highlight-api', pausedHosts: [location.hostname] });
    reader = startReader(window, fake.platform);
    await vi.waitFor(() => expect(fake.scans).toHaveLength(1), { timeout: 5000 });
    expect(fake.scans).toHaveLength(1);
    expect(fake.scans[0].sentences).toEqual([]);
    expect(document.querySelectorAll('mark').length).toBe(0);
  });

  it('re-scans when the article changes, ignoring its own marks', async () => {
    page();
    const fake = fakePlatform();
    reader = startReader(window, fake.platform);
    await painted();
    expect(fake.scans).toHaveLength(1);
    document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: 'A new paragraph.' }));
    await vi.waitFor(() => expect(fake.scans).toHaveLength(2), { timeout: 5000 });
    expect(fake.scans).toHaveLength(2);
    expect(fake.scans[1].sentences.map((s) => s.text)).toContain('A new paragraph.');
    await painted();
  });

  it('does not ask the background again when only page furniture changes or the same text is re-rendered', async () => {
    page();
    const fake = fakePlatform();
    reader = startReader(window, fake.platform);
    await painted();
    document.body.append(Object.assign(document.createElement('div'), { className: 'ad-slot', textContent: 'Buy now' }));
    await tick(700);
    expect(fake.scans).toHaveLength(1);
    // a framework re-renders the paragraph with identical text: marks are gone, then repainted locally
    const p = document.querySelectorAll('article p')[0];
    p.innerHTML = `Intro sentence here. ${CLAIM} More.`;
    await tick(700);
    expect(fake.scans).toHaveLength(1);
    expect(markText('deal-lens-claim')).toBe(CLAIM);
    expect(markText('deal-lens-conflict')).toBe(CONFLICT);
  });

  it('leaves Alt+Shift+J alone while the reader types in a field', async () => {
    page();
    const input = document.createElement('textarea');
    document.body.append(input);
    const fake = fakePlatform();
    reader = startReader(window, fake.platform);
    await painted();
    const e = new KeyboardEvent('keydown', { code: 'KeyJ', key: 'Ô', altKey: true, shiftKey: true, bubbles: true, cancelable: true });
    input.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    expect(document.querySelector('deal-lens-ui')).toBeNull();
  });

  it('scrolls the sentence itself into view on Alt+Shift+J, not its whole container', async () => {
    page();
    const fake = fakePlatform();
    reader = startReader(window, fake.platform);
    await painted();
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyJ', key: 'J', altKey: true, shiftKey: true, bubbles: true }));
      window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyJ', key: 'J', altKey: true, shiftKey: true, bubbles: true }));
    } finally {
      Element.prototype.scrollIntoView = original;
    }
    expect(scrolled.map((el) => el.textContent)).toEqual([CLAIM, CONFLICT]);
  });
});
