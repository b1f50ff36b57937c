/**
 * Lost workers: the browser stops the extension's service worker whenever it likes. Stopped through
 * the DevTools protocol mid-session, the popup still gets the tab's results; stopped between a
 * tag's request and its commit (a pause point that exists only in a `--mode e2e-hooks` build,
 * made here into dist-hooks/), the tag is saved exactly once.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { DEMO_PAGES, demoPageHtml } from '../fixtures/pages/demo-pages';
import { findChromium, launchWithExtension, tabIdForUrl, type ExtensionBrowser } from '../../src/cli/launch-browser';
import { axClick, demo, DIST, norm, ROOT, unavailableReason } from './harness';

const reason = unavailableReason();
const HOOKS = join(ROOT, 'dist-hooks');
const cnbc = demo('cnbc');
const SENTENCE = 'The collaboration marks a sharp reversal from Elon Musk\'s previous attacks on Anthropic.';

type Chrome = { chrome: { storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, string | undefined>>; remove(k: string): Promise<void> } } } };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}
const mentionsPause = (dir: string) => filesUnder(dir).some((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('__dealLensTestPause'));

/** Selects the first occurrence of `sentence` in the article. */
async function select(page: Page, sentence: string): Promise<void> {
  const ok = await page.evaluate((wanted) => {
    for (const p of Array.from(document.querySelectorAll('article p'))) {
      const node = Array.from(p.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').includes(wanted));
      if (!node) continue;
      p.scrollIntoView({ block: 'center' });
      const at = node.textContent!.indexOf(wanted);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return true;
    }
    return false;
  }, sentence);
  if (!ok) throw new Error(`not on the page as one text node: ${sentence}`);
}

describe.skipIf(reason !== null)('lost service worker', () => {
  let ext: ExtensionBrowser;
  let article: Page;
  let cdp: CDPSession;
  const errors: string[] = [];
  const network: string[] = [];

  /** True when the browser runs a service worker of ours now (asked through the DevTools protocol). */
  async function workerRunning(): Promise<boolean> {
    const cdpBrowser = await ext.context.browser()!.newBrowserCDPSession();
    try {
      const { targetInfos } = (await cdpBrowser.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
      return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`));
    } finally {
      await cdpBrowser.detach();
    }
  }

  /**
   * Stops the extension's service worker through the DevTools protocol (ServiceWorker domain of an
   * extension page's session) and waits until the browser reports it stopped.
   */
  async function stopWorker(): Promise<void> {
    const page = await ext.context.newPage();
    try {
      await page.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const session = await ext.context.newCDPSession(page);
      type Versions = { versions: { scriptURL: string; runningStatus: string }[] };
      const stopped = new Promise<void>((resolve) =>
        session.on('ServiceWorker.workerVersionUpdated' as never, ((e: Versions) => {
          if (e.versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`) && v.runningStatus === 'stopped')) resolve();
        }) as never),
      );
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await Promise.race([stopped, new Promise((_, reject) => setTimeout(() => reject(new Error('the worker did not stop')), 10_000))]);
      await session.detach();
    } finally {
      await page.close();
    }
  }

  /** Runs `fn` in one of the extension's pages. */
  async function fromExtensionPage<T>(fn: () => Promise<T>): Promise<T> {
    const page = await ext.context.newPage();
    try {
      await page.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
      return await page.evaluate(fn);
    } finally {
      await page.close();
    }
  }

  /** Asks the background from an extension page. */
  async function ask<T>(message: unknown): Promise<T> {
    const page = await ext.context.newPage();
    try {
      await page.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
      return (await page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message)) as T;
    } finally {
      await page.close();
    }
  }

  async function popupSentences(tabId: number): Promise<string[]> {
    const popup = await ext.context.newPage();
    try {
      await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${tabId}`);
      await popup.waitForSelector('li.sentence', { timeout: 10_000 });
      return (await popup.$$eval('li.sentence .sentence-text', (els) => els.map((e) => e.textContent ?? ''))).map(norm).sort();
    } finally {
      await popup.close();
    }
  }

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'e2e-hooks', '--outDir', 'dist-hooks', '--logLevel', 'error'], { cwd: ROOT, stdio: 'pipe' });
    const { path } = findChromium();
    ext = await launchWithExtension({
      executablePath: path!,
      extensionDir: HOOKS,
      headless: true,
      pages: new Map(DEMO_PAGES.map((p) => [p.url, demoPageHtml(p)])),
    });
    const routed = new Set(DEMO_PAGES.map((p) => p.url));
    ext.context.on('request', (req) => {
      const u = new URL(req.url());
      if (!/^https?:$/.test(u.protocol)) return;
      if (routed.has(`${u.origin}${u.pathname}`) && req.resourceType() === 'document') return;
      network.push(req.url());
    });
    ext.context.on('weberror', (e) => errors.push(`pageerror: ${e.error().message}`));
    article = await ext.context.newPage();
    article.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await article.goto(cnbc.url);
    cdp = await ext.context.newCDPSession(article);
  }, 120_000);
  afterAll(async () => {
    await ext?.close();
  });

  it('the pause point exists only in the e2e-hooks build, never in dist/', () => {
    expect(mentionsPause(HOOKS)).toBe(true);
    expect(mentionsPause(DIST)).toBe(false);
  });

  it('after the worker is stopped mid-session, the popup still lists the tab’s results', async () => {
    await expect.poll(() => article.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size), { timeout: 15_000 }).toBeGreaterThan(0);
    const tabId = (await tabIdForUrl(ext, cnbc.url))!;
    const before = await popupSentences(tabId);
    expect(before.length).toBeGreaterThan(0);
    await stopWorker();
    expect(await popupSentences(tabId), 'the same sentences, from a fresh worker').toEqual(before);
    expect(await workerRunning(), 'a worker runs again').toBe(true);
  });

  it('a worker stopped between a tag’s request and its commit: the tag is saved exactly once', async () => {
    // Arm the pause point (read from storage.local by the e2e-hooks build only).
    await fromExtensionPage(() => (globalThis as unknown as Chrome).chrome.storage.local.set({ __dealLensTestPause: 'annotation-save' }));
    await article.bringToFront();
    await select(article, SENTENCE);
    await axClick(article, cdp, 'button', 'Tag passage');
    await axClick(article, cdp, 'radio', 'Accurate');
    await axClick(article, cdp, 'button', 'Save');
    const pausedAt = () => fromExtensionPage(async () => (await (globalThis as unknown as Chrome).chrome.storage.local.get('__dealLensPausedAt')).__dealLensPausedAt ?? null);
    await expect.poll(pausedAt, { timeout: 10_000 }).toBe('annotation-save');
    const stored = async () => (await ask<{ ok: true; value: { annotations: { target: { selector: { exact?: string }[] } }[] } }>({ type: 'annotations-list', filter: {} })).value.annotations;
    expect((await stored()).length, 'nothing committed while the request waits').toBe(0);
    await stopWorker();
    await fromExtensionPage(() => (globalThis as unknown as Chrome).chrome.storage.local.remove('__dealLensPausedAt'));
    // The content script retries the request that lost its worker; the new worker commits it.
    await expect.poll(async () => (await stored()).filter((a) => norm(a.target.selector[0].exact ?? '') === norm(SENTENCE)).length, { timeout: 15_000 }).toBe(1);
    await article.waitForTimeout(1500); // a late duplicate would land by now
    expect((await stored()).length, 'exactly one annotation in the database').toBe(1);
    // And the page shows it once after a reload.
    await article.reload();
    await expect
      .poll(() => article.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('deal-lens-tag') ?? [])].map((r) => r.toString())), { timeout: 10_000 })
      .toEqual([SENTENCE]);
  });

  it('nothing erred in the pages and nothing went to the network', () => {
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    expect(ext.blocked).toEqual([]);
  });
});
