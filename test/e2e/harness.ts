/**
 * End-to-end harness: one Chromium per test file with the built extension (dist/) loaded, the demo
 * pages served at their outlet URLs, and a record of everything that must not happen: requests
 * that would leave the machine, console errors, uncaught page errors.
 *
 * Without a browser the suites skip with a message, except under CI=true, where they fail.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { DEMO_PAGES, SERVED_PAGES, demoPageHtml, type DemoPage } from '../fixtures/pages/demo-pages';
import { BRANDED_CHROME_NOTE, findChromium, launchWithExtension, tabIdForUrl, type ExtensionBrowser } from '../../src/cli/launch-browser';
import type { Settings } from '../../src/messages';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');
const IN_CI = process.env.CI === 'true';

/** Why the suite cannot run here, or null when it can. Under CI=true a reason is an error, not a skip. */
export function unavailableReason(): string | null {
  const { path, tried } = findChromium();
  let reason: string | null = null;
  if (!path) reason = `no Chromium found (tried ${tried.join(', ')}). ${BRANDED_CHROME_NOTE}`;
  else if (!existsSync(join(DIST, 'manifest.json'))) reason = 'dist/ is not built: run `npm run build` first';
  if (reason && IN_CI) throw new Error(`end-to-end tests cannot run under CI=true: ${reason}`);
  if (reason) console.warn(`[e2e] skipping: ${reason}`);
  return reason;
}

/** One browser for a test file, plus what it observed. */
export interface E2E {
  browser: ExtensionBrowser;
  /** Requests that were not the extension and not a routed demo page. */
  networkRequests: string[];
  /** Console errors and uncaught exceptions from pages and the service worker. */
  errors: string[];
  open(page: DemoPage): Promise<Page>;
  tabId(page: DemoPage): Promise<number>;
  /** Presses the extension's toolbar button for the tab showing `page`, as a user would (grants activeTab). */
  clickToolbarButton(page: DemoPage): Promise<void>;
  close(): Promise<void>;
}

/** Launches Chromium with the extension; `settings` are written to storage.local before any page opens. */
export async function startE2E(settings?: Partial<Settings>): Promise<E2E> {
  const { path } = findChromium();
  if (!path) throw new Error('no Chromium');
  const browser = await launchWithExtension({
    executablePath: path,
    extensionDir: DIST,
    headless: true,
    pages: new Map(SERVED_PAGES.map((p) => [p.url, demoPageHtml(p)])),
    // Lets the DevTools protocol press the toolbar button (Extensions.triggerAction), which grants activeTab.
    extraArgs: ['--enable-unsafe-extension-debugging'],
  });
  const errors: string[] = [];
  const networkRequests: string[] = [];
  const routed = new Set(SERVED_PAGES.map((p) => p.url));
  browser.context.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol === 'chrome-extension:' || u.protocol === 'data:' || u.protocol === 'blob:' || u.href === 'about:blank') return;
    if (routed.has(`${u.origin}${u.pathname}`) && req.resourceType() === 'document') return;
    networkRequests.push(req.url());
  });
  browser.context.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  browser.context.on('weberror', (e) => errors.push(`pageerror: ${e.error().message}`));
  browser.serviceWorker.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`service worker: ${msg.text()}`);
  });
  if (settings) {
    await browser.serviceWorker.evaluate(async (s) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({ settings: { painter: 'highlight-api', pausedHosts: [], ...s } });
    }, settings);
  }
  return {
    browser,
    networkRequests,
    errors,
    async open(demo) {
      const page = await browser.context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror on ${demo.id}: ${e.message}`));
      await page.goto(demo.url);
      return page;
    },
    async tabId(demo) {
      const id = await tabIdForUrl(browser, demo.url);
      if (id === null) throw new Error(`no open tab for ${demo.url}`);
      return id;
    },
    async clickToolbarButton(demo) {
      const b = browser.context.browser();
      if (!b) throw new Error('no browser-level DevTools session');
      const cdp = await b.newBrowserCDPSession();
      try {
        const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
          targetInfos: { targetId: string; type: string; url: string }[];
        };
        const tab = targetInfos.find((t) => t.type === 'tab' && t.url === demo.url);
        if (!tab) throw new Error(`no tab target for ${demo.url}`);
        await cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: tab.targetId } as never);
      } finally {
        await cdp.detach();
      }
    },
    close: () => browser.close(),
  };
}

/** The demo page with this id. */
export function demo(id: DemoPage['id']): DemoPage {
  const p = DEMO_PAGES.find((d) => d.id === id);
  if (!p) throw new Error(`no demo page ${id}`);
  return p;
}

/** Collapses runs of whitespace and trims, so a sentence compares equal however the page wraps it. */
export function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Highlighted text per highlight name, read from `CSS.highlights` in the page, in document order. */
export async function readHighlights(page: Page): Promise<{ claim: string[]; conflict: string[] }> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const texts = (name: string) =>
      [...(reg?.get(name) ?? [])]
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
        .map((r) => r.toString());
    return { claim: texts('deal-lens-claim'), conflict: texts('deal-lens-conflict') };
  });
}

/**
 * Text painted by mark.js, one string per run of adjacent `<mark>` elements of one class: a
 * sentence that crosses a link or emphasis is several marks but one run.
 */
export async function readMarks(page: Page): Promise<{ claim: string[]; conflict: string[] }> {
  return page.evaluate(() => {
    const out = { claim: [] as string[], conflict: [] as string[] };
    let run: { kind: 'claim' | 'conflict'; text: string } | null = null;
    const flush = () => {
      if (run) out[run.kind].push(run.text);
      run = null;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const mark = n.parentElement?.closest('mark.deal-lens-claim, mark.deal-lens-conflict');
      if (!mark) {
        if ((n.textContent ?? '').length > 0) flush();
        continue;
      }
      const kind = mark.classList.contains('deal-lens-conflict') ? 'conflict' : 'claim';
      if (run && (run as { kind: string }).kind !== kind) flush();
      run ??= { kind, text: '' };
      (run as { text: string }).text += n.textContent ?? '';
    }
    flush();
    return out;
  });
}

/** Waits until highlights (or marks) exist and have not changed for a moment. */
export async function waitForPaint(page: Page, read: (p: Page) => Promise<{ claim: string[]; conflict: string[] }>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = JSON.stringify(await read(page));
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (now !== '{"claim":[],"conflict":[]}' && Date.now() - since > 500) break;
    await page.waitForTimeout(100);
  }
  return read(page);
}

/** Every name and value in the page's accessibility tree, via the DevTools protocol (sees into closed shadow roots). */
export async function axTexts(cdp: CDPSession): Promise<string[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored?: boolean; name?: { value?: unknown }; value?: { value?: unknown } }[];
  };
  const out: string[] = [];
  for (const n of nodes) {
    if (n.ignored) continue;
    for (const v of [n.name?.value, n.value?.value]) if (typeof v === 'string' && v.trim()) out.push(norm(v));
  }
  return out;
}

/** Moves the pointer onto the highlighted range whose text is `sentence`; false when it is not painted. */
export async function hoverSentence(page: Page, sentence: string): Promise<boolean> {
  const point = await page.evaluate((wanted) => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const all = [...(reg?.get('deal-lens-claim') ?? []), ...(reg?.get('deal-lens-conflict') ?? [])];
    const range = all.find((r) => r.toString().replace(/\s+/g, ' ').trim() === wanted);
    if (!range) return null;
    (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left + Math.min(8, rect.width / 2), y: rect.top + rect.height / 2 } : null;
  }, sentence);
  if (!point) return false;
  await page.mouse.move(point.x, point.y);
  return true;
}

/** A readable account of how painted sentences differ from the hand labels (empty when they agree). */
export function labelDiff(got: { claim: string[]; conflict: string[] }, want: { claims: string[]; conflicts: string[] }): string {
  const label = (claims: string[], conflicts: string[]) => {
    const m = new Map<string, string>();
    for (const s of claims) m.set(norm(s), 'claim');
    for (const s of conflicts) m.set(norm(s), 'conflict');
    return m;
  };
  const painted = label(got.claim, got.conflict);
  const hand = label(want.claims, want.conflicts);
  const lines: string[] = [];
  for (const s of new Set([...painted.keys(), ...hand.keys()])) {
    const p = painted.get(s) ?? 'not painted';
    const h = hand.get(s) ?? 'not a claim';
    if (p !== h) lines.push(`  painted: ${p.padEnd(11)} hand label: ${h.padEnd(11)} ${s}`);
  }
  return lines.length ? `painted sentences differ from the hand labels:\n${lines.join('\n')}` : '';
}

/** Clicks the element with this role and accessible name (found through the accessibility tree, so inside closed shadow roots too). */
export async function axClick(page: Page, cdp: CDPSession, role: string, name: string): Promise<void> {
  const deadline = Date.now() + 8000;
  for (;;) {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodes } = (await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, accessibleName: name, role } as never)) as {
      nodes: { backendDOMNodeId?: number; ignored?: boolean }[];
    };
    const node = nodes.find((n) => !n.ignored && n.backendDOMNodeId !== undefined);
    if (node) {
      await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendDOMNodeId } as never).catch(() => undefined);
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId } as never)) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content;
      await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
      return;
    }
    if (Date.now() > deadline) throw new Error(`no ${role} named "${name}"`);
    await page.waitForTimeout(100);
  }
}
