/**
 * `npm start`: builds the extension, then opens Chromium on a fresh profile with `dist/` loaded and
 * the demo article pages open at their outlet URLs (served locally; every other request is aborted,
 * so nothing touches the network).
 *
 *   npm start                               a visible browser; close it (or Ctrl+C) to stop
 *   npm start -- --headless --screenshot DIR  writes screenshots of each page, one with a hover card
 *                                            open, and of the popup page, then exits
 *   npm start -- --headless --measure 5      loads each page 5 times and prints the median time
 *                                            from navigation start (and from the load event) to
 *                                            the first painted highlight, then exits
 *   --no-build                              skip `vite build` (use the dist/ already there)
 */
import { mkdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { DEMO_PAGES, demoPageHtml } from '../../test/fixtures/pages/demo-pages';
import { BRANDED_CHROME_NOTE, findChromium, launchWithExtension, tabIdForUrl, type ExtensionBrowser } from './launch-browser';

interface Args {
  headless: boolean;
  screenshotDir: string | null;
  measureRuns: number;
  build: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { headless: false, screenshotDir: null, measureRuns: 0, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--headless') args.headless = true;
    else if (a === '--no-build') args.build = false;
    else if (a === '--screenshot') {
      const dir = argv[++i];
      if (!dir) throw new Error('--screenshot needs a directory');
      args.screenshotDir = dir;
    } else if (a.startsWith('--screenshot=')) args.screenshotDir = a.slice('--screenshot='.length);
    else if (a === '--measure') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error('--measure needs a number of runs');
      args.measureRuns = n;
    }
    else throw new Error(`unknown option ${a} (known: --headless, --screenshot DIR, --measure N, --no-build)`);
  }
  return args;
}

/** Waits until the page's claim highlights exist and stop changing; returns how many ranges there are. */
async function waitForHighlights(page: Page, timeoutMs = 15_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const n = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      const marks = document.querySelectorAll('mark.deal-lens-claim, mark.deal-lens-conflict').length;
      return (reg?.get('deal-lens-claim')?.size ?? 0) + (reg?.get('deal-lens-conflict')?.size ?? 0) + marks;
    });
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (n > 0 && Date.now() - stableSince > 400) return n;
    await page.waitForTimeout(100);
  }
  return Math.max(last, 0);
}

/** Moves the pointer onto the first highlight (a conflict when there is one), so its card opens. */
async function hoverFirstHighlight(page: Page): Promise<boolean> {
  const point = await page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const range = [...(reg?.get('deal-lens-conflict') ?? []), ...(reg?.get('deal-lens-claim') ?? [])][0];
    if (!range) return null;
    (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 } : null;
  });
  if (!point) return false;
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(600);
  return true;
}

async function screenshots(browser: ExtensionBrowser, pages: Page[], dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const [i, demo] of DEMO_PAGES.entries()) {
    const page = pages[i];
    await page.bringToFront();
    const n = await waitForHighlights(page);
    await page.screenshot({ path: join(dir, `${demo.id}.png`) });
    console.log(`  ${demo.id}: ${n} highlighted sentence ranges → ${join(dir, `${demo.id}.png`)}`);
  }
  const wiredIndex = DEMO_PAGES.findIndex((p) => p.id === 'wired');
  const cardPage = pages[wiredIndex >= 0 ? wiredIndex : 0];
  await cardPage.bringToFront();
  if (await hoverFirstHighlight(cardPage)) {
    await cardPage.screenshot({ path: join(dir, 'hover-card.png') });
    console.log(`  hover card → ${join(dir, 'hover-card.png')}`);
  }
  const demo = DEMO_PAGES[wiredIndex >= 0 ? wiredIndex : 0];
  const tabId = await tabIdForUrl(browser, demo.url);
  if (tabId === null) {
    console.warn('  could not find the tab id for the popup page; skipped its screenshot');
    return;
  }
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 760, height: 1100 });
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('li.claim, .state', { timeout: 10_000 }).catch(() => undefined);
  await popup.screenshot({ path: join(dir, 'popup.png'), fullPage: true });
  console.log(`  popup page → ${join(dir, 'popup.png')}`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Records, in each page, when the first Deal Lens highlight (or mark) exists, checked every
 * animation frame. A string, not a function: tsx's transpiled helpers do not exist in the page.
 */
const WATCH_FIRST_PAINT = `(() => {
  const tick = () => {
    const reg = globalThis.CSS && CSS.highlights;
    const n = (reg && reg.get('deal-lens-claim') ? reg.get('deal-lens-claim').size : 0)
      + (reg && reg.get('deal-lens-conflict') ? reg.get('deal-lens-conflict').size : 0)
      + document.querySelectorAll('mark.deal-lens-claim, mark.deal-lens-conflict').length;
    if (n > 0) window.__dealLensPaintedAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** Loads each demo page `runs` times in a fresh foreground tab and prints median times to first highlight. */
async function measure(browser: ExtensionBrowser, runs: number): Promise<void> {
  await browser.context.addInitScript({ content: WATCH_FIRST_PAINT });
  console.log(`Time to first highlight, median of ${runs} loads (ms):`);
  for (const demo of DEMO_PAGES) {
    const fromNav: number[] = [];
    const fromLoad: number[] = [];
    for (let r = 0; r < runs; r++) {
      const page = await browser.context.newPage();
      await page.goto(demo.url, { waitUntil: 'load' });
      const t = await page
        .waitForFunction(() => {
          const w = window as unknown as { __dealLensPaintedAt?: number };
          if (w.__dealLensPaintedAt === undefined) return null;
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return { painted: w.__dealLensPaintedAt, load: nav?.loadEventEnd ?? 0 };
        }, undefined, { timeout: 15_000, polling: 50 })
        .then((h) => h.jsonValue());
      if (!t) throw new Error(`no highlight on ${demo.url}`);
      fromNav.push(t.painted);
      fromLoad.push(t.painted - t.load);
      await page.close();
    }
    console.log(
      `  ${demo.id.padEnd(10)} from navigation start ${median(fromNav).toFixed(0).padStart(5)}   from load event ${median(fromLoad).toFixed(0).padStart(5)}   (runs: ${fromNav.map((x) => x.toFixed(0)).join(', ')})`,
    );
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const dist = join(root, 'dist');
  if (args.build) {
    console.log('Building the extension (vite build)…');
    // The CLI, exactly as `npm run build` runs it (the crx plugin's content-script build differs under the JS API).
    const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const built = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) {
      console.error('vite build failed');
      process.exit(1);
    }
  }
  const found = findChromium();
  if (!found.path) {
    console.error(`No Chromium found. Tried:\n  ${found.tried.join('\n  ')}\n${BRANDED_CHROME_NOTE}`);
    process.exit(1);
  }
  const headless = args.headless || args.screenshotDir !== null || args.measureRuns > 0;
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display found. Run `npm start -- --headless --screenshot out` to get screenshots instead.');
    process.exit(1);
  }
  console.log(`Launching ${found.path} with the extension from dist/ (fresh profile, no network)…`);
  const pagesByUrl = new Map(DEMO_PAGES.map((p) => [p.url, demoPageHtml(p)]));
  const browser = await launchWithExtension({ executablePath: found.path, extensionDir: dist, headless, pages: pagesByUrl, viewport: headless ? undefined : null });

  if (args.measureRuns > 0) {
    await measure(browser, args.measureRuns);
    await browser.close();
    return;
  }

  const [blank] = browser.context.pages();
  const pages: Page[] = [];
  for (const demo of DEMO_PAGES) {
    const page = pages.length === 0 && blank ? blank : await browser.context.newPage();
    await page.goto(demo.url);
    pages.push(page);
    console.log(`  opened ${demo.url}`);
  }

  if (args.screenshotDir) {
    await screenshots(browser, pages, resolve(args.screenshotDir));
    if (browser.blocked.length) console.warn(`  blocked ${browser.blocked.length} outside request(s): ${browser.blocked.join(', ')}`);
    await browser.close();
    return;
  }
  await pages[0].bringToFront();
  console.log('Ready. Hover a highlighted sentence, or click the Deal Lens toolbar button. Close the browser or press Ctrl+C to stop.');
  const stop = async () => {
    await browser.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  await new Promise<void>((res) => browser.context.once('close', () => res()));
  await browser.close();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
