/**
 * The reader path in real Chromium: on each demo page (served at its outlet URL) the CSS
 * highlights cover exactly the hand-labelled claim sentences, a hover opens a card that names a
 * source (and, on a conflict, the preferred version), the popup page lists the page's claims, and
 * nothing errs or touches the network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CONTEXT_PAGE, DEMO_PAGES, UNLISTED_PAGE } from '../fixtures/pages/demo-pages';
import { EXPECTED } from './expected-claims';
import { axTexts, hoverSentence, labelDiff, norm, readHighlights, startE2E, unavailableReason, waitForPaint, type E2E } from './harness';

const reason = unavailableReason();

/** News outlets the seed reports name as sources (not the deal's parties, whose names appear in every claim). */
const OUTLETS = ['NBC News', 'CNBC', 'Wired', 'TechCrunch', 'Ars Technica', 'Gizmodo', 'MarketWatch', 'Morningstar', 'Decrypt', 'CoinDesk', 'The Indian Express', 'Monexus', 'nb1t.sh', 'Daily Neural Digest', 'Reddit', 'Financial Times', 'U.S. News'];

const sorted = (xs: string[]) => xs.map(norm).sort();

describe.skipIf(reason !== null)('reader path (CSS Custom Highlight API)', () => {
  let e2e: E2E;
  const pages = new Map<string, Page>();

  beforeAll(async () => {
    e2e = await startE2E();
    for (const demo of DEMO_PAGES) pages.set(demo.id, await e2e.open(demo));
  });
  afterAll(async () => {
    await e2e?.close();
  });

  for (const demo of DEMO_PAGES) {
    it(`${demo.id}: highlights exactly the hand-labelled claim sentences`, async () => {
      const page = pages.get(demo.id)!;
      await page.bringToFront();
      const got = await waitForPaint(page, readHighlights);
      const want = EXPECTED[demo.id];
      expect(labelDiff(got, want)).toBe('');
      expect(sorted(got.conflict), 'deal-lens-conflict ranges').toEqual(sorted(want.conflicts));
      expect(sorted(got.claim), 'deal-lens-claim ranges').toEqual(sorted(want.claims));
    });

    it(`${demo.id}: hovering a highlight opens a card naming a source${EXPECTED[demo.id].hover.preferred ? ' and the preferred version' : ''}`, async () => {
      const page = pages.get(demo.id)!;
      await page.bringToFront();
      await waitForPaint(page, readHighlights);
      const cdp = await e2e.browser.context.newCDPSession(page);
      await page.mouse.move(1, 1);
      const before = new Set(await axTexts(cdp));
      const { sentence, preferred } = EXPECTED[demo.id].hover;
      expect(await hoverSentence(page, sentence), 'the sentence to hover is painted').toBe(true);
      let card: string[] = [];
      for (let i = 0; i < 30 && card.length === 0; i++) {
        await page.waitForTimeout(100);
        card = (await axTexts(cdp)).filter((t) => !before.has(t));
      }
      const text = card.join(' \n ');
      expect(card.length, 'the card adds text to the accessibility tree').toBeGreaterThan(0);
      expect(OUTLETS.some((o) => text.includes(o)), `card names a source outlet:\n${text}`).toBe(true);
      if (preferred) expect(text, 'card shows the preferred version').toMatch(preferred);
      await page.keyboard.press('Escape');
      await cdp.detach();
    });
  }

  it('Alt+Shift+J steps through the claims, opening each one’s card; Esc closes it', async () => {
    const page = pages.get('techcrunch')!;
    await page.bringToFront();
    await page.mouse.move(1, 1);
    await page.keyboard.press('Escape');
    const cdp = await e2e.browser.context.newCDPSession(page);
    const closed = new Set(await axTexts(cdp));
    const cardText = async () => (await axTexts(cdp)).filter((t) => !closed.has(t)).join(' | ');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(cardText, { timeout: 3_000 }).not.toBe('');
    const first = await cardText();
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(cardText, { timeout: 3_000 }).not.toBe(first);
    await page.keyboard.press('Alt+Shift+KeyK');
    await expect.poll(cardText, { timeout: 3_000 }).toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(cardText, { timeout: 3_000 }).toBe('');
    await cdp.detach();
  });

  it('the popup page for a tab lists the sentences painted on that page, conflicts first', async () => {
    // Which sentences are claims is checked against the hand labels above; here the popup must
    // agree with the page it describes, sentence for sentence and conflict for conflict.
    const demo = DEMO_PAGES.find((d) => d.id === 'wired')!;
    const painted = await waitForPaint(pages.get(demo.id)!, readHighlights);
    const tabId = await e2e.tabId(demo);
    const popup = await e2e.browser.context.newPage();
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('li.claim', { timeout: 10_000 });
    const listed = await popup.$$eval('li.sentence', (els) =>
      els.map((el) => ({ text: el.querySelector('.sentence-text')?.textContent ?? '', conflict: el.classList.contains('conflict') })),
    );
    expect(sorted(listed.filter((s) => s.conflict).map((s) => s.text))).toEqual(sorted(painted.conflict));
    expect(sorted(listed.filter((s) => !s.conflict).map((s) => s.text))).toEqual(sorted(painted.claim));
    const topics = await popup.$$eval('section.topic', (els) => els.map((el) => el.classList.contains('has-conflict')));
    expect(topics.length).toBeGreaterThan(0);
    expect(topics, 'topics with a conflict come first').toEqual([...topics].sort((a, b) => Number(b) - Number(a)));
    expect(topics[0]).toBe(painted.conflict.length > 0);
    await popup.close();
  });

  it('"Show on page" in the popup scrolls the article to that sentence', async () => {
    const demo = DEMO_PAGES.find((d) => d.id === 'wired')!;
    const article = pages.get(demo.id)!;
    await article.evaluate(() => window.scrollTo(0, 0));
    const target = EXPECTED.wired.conflicts[EXPECTED.wired.conflicts.length - 1];
    const inView = () =>
      article.evaluate((wanted) => {
        const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        const all = [...(reg?.get('deal-lens-claim') ?? []), ...(reg?.get('deal-lens-conflict') ?? [])];
        const r = all.find((x) => x.toString().replace(/\s+/g, ' ').trim() === wanted)?.getBoundingClientRect();
        return r ? r.top >= 0 && r.bottom <= window.innerHeight : null;
      }, target);
    expect(await inView(), 'the sentence starts out of view (and is painted)').toBe(false);
    const popup = await e2e.browser.context.newPage();
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/src/popup/index.html?tab=${await e2e.tabId(demo)}`);
    await popup.waitForSelector('li.claim', { timeout: 10_000 });
    const row = popup.locator('li.sentence', { has: popup.locator('.sentence-text', { hasText: target }) }).first();
    await row.getByRole('button', { name: 'Show on page' }).click();
    await expect.poll(inView, { timeout: 5_000 }).toBe(true);
    await popup.close();
  });

  it('"Pause on this site" clears the page’s highlights until turned off again', async () => {
    const demo = DEMO_PAGES.find((d) => d.id === 'cnbc')!;
    const article = pages.get(demo.id)!;
    const count = async () => {
      const h = await readHighlights(article);
      return h.claim.length + h.conflict.length;
    };
    const painted = await count();
    expect(painted).toBeGreaterThan(0);
    const popup = await e2e.browser.context.newPage();
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/src/popup/index.html?tab=${await e2e.tabId(demo)}`);
    const pause = popup.getByLabel('Pause on this site');
    await pause.check();
    await expect.poll(count, { timeout: 5_000 }).toBe(0);
    await popup.waitForSelector('text=Deal Lens is paused on www.cnbc.com', { timeout: 5_000 });
    await pause.uncheck();
    await expect.poll(count, { timeout: 5_000 }).toBe(painted);
    await popup.close();
  });

  it('"Scan this page" reads a page outside the outlet list, after the toolbar button is pressed', async () => {
    const page = await e2e.open(UNLISTED_PAGE);
    pages.set(UNLISTED_PAGE.id, page);
    await page.waitForTimeout(800);
    const count = async () => {
      const h = await readHighlights(page);
      return h.claim.length + h.conflict.length;
    };
    expect(await count(), 'the content script does not run by itself off the outlet list').toBe(0);
    await e2e.clickToolbarButton(UNLISTED_PAGE);
    const popup = await e2e.browser.context.newPage();
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/src/popup/index.html?tab=${await e2e.tabId(UNLISTED_PAGE)}`);
    await popup.waitForSelector('text=example.org is not on Deal Lens’s list of outlets', { timeout: 5_000 });
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await popup.waitForSelector('li.claim', { timeout: 10_000 });
    await expect.poll(count, { timeout: 5_000 }).toBeGreaterThan(0);
    await popup.close();
  });

  it('unlisted page, once scanned: highlights exactly the hand-labelled claim sentences', async () => {
    const page = pages.get(UNLISTED_PAGE.id);
    expect(page, 'the page was scanned by the previous test').toBeDefined();
    const got = await waitForPaint(page!, readHighlights);
    const want = EXPECTED.unlisted;
    expect(labelDiff(got, want)).toBe('');
    expect(sorted(got.conflict), 'deal-lens-conflict ranges').toEqual(sorted(want.conflicts));
    expect(sorted(got.claim), 'deal-lens-claim ranges').toEqual(sorted(want.claims));
  });

  it('a story that names its parties once and then says "he", "the company", "the machine": exactly the hand-labelled sentences', async () => {
    // The worker reads the page's sentences in order, as a reader does; the sentence about Meta's GPUs
    // after one naming Meta stays unpainted.
    const page = await e2e.open(CONTEXT_PAGE);
    const got = await waitForPaint(page, readHighlights);
    expect(labelDiff(got, EXPECTED.context)).toBe('');
    expect(sorted(got.claim), 'deal-lens-claim ranges').toEqual(sorted(EXPECTED.context.claims));
    await page.close();
  });

  it('logs no errors and makes no network request', () => {
    expect(e2e.errors).toEqual([]);
    expect(e2e.networkRequests).toEqual([]);
    expect(e2e.browser.blocked).toEqual([]);
  });
});
