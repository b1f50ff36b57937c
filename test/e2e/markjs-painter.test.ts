/**
 * The mark.js fallback, chosen as a user option: the same hand-labelled sentences get
 * `<mark class="deal-lens-claim|deal-lens-conflict">` elements, and the CSS highlights stay empty.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PAGES } from '../fixtures/pages/demo-pages';
import { EXPECTED } from './expected-claims';
import { labelDiff, norm, readHighlights, readMarks, startE2E, unavailableReason, waitForPaint, type E2E } from './harness';
import { createAnnotation } from '../../src/core/annotations/model';

const reason = unavailableReason();
const sorted = (xs: string[]) => xs.map(norm).sort();

describe.skipIf(reason !== null)('mark.js painter option', () => {
  let e2e: E2E;
  const pages = new Map<string, Page>();

  beforeAll(async () => {
    e2e = await startE2E({ painter: 'markjs' });
    for (const demo of DEMO_PAGES) pages.set(demo.id, await e2e.open(demo));
  });
  afterAll(async () => {
    await e2e?.close();
  });

  for (const demo of DEMO_PAGES) {
    it(`${demo.id}: marks exactly the hand-labelled claim sentences`, async () => {
      const page = pages.get(demo.id)!;
      const got = await waitForPaint(page, readMarks);
      const want = EXPECTED[demo.id];
      expect(labelDiff(got, want)).toBe('');
      expect(sorted(got.conflict), 'mark.deal-lens-conflict').toEqual(sorted(want.conflicts));
      expect(sorted(got.claim), 'mark.deal-lens-claim').toEqual(sorted(want.claims));
      const hl = await readHighlights(page);
      expect(hl.claim.length + hl.conflict.length, 'no CSS highlights while mark.js paints').toBe(0);
    });
  }

  it('paints a tag as <mark class="deal-lens-tag"> over a claim sentence, and removing it leaves the claim marks as they were', async () => {
    const demo = DEMO_PAGES.find((d) => d.id === 'cnbc')!;
    const page = pages.get(demo.id)!;
    const sentence = EXPECTED.cnbc.claims.find((c) => c.startsWith('Anthropic is also exploring building compute capacity in space'))!;
    // Saved from an extension page, as the popup would; the position is unknown, so the quote is searched for.
    const annotation = createAnnotation({
      verdict: 'unsupported', tags: ['space'], note: '', claimId: null, source: demo.url, title: 'CNBC',
      quote: { type: 'TextQuoteSelector', exact: sentence, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: sentence.length },
    });
    const tabId = await e2e.tabId(demo);
    const ext = await e2e.browser.context.newPage();
    await ext.goto(`chrome-extension://${e2e.browser.extensionId}/src/options/index.html`);
    const send = (m: unknown) => ext.evaluate((x) => (globalThis as unknown as { chrome: { runtime: { sendMessage(v: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage(x), m);
    const tagMarks = () =>
      page.evaluate(() => {
        const by = new Map<string, string>();
        for (const m of Array.from(document.querySelectorAll<HTMLElement>('mark.deal-lens-tag'))) by.set(m.dataset.dealLensTag ?? '', (by.get(m.dataset.dealLensTag ?? '') ?? '') + m.textContent);
        return [...by.values()];
      });
    try {
      expect((await send({ type: 'annotation-save', annotation, tabId })).ok).toBe(true);
      await expect.poll(async () => (await tagMarks()).map(norm), { timeout: 10_000 }).toEqual([norm(sentence)]);
      const hl = await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('deal-lens-tag'));
      expect(hl, 'no tag highlight while mark.js paints').toBe(false);
      // Label the current marks; after both watchers have seen each other's edits, the same elements
      // must still be there: neither the reader nor tagging repaints in answer to the other's marks.
      const probe = () =>
        page.evaluate(() => {
          const tag = document.querySelector('mark.deal-lens-tag') as (Element & { probe?: number }) | null;
          const claim = document.querySelector('mark.deal-lens-claim') as (Element & { probe?: number }) | null;
          const seen = { tag: tag?.probe === 1, claim: claim?.probe === 1 };
          if (tag) tag.probe = 1;
          if (claim) claim.probe = 1;
          return seen;
        });
      await page.waitForTimeout(1200);
      await probe();
      await page.waitForTimeout(1500);
      expect(await probe()).toEqual({ tag: true, claim: true });
      expect(labelDiff(await readMarks(page), EXPECTED.cnbc)).toBe('');

      expect((await send({ type: 'annotation-delete', id: annotation.id, tabId })).ok).toBe(true);
      await expect.poll(() => tagMarks(), { timeout: 10_000 }).toEqual([]);
      await page.waitForTimeout(1200);
      expect(labelDiff(await readMarks(page), EXPECTED.cnbc)).toBe('');
    } finally {
      await ext.close();
    }
  });

  it('logs no errors and makes no network request', () => {
    expect(e2e.errors).toEqual([]);
    expect(e2e.networkRequests).toEqual([]);
  });
});
