/**
 * Finding a Chromium that can load an unpacked extension, and launching it with `dist/` loaded on
 * a fresh profile, with every request either served from a local page or aborted. Used by
 * `npm start` and by the end-to-end tests, so both run the extension the same way.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { chromium, type BrowserContext, type Request, type Worker } from 'playwright-core';

/** Why branded Chrome is not on the list: it ignores --load-extension since version 137. */
export const BRANDED_CHROME_NOTE =
  'Branded Google Chrome ignores --load-extension; use Chromium (Debian: apt-get install chromium) or Chrome for Testing, or set CHROME_PATH.';

function globDirs(dir: string, prefix: string): string[] {
  try {
    return readdirSync(dir)
      .filter((d) => d.startsWith(prefix))
      .sort()
      .reverse()
      .map((d) => join(dir, d));
  } catch {
    return [];
  }
}

/** Places a Chromium or Chrome for Testing binary usually lives, in the order they are tried. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const home = homedir();
  const list: string[] = [];
  if (env.CHROME_PATH) list.push(env.CHROME_PATH);
  list.push('/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium');
  for (const d of globDirs(join(home, '.cache', 'ms-playwright'), 'chromium-')) {
    list.push(join(d, 'chrome-linux', 'chrome'), join(d, 'chrome-linux64', 'chrome'));
  }
  for (const d of globDirs(join(home, '.cache', 'puppeteer', 'chrome'), 'linux-')) list.push(join(d, 'chrome-linux64', 'chrome'));
  list.push(
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  );
  if (env.LOCALAPPDATA) list.push(join(env.LOCALAPPDATA, 'Chromium', 'Application', 'chrome.exe'));
  return list;
}

/** The first Chromium found (CHROME_PATH first), or null with the places that were tried. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): { path: string | null; tried: string[] } {
  const tried = chromiumCandidates(env);
  return { path: tried.find((p) => existsSync(p)) ?? null, tried };
}

/** Flags that keep a test or demo browser quiet: no background traffic, no first-run UI. */
export const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

export interface LaunchOptions {
  executablePath: string;
  /** Absolute path of the built extension (dist/). */
  extensionDir: string;
  headless: boolean;
  /** Pages to serve, by exact URL (origin + path; query and hash ignored). */
  pages: Map<string, string>;
  viewport?: { width: number; height: number } | null;
  /** More command-line switches (tests add --enable-unsafe-extension-debugging to click the toolbar button). */
  extraArgs?: string[];
}

/** A running browser with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** URLs of requests that were not served locally (each was aborted): should stay empty. */
  blocked: string[];
  close(): Promise<void>;
}

function bare(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}

/**
 * Launches Chromium on a fresh temporary profile with the extension loaded. Requests for `pages`
 * are fulfilled from memory, every other http(s) request is aborted and recorded: nothing reaches
 * the network.
 */
export async function launchWithExtension(opts: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'deal-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: opts.executablePath,
    headless: opts.headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...QUIET_ARGS, ...(opts.extraArgs ?? []), `--disable-extensions-except=${opts.extensionDir}`, `--load-extension=${opts.extensionDir}`],
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
  });
  const blocked: string[] = [];
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const body = opts.pages.get(bare(route.request().url()));
      if (body !== undefined && route.request().resourceType() === 'document') {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      } else {
        blocked.push(route.request().url());
        await route.abort('blockedbyclient');
      }
    },
  );
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    blocked,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** True for a request that goes (or would go) over the network: not the extension, not data:/blob:. */
export function isNetworkRequest(request: Request): boolean {
  const p = new URL(request.url()).protocol;
  return p === 'http:' || p === 'https:' || p === 'ws:' || p === 'wss:';
}

/**
 * The tab id of the open page whose URL is `url` (ids are what the popup's `?tab=` takes). The
 * extension may not read tab URLs (no "tabs" permission), so this asks the background, from one
 * of the extension's own pages, which tab's scanned page has that URL. Null when none has.
 */
export async function tabIdForUrl(browser: ExtensionBrowser, url: string): Promise<number | null> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    return await page.evaluate(async (wanted: string) => {
      type Tab = { id?: number; url?: string };
      const api = (globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Tab[]> }; runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }).chrome;
      const tabs = await api.tabs.query({});
      // A tab the extension may see (activeTab granted) shows its URL directly.
      const visible = tabs.find((t) => t.url === wanted);
      if (visible?.id !== undefined) return visible.id;
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        const reply = (await api.runtime.sendMessage({ type: 'get-tab-result', tabId: tab.id })) as
          | { ok: true; value: { url: string } | null }
          | { ok: false };
        if (reply?.ok && reply.value?.url === wanted) return tab.id;
      }
      return null;
    }, url);
  } finally {
    await page.close();
  }
}
