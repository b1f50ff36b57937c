/**
 * Longest main-thread task of ours on the one-megabyte article (test/fixtures/hostile): headless
 * Chromium with dist/ loaded opens the page at an outlet URL while the DevTools protocol records a
 * timeline trace. A task is ours when it runs any function of the content script (trace events
 * carrying the extension's URL); the figure is the longest such task, from the page's load until
 * the highlights are painted and a moment more. (A PerformanceObserver for 'longtask' reports
 * nothing for these tasks in headless Chromium here, and could not tell our tasks from the page's.)
 *
 *   npm run build && npx tsx test/bench/longtask.ts [--runs N] [--markjs] [--json]
 *
 * `--markjs` measures with the mark.js painter (the fallback, and a user option) instead of the
 * CSS Custom Highlight API.
 *
 * Prints the longest task per run and the median; a figure, not a pass/fail check.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchWithExtension } from '../../src/cli/launch-browser';
import { bigHostilePage } from '../fixtures/hostile/pages';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

export interface LongTaskRun {
  /** Longest task (ms) on the page's main thread that ran our code. */
  longest: number;
  /** Our tasks over 50 ms. */
  over50: number;
  /** Our tasks in all. */
  tasks: number;
  /** Sum of our tasks' durations (ms). */
  total: number;
  /** Longest task of any kind on that thread after our first event (includes the page's own work). */
  longestAnySince: number;
}

/**
 * Every top-level task on the threads our code ran on, from our first event on: a cross-check
 * that no slice of ours went unattributed (a resumed slice might carry no URL in the trace).
 */
export function tasksSinceOurStart(events: TraceEvent[], origin: string): number[] {
  const ours = events.filter((e) => e.ph === 'X' && (e.args?.data?.url ?? '').startsWith(origin));
  if (ours.length === 0) return [];
  const first = Math.min(...ours.map((e) => e.ts));
  const threads = new Set(ours.map((e) => e.tid));
  return events.filter((e) => threads.has(e.tid) && e.ph === 'X' && e.name === 'RunTask' && e.ts >= first).map((e) => (e.dur ?? 0) / 1000);
}

/** Our tasks in a trace: top-level tasks on a thread that contain an event carrying `origin`. */
export function ourTasks(events: TraceEvent[], origin: string): number[] {
  const ours = events.filter((e) => e.ph === 'X' && (e.args?.data?.url ?? '').startsWith(origin));
  const threads = new Set(ours.map((e) => e.tid));
  const out: number[] = [];
  for (const tid of threads) {
    const tasks = events.filter((e) => e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
    const mine = ours.filter((e) => e.tid === tid).sort((a, b) => a.ts - b.ts);
    let j = 0;
    for (const t of tasks) {
      const end = t.ts + (t.dur ?? 0);
      while (j < mine.length && mine[j].ts < t.ts) j++;
      if (j < mine.length && mine[j].ts <= end) out.push((t.dur ?? 0) / 1000);
    }
  }
  return out;
}

async function measure(browser: Browser, page: Page, url: string, origin: string): Promise<LongTaskRun> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  await page.goto(url, { waitUntil: 'load' });
  const deadline = Date.now() + 30_000;
  while (!(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0 || document.querySelector('mark[data-deal-lens-index]') !== null))) {
    if (Date.now() > deadline) throw new Error('the one-megabyte page was never painted');
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(1500);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const tasks = ourTasks(trace.traceEvents, origin);
  if (tasks.length === 0) throw new Error('no task of the content script found in the trace');
  return {
    longest: Math.round(Math.max(...tasks)),
    over50: tasks.filter((d) => d > 50).length,
    tasks: tasks.length,
    total: Math.round(tasks.reduce((a, b) => a + b, 0)),
    longestAnySince: Math.round(Math.max(0, ...tasksSinceOurStart(trace.traceEvents, origin))),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs the measurement `runs` times on a fresh browser; used by the CLI below. */
export async function longtaskFigure(runs = 3, painter: 'highlight-api' | 'markjs' = 'highlight-api'): Promise<{ articleChars: number; runs: LongTaskRun[]; medianLongestMs: number }> {
  const { path } = findChromium();
  if (!path) throw new Error('no Chromium found (see README)');
  const big = bigHostilePage();
  const ext = await launchWithExtension({ executablePath: path, extensionDir: DIST, headless: true, pages: new Map([[big.url, big.html]]) });
  try {
    const browser = ext.context.browser();
    if (!browser) throw new Error('no browser-level DevTools session for tracing');
    await ext.serviceWorker.evaluate(async (p) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({ settings: { painter: p, pausedHosts: [] } });
    }, painter);
    const out: LongTaskRun[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await ext.context.newPage();
      out.push(await measure(browser, page, big.url, `chrome-extension://${ext.extensionId}/`));
      await page.close();
    }
    return { articleChars: big.html.length, runs: out, medianLongestMs: median(out.map((r) => r.longest)) };
  } finally {
    await ext.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const i = args.indexOf('--runs');
  const painter = args.includes('--markjs') ? 'markjs' : 'highlight-api';
  const result = await longtaskFigure(i >= 0 ? Number(args[i + 1]) || 3 : 3, painter);
  if (args.includes('--json')) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`longtask (${painter} painter): 1 MB article (${result.articleChars.toLocaleString('en')} characters of HTML), headless Chromium, ${result.runs.length} runs`);
  console.log(`  longest task of ours on the page's main thread: median ${result.medianLongestMs} ms (runs: ${result.runs.map((r) => r.longest).join(', ')})`);
  console.log(`  longest task of any kind (ours or the page's) after our script started: ${result.runs.map((r) => r.longestAnySince).join(', ')} ms`);
  console.log(`  our tasks over 50 ms per run: ${result.runs.map((r) => r.over50).join(', ')}; tasks per run: ${result.runs.map((r) => r.tasks).join(', ')}; total ms per run: ${result.runs.map((r) => r.total).join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
