import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/background/router';
import { registerReader } from '../../src/background/reader';
import { createTabStore } from '../../src/background/tab-store';
import { createEngine } from '../../src/background/engine';
import { loadBundledPack } from '../../src/background/bundled-pack';
import { badgeFor, CALM_COLOR, CONFLICT_COLOR } from '../../src/background/badge';
import { matchesPatterns } from '../../src/background/site';
import type { BackgroundPlatform, KeyValueArea, Sender } from '../../src/platform/types';
import type { PageResult } from '../../src/messages';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const PATTERNS = ['https://www.cnbc.com/*', 'https://cnbc.com/*', 'https://techcrunch.com/*'];

function memoryArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(k) {
      return structuredClone(data.get(k));
    },
    async set(k, v) {
      data.set(k, structuredClone(v));
    },
    async remove(k) {
      data.delete(k);
    },
  };
}

function fakePlatform(session = memoryArea(), local = memoryArea()) {
  const badges = new Map<number, { text: string; color: string }>();
  const sentToTabs: { tabId: number; message: unknown }[] = [];
  const injected: { tabId: number; file: string }[] = [];
  const listeners = { removed: [] as ((id: number) => void)[], navigated: [] as ((id: number, url: string | null) => void)[] };
  const platform: BackgroundPlatform = {
    runtimeId: ID,
    extensionOrigin: ORIGIN,
    contentScriptFile: () => 'src/content/index.js',
    contentScriptMatches: () => PATTERNS,
    local,
    session,
    onMessage: () => undefined,
    async setBadge(tabId, text, color) {
      badges.set(tabId, { text, color });
    },
    async getTabUrl() {
      return null;
    },
    async sendToTab(tabId, message) {
      sentToTabs.push({ tabId, message });
      return { ok: true, value: null };
    },
    async executeScript(tabId, file) {
      injected.push({ tabId, file });
    },
    onTabRemoved: (cb) => listeners.removed.push(cb),
    onTabNavigated: (cb) => listeners.navigated.push(cb),
  };
  return { platform, badges, sentToTabs, injected, listeners, session, local };
}

const engine = createEngine(() => [loadBundledPack()]);
const pack = loadBundledPack();

function setup(session = memoryArea()) {
  const fake = fakePlatform(session);
  const router = createRouter(ID, ORIGIN);
  const store = createTabStore(fake.platform.session);
  registerReader(router, fake.platform, engine, store);
  return { ...fake, router, store };
}

const fromTab = (tabId: number, url = 'https://www.cnbc.com/2026/05/07/story.html'): Sender => ({ id: ID, url, tab: { id: tabId, url }, frameId: 0 });
const fromPopup: Sender = { id: ID, url: `${ORIGIN}/src/popup/index.html` };
const fromPopupTab: Sender = { id: ID, url: `${ORIGIN}/src/popup/index.html?tab=7`, tab: { id: 99 } };

/** A sentence that states a bundled claim in the database's own words (its first variant). */
const claimWithVariant = pack.claims.find((c) => c.variants.length > 0 && c.appearances.length > 0)!;
const stated = `${claimWithVariant.variants[0].replace(/^./, (c) => c.toUpperCase())}.`;
const unrelated = 'The weather in Lisbon was mild and the ferry ran on time.';

function scanMessage(sentences: string[], url = 'https://www.cnbc.com/2026/05/07/story.html') {
  let at = 0;
  return {
    type: 'scan',
    url,
    title: 'Story',
    published: '2026-05-07',
    sentences: sentences.map((text) => {
      const s = { text, start: at, end: at + text.length };
      at += text.length + 1;
      return s;
    }),
  };
}

describe('router', () => {
  it('refuses messages from other extensions or web pages', async () => {
    const { router } = setup();
    expect(await router.dispatch({ type: 'get-tab-result', tabId: 1 }, { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' })).toMatchObject({ ok: false });
    expect(await router.dispatch({ type: 'get-tab-result', tabId: 1 }, { url: 'https://evil.example/' })).toMatchObject({ ok: false });
  });

  it('accepts scans only from content scripts, and tab queries only from extension pages', async () => {
    const { router } = setup();
    const r1 = await router.dispatch(scanMessage([unrelated]), fromPopup);
    expect(r1).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted/) });
    const r2 = await router.dispatch({ type: 'get-tab-result', tabId: 5 }, fromTab(5));
    expect(r2).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted/) });
    const r3 = await router.dispatch({ type: 'get-tab-result', tabId: 5 }, fromPopupTab);
    expect(r3).toEqual({ ok: true, value: null });
  });

  it('answers malformed messages and handler failures with {ok:false}', async () => {
    const { router } = setup();
    expect(await router.dispatch({ type: 'scan', url: 1 }, fromTab(1))).toMatchObject({ ok: false });
    expect(await router.dispatch({ type: 'show-on-page', tabId: 4, index: 0 }, fromPopup)).toEqual({ ok: false, error: 'no such claim on this page' });
  });

  it('lets another feature register its own message type', async () => {
    const { router } = setup();
    router.onCustom<{ type: 'ping'; n: number }>('ping', 'extension-page', (m) => (typeof m.n === 'number' ? null : 'n'), (req) => req.n + 1);
    expect(await router.dispatch({ type: 'ping', n: 1 }, fromPopup)).toEqual({ ok: true, value: 2 });
    expect(await router.dispatch({ type: 'ping', n: 'x' }, fromPopup)).toEqual({ ok: false, error: 'n' });
  });
});

describe('reader background', () => {
  it('matches a sentence stated in the database’s words, ignores an unrelated one, stores the result and sets the badge', async () => {
    const { router, badges } = setup();
    const reply = await router.dispatch(scanMessage([unrelated, stated]), fromTab(4));
    expect(reply.ok).toBe(true);
    const result = (reply as { ok: true; value: PageResult }).value;
    expect(result.matches.map((m) => m.index)).toEqual([1]);
    expect(result.matches[0].claimId).toBe(claimWithVariant.id);
    expect(result.cards[claimWithVariant.id].statement).toBe(claimWithVariant.statement);
    expect(badges.get(4)?.text).toBe('1');

    const got = await router.dispatch({ type: 'get-tab-result', tabId: 4 }, fromPopup);
    expect((got as { ok: true; value: PageResult }).value.matches).toHaveLength(1);
  });

  it('keeps tab results across a service-worker restart (storage.session)', async () => {
    const session = memoryArea();
    const first = setup(session);
    await first.router.dispatch(scanMessage([stated]), fromTab(8));
    const restarted = setup(session);
    const got = await restarted.router.dispatch({ type: 'get-tab-result', tabId: 8 }, fromPopup);
    expect((got as { ok: true; value: PageResult | null }).value?.matches[0].claimId).toBe(claimWithVariant.id);
  });

  it('forgets a tab’s result when it navigates to another document or closes', async () => {
    const { router, listeners, badges, store } = setup();
    await router.dispatch(scanMessage([stated]), fromTab(3));
    for (const cb of listeners.navigated) await cb(3, 'https://www.cnbc.com/2026/05/07/story.html#comments');
    expect(await store.get(3)).not.toBeNull();
    for (const cb of listeners.navigated) await cb(3, null);
    expect(await store.get(3)).toBeNull();
    expect(badges.get(3)?.text).toBe('');

    await router.dispatch(scanMessage([stated]), fromTab(6));
    for (const cb of listeners.removed) cb(6);
    await new Promise((r) => setTimeout(r, 0));
    expect(await store.get(6)).toBeNull();
  });

  it('records the page URL after history.pushState, but never a URL on another origin', async () => {
    const { router, store } = setup();
    await router.dispatch(scanMessage([stated], 'https://www.cnbc.com/2026/05/08/next.html'), fromTab(2));
    expect((await store.get(2))?.url).toBe('https://www.cnbc.com/2026/05/08/next.html');
    await router.dispatch(scanMessage([stated], 'https://evil.example/'), fromTab(2));
    expect((await store.get(2))?.url).toBe('https://www.cnbc.com/2026/05/07/story.html');
  });

  it('forwards show-on-page to the tab and injects the content script for scan-tab', async () => {
    const { router, sentToTabs, injected } = setup();
    await router.dispatch(scanMessage([stated]), fromTab(5));
    expect(await router.dispatch({ type: 'show-on-page', tabId: 5, index: 0 }, fromPopup)).toEqual({ ok: true, value: null });
    expect(sentToTabs).toEqual([{ tabId: 5, message: { type: 'show', index: 0 } }]);
    expect(await router.dispatch({ type: 'scan-tab', tabId: 11 }, fromPopup)).toEqual({ ok: true, value: null });
    expect(injected).toEqual([{ tabId: 11, file: 'src/content/index.js' }]);
  });

  it('reports site state and pauses a site', async () => {
    const { router, local } = setup();
    await router.dispatch(scanMessage([stated]), fromTab(5));
    expect(await router.dispatch({ type: 'get-site-state', tabId: 5 }, fromPopup)).toEqual({
      ok: true,
      value: { host: 'www.cnbc.com', paused: false, supported: true },
    });
    await router.dispatch({ type: 'set-paused', host: 'www.cnbc.com', paused: true }, fromPopup);
    expect(local.data.get('settings')).toEqual({ painter: 'highlight-api', pausedHosts: ['cnbc.com'] });
    expect(await router.dispatch({ type: 'get-site-state', tabId: 5 }, fromPopup)).toMatchObject({ value: { paused: true } });
    await router.dispatch({ type: 'set-paused', host: 'cnbc.com', paused: false }, fromPopup);
    expect(local.data.get('settings')).toEqual({ painter: 'highlight-api', pausedHosts: [] });
  });
});

describe('badge', () => {
  const base: PageResult = { url: 'u', title: 't', published: null, scannedAt: 0, matches: [], cards: {} };
  const m = (claimId: string, conflict: boolean) => ({ claimId, conflict }) as PageResult['matches'][number];
  it('counts distinct claims and turns to the conflict colour when any sentence conflicts', () => {
    expect(badgeFor(null).text).toBe('');
    expect(badgeFor(base).text).toBe('');
    expect(badgeFor({ ...base, matches: [m('a', false), m('a', false), m('b', false)] })).toEqual({ text: '2', color: CALM_COLOR });
    expect(badgeFor({ ...base, matches: [m('a', false), m('b', true)] })).toEqual({ text: '2', color: CONFLICT_COLOR });
  });
});

describe('matchesPatterns', () => {
  it('recognises outlet pages and nothing else', () => {
    expect(matchesPatterns('https://www.cnbc.com/2026/05/07/x.html', PATTERNS)).toBe(true);
    expect(matchesPatterns('https://techcrunch.com/', PATTERNS)).toBe(true);
    expect(matchesPatterns('http://www.cnbc.com/x', PATTERNS)).toBe(false);
    expect(matchesPatterns('https://notcnbc.com/x', PATTERNS)).toBe(false);
    expect(matchesPatterns('https://www.cnbc.com.evil.example/x', PATTERNS)).toBe(false);
    expect(matchesPatterns('not a url', PATTERNS)).toBe(false);
  });
});
