/**
 * Longest main-thread task of ours while a page's tags are re-anchored, in headless Chromium with
 * dist/ loaded: 500 tags are stored for an article (about 10,000 words, or 1 MB with --big), most
 * of them unchanged, 50 with a word the article has since changed (found fuzzily) and 25 whose
 * passage is gone (orphans, which cost a full approximate scan each). The page is then opened
 * while the DevTools protocol records a timeline trace; the figure is the longest task that ran
 * the content script (reader and tagging together), as test/bench/longtask.ts counts them.
 *
 *   npm run build && npx tsx test/bench/tag-longtask.ts [--big] [--markjs] [--runs N] [--tags N]
 *
 * `--tags 0` gives the reader's own figure on the same page, for comparison.
 *
 * A figure, not a pass/fail check.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, launchWithExtension } from '../../src/cli/launch-browser';
import { createAnnotation, type Annotation } from '../../src/core/annotations/model';
import { bigArticleHtml } from '../fixtures/hostile/pages';
import { ourTasks } from './longtask';

const DIST = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist');
const URL_ = 'https://www.bloomberg.com/news/articles/2026-05-08/tag-anchoring-bench';
const args = process.argv.slice(2);
const big = args.includes('--big');
const painter = args.includes('--markjs') ? 'markjs' : 'highlight-api';
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) || 3 : 3;
const tagsAt = args.indexOf('--tags');
const tagCount = tagsAt >= 0 ? Math.max(0, Number(args[tagsAt + 1]) || 0) : 500;

const body = bigArticleHtml(big ? 1_000_000 : 65_000).html;
const html = `<!doctype html><html><head><meta charset="utf-8"><title>Tag anchoring bench</title></head><body><article>${body}</article></body></html>`;

/** Article sentences as the reader sees them (entities decoded, one space between words). */
const text = body
  .replace(/<h2>[^<]*<\/h2>/g, '')
  .replace(/<[^>]+>/g, ' ')
  .replace(/&amp;/g, '&')
  .replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>')
  .replace(/&quot;/g, '"')
  .replace(/&#39;/g, "'");
const sentences = [...new Set(text.match(/[A-Z][^.!?]{50,240}[.!?]/g) ?? [])];

/** Tags (500 by default): 85% on sentences as they are, 10% on a version with one word different, 5% on text that is not there. */
function makeTags(): Annotation[] {
  const out: Annotation[] = [];
  for (let i = 0; i < tagCount; i++) {
    const s = sentences[(i * 7) % sentences.length];
    let exact = s;
    if (i % 10 === 3) exact = s.replace(/ (\w{4,}) /, ' formerly $1 ');
    if (i % 20 === 7) exact = `Tag ${i}: a passage the editors removed from this article after it was published, no longer anywhere.`;
    out.push(
      createAnnotation({
        verdict: 'needs-context', tags: ['bench'], note: '', claimId: null, source: URL_, title: 'Tag anchoring bench',
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: i * 100, end: i * 100 + exact.length },
      }),
    );
  }
  return out;
}

async function main() {
  const { path } = findChromium();
  if (!path) throw new Error('no Chromium found (see README)');
  const ext = await launchWithExtension({ executablePath: path, extensionDir: DIST, headless: true, pages: new Map([[URL_, html]]) });
  try {
    const browser = ext.context.browser();
    if (!browser) throw new Error('no browser-level DevTools session for tracing');
    const tags = makeTags();
    const setup = await ext.context.newPage();
    await setup.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    const saved = await setup.evaluate(
      async ({ list, p }) => {
        const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> }; storage: { local: { set(v: object): Promise<void> } } } }).chrome;
        await chrome.storage.local.set({ settings: { painter: p, pausedHosts: [] } });
        let ok = 0;
        for (const annotation of list) if ((await chrome.runtime.sendMessage({ type: 'annotation-save', annotation })).ok) ok++;
        return ok;
      },
      { list: tags, p: painter },
    );
    await setup.close();
    const longest: number[] = [];
    const over50: number[] = [];
    let painted = 0;
    for (let r = 0; r < runs; r++) {
      const page = await ext.context.newPage();
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
      const t0 = Date.now();
      await page.goto(URL_, { waitUntil: 'load' });
      const count = () =>
        page.evaluate(() => {
          const reg = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights;
          return reg.get('deal-lens-tag')?.size ?? new Set(Array.from(document.querySelectorAll('mark[data-deal-lens-tag]')).map((m) => m.getAttribute('data-deal-lens-tag'))).size;
        });
      const claimsPainted = () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('deal-lens-claim') || document.querySelector('mark[data-deal-lens-index]') !== null);
      while (((painted = await count()) === 0 && tagCount > 0 || !(await claimsPainted())) && Date.now() - t0 < 60_000) await page.waitForTimeout(50);
      await page.waitForTimeout(1500);
      painted = await count();
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Parameters<typeof ourTasks>[0] };
      const tasks = ourTasks(trace.traceEvents, `chrome-extension://${ext.extensionId}/`);
      longest.push(Math.round(Math.max(0, ...tasks)));
      over50.push(tasks.filter((d) => d > 50).length);
      await page.close();
    }
    console.log(`tag-longtask (${painter} painter): ${big ? '1 MB' : '10,000-word'} article (${text.length.toLocaleString('en')} characters), ${saved} tags stored, ${painted} painted (${tagCount - Math.ceil(tagCount / 20)} expected: unchanged and edited; the rest are orphans)`);
    console.log(`  longest task of ours on the page's main thread per run: ${longest.join(', ')} ms; tasks over 50 ms per run: ${over50.join(', ')}`);
  } finally {
    await ext.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
