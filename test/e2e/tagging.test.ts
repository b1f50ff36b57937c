/**
 * The fact-checker's workflow in real Chromium: select a sentence, "Tag passage", choose a verdict,
 * add a tag and a note, "Save"; after a reload the passage is painted as `deal-lens-tag`; an
 * edited article still finds it; a removed passage is listed as an orphan; an exported JSON-LD
 * file imported into a fresh profile brings the same annotations back.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { demoPageHtml, UNLISTED_PAGE } from '../fixtures/pages/demo-pages';
import { axClick, demo, norm, startE2E, unavailableReason, type E2E } from './harness';

const reason = unavailableReason();
const page0 = demo('cnbc');
const SENTENCE =
  'Anthropic is also exploring building compute capacity in space (per CNBC), suggesting the partnership extends beyond immediate GPU access to longer-term infrastructure planning.';
const OTHER_PARAGRAPH = 'The deal exposes how scarce AI compute has become when bitter rivals must work together.';

/** Selects the article text equal to `sentence` (whitespace-normalised). */
async function selectSentence(page: Page, sentence: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    for (const p of Array.from(document.querySelectorAll('article p, main p, p'))) {
      const text = (p.textContent ?? '').replace(/\s+/g, ' ');
      const at = text.indexOf(wanted);
      if (at < 0) continue;
      p.scrollIntoView({ block: 'center' });
      // Walk text nodes to turn character offsets into a DOM range.
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let pos = 0;
      const range = document.createRange();
      let started = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = (n.textContent ?? '').length;
        if (!started && at < pos + len) {
          range.setStart(n, at - pos);
          started = true;
        }
        if (started && at + wanted.length <= pos + len) {
          range.setEnd(n, at + wanted.length - pos);
          const sel = getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          return true;
        }
        pos += len;
      }
    }
    return false;
  }, sentence);
  if (!found) throw new Error(`sentence not on the page: ${sentence}`);
}

async function tagTexts(page: Page, timeoutMs = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let texts: string[] = [];
  while (Date.now() < deadline) {
    texts = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      return [...(reg?.get('deal-lens-tag') ?? [])].map((r) => r.toString().replace(/\s+/g, ' ').trim());
    });
    if (texts.length) return texts;
    await page.waitForTimeout(100);
  }
  return texts;
}

/** Sends a message to the background from one of the extension's pages. */
async function fromExtensionPage<T>(e2e: E2E, message: unknown): Promise<T> {
  const page = await e2e.browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${e2e.browser.extensionId}/src/options/index.html`);
    return (await page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message)) as T;
  } finally {
    await page.close();
  }
}

/** Runs `fn` in one of the extension's pages and returns its result. */
async function fromExtensionPageEval<T>(e2e: E2E, fn: () => Promise<T>): Promise<T> {
  const page = await e2e.browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${e2e.browser.extensionId}/src/options/index.html`);
    return await page.evaluate(fn);
  } finally {
    await page.close();
  }
}

describe.skipIf(reason !== null)('tagging passages', () => {
  let e2e: E2E;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    e2e = await startE2E();
    page = await e2e.open(page0);
    cdp = await e2e.browser.context.newCDPSession(page);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('tags a selected sentence through the "Tag passage" button and dialog', async () => {
    await page.waitForTimeout(500);
    await selectSentence(page, SENTENCE);
    await axClick(page, cdp, 'button', 'Tag passage');
    await axClick(page, cdp, 'radio', 'Inaccurate');
    await axClick(page, cdp, 'combobox', 'Tags');
    await page.keyboard.type('space-claims');
    await page.keyboard.press('Enter');
    await axClick(page, cdp, 'textbox', 'Note');
    await page.keyboard.type('No source for a space data centre plan.');
    await axClick(page, cdp, 'button', 'Save');
    expect(await tagTexts(page)).toEqual([SENTENCE]);
  });

  it('paints the passage as deal-lens-tag after a reload', async () => {
    await page.reload();
    expect(await tagTexts(page)).toEqual([SENTENCE]);
  });

  it('still finds the passage when another paragraph was edited', async () => {
    const html = demoPageHtml(page0).replace(OTHER_PARAGRAPH, 'Editors note: the deal shows how scarce compute is, analysts said on Thursday.');
    await page.route(page0.url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.reload();
    expect(await tagTexts(page)).toEqual([SENTENCE]);
    await page.unroute(page0.url);
  });

  it('finds a passage the article reworded, and the popup says what changed', async () => {
    const html = demoPageHtml(page0).replace('to longer-term infrastructure planning', 'to long-term infrastructure planning');
    await page.route(page0.url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.reload();
    expect(await tagTexts(page)).toEqual([SENTENCE.replace('longer-term', 'long-term')]);
    const popup = await e2e.browser.context.newPage();
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/src/popup/index.html?tab=${await e2e.tabId(page0)}`);
    await popup.getByText('Changed since tagged: “longer-term” → “long-term”').waitFor({ timeout: 10_000 });
    await popup.close();
    await page.unroute(page0.url);
  });

  it('lists a removed passage as an orphan with its quote', async () => {
    const html = demoPageHtml(page0).replace(/<p>Anthropic is also exploring[\s\S]*?<\/p>/, '');
    await page.route(page0.url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await tagTexts(page, 500)).toEqual([]);
    const tabId = await e2e.tabId(page0);
    const reply = await fromExtensionPage<{ ok: boolean; value: { annotations: { id: string; target: { selector: [{ exact: string }] } }[]; anchors: Record<string, { status: string }> } }>(e2e, { type: 'page-tags', tabId });
    expect(reply.ok).toBe(true);
    const [a] = reply.value.annotations;
    expect(norm(a.target.selector[0].exact)).toBe(SENTENCE);
    expect(reply.value.anchors[a.id].status).toBe('orphan');

    // The popup (its full-page form for this tab) lists it under the orphans, with its quote.
    const popup = await e2e.browser.context.newPage();
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    const orphans = popup.locator('ul.orphans li');
    await orphans.first().waitFor({ timeout: 10_000 });
    expect(await popup.getByRole('heading', { name: 'Not found on this page (1)' }).count()).toBe(1);
    expect(norm((await orphans.first().locator('blockquote').textContent()) ?? '')).toBe(SENTENCE);
    await popup.close();
    await page.unroute(page0.url);
  });

  it('tags on a site outside the outlet list once the page is scanned, and offers to keep its tags', async () => {
    const blog = await e2e.open(UNLISTED_PAGE);
    const blogCdp = await e2e.browser.context.newCDPSession(blog);
    await e2e.clickToolbarButton(UNLISTED_PAGE);
    const tabId = await e2e.tabId(UNLISTED_PAGE);
    const popup = await e2e.browser.context.newPage();
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await popup.waitForSelector('li.claim', { timeout: 10_000 });
    const passage = 'This does not sound like a vague future memorandum.';
    await blog.bringToFront();
    await selectSentence(blog, passage);
    await axClick(blog, blogCdp, 'button', 'Tag passage');
    await axClick(blog, blogCdp, 'radio', 'Opinion');
    await axClick(blog, blogCdp, 'button', 'Save');
    expect(await tagTexts(blog)).toEqual([passage]);
    await popup.reload();
    await popup.getByRole('heading', { name: 'Your tags on this page (1)' }).waitFor({ timeout: 10_000 });
    expect(await popup.getByRole('button', { name: 'Keep tags on this site' }).count()).toBe(1);
    await popup.close();
    await blog.close();
  });

  it('logged no errors and made no network requests while tagging', () => {
    expect(e2e.errors).toEqual([]);
    expect(e2e.networkRequests).toEqual([]);
  });

  it('declares a keyboard command for tagging that is bound to a key', async () => {
    const commands = await fromExtensionPageEval(e2e, () =>
      (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).chrome.commands.getAll(),
    );
    const tag = commands.find((c) => c.name === 'tag-passage');
    expect(tag?.shortcut, 'tag-passage shortcut').toBeTruthy();
  });

  it('exports JSON-LD from the annotations page, and a fresh profile imports the same annotations', async () => {
    const options = await e2e.browser.context.newPage();
    await options.goto(`chrome-extension://${e2e.browser.extensionId}/src/options/index.html`);
    const exportButton = options.getByRole('button', { name: 'Export JSON-LD' }).first();
    await expect.poll(() => exportButton.isEnabled(), { timeout: 10_000 }).toBe(true);
    const [download] = await Promise.all([options.waitForEvent('download'), exportButton.click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.type).toBe('AnnotationCollection');
    // The CNBC tag and the blog's tag from the tests above.
    expect(exported.total).toBe(2);
    const items = exported.first.items as { id: string; body: unknown[]; target: { source: string } }[];
    const original = items.find((a) => a.target.source === page0.url)!;
    expect(original.body).toContainEqual({ type: 'TextualBody', purpose: 'assessing', value: 'inaccurate' });

    const fresh = await startE2E();
    try {
      const page2 = await fresh.browser.context.newPage();
      await page2.goto(`chrome-extension://${fresh.browser.extensionId}/src/options/index.html`);
      await page2.getByLabel('Import annotations (Deal Lens JSON-LD or Hypothesis JSON)').setInputFiles(file);
      await page2.getByText('2 added, 0 updated, 0 skipped').waitFor({ timeout: 10_000 });
      const listed = await fromExtensionPage<{ ok: boolean; value: { annotations: { id: string }[] } }>(fresh, { type: 'annotations-list', filter: {} });
      const byId = (xs: { id: string }[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(byId(listed.value.annotations)).toEqual(byId(items));
      // And the article, opened in the fresh profile, is painted from the imported tag.
      const article = await fresh.open(page0);
      expect(await tagTexts(article)).toEqual([SENTENCE]);
    } finally {
      await fresh.close();
    }
    await options.close();
  });
});
