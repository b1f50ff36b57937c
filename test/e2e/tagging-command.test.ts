/**
 * The "tag-passage" keyboard command, from the background's command listener to a saved, painted
 * tag. Chromium gives a test no way to press an extension shortcut: key events sent through the
 * DevTools protocol go to the page's renderer, never to the browser's accelerator table, so
 * Alt+Shift+G typed by a test reaches the page (it sees the keydown) and not the command. The
 * test therefore fires `chrome.commands.onCommand` in the service worker itself, with the command
 * name and the tab Chrome would pass; that the manifest's shortcut is bound is checked in
 * tagging.test.ts. Everything after the key press (the background asking the tab, the dialog,
 * keyboard operation, saving, painting) is the real path, and the dialog is driven by keys only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { demo, norm, startE2E, unavailableReason, type E2E } from './harness';

const reason = unavailableReason();
const cnbc = demo('cnbc');
const SENTENCE = 'The deal exposes how scarce AI compute has become when bitter rivals must work together.';

/** Accessibility-tree nodes with this role (and name), found inside closed shadow roots too. */
async function axNodes(cdp: CDPSession, role: string, name?: string): Promise<{ backendDOMNodeId?: number; focused: boolean }[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodes } = (await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, role, ...(name ? { accessibleName: name } : {}) } as never)) as {
    nodes: { backendDOMNodeId?: number; ignored?: boolean; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({ backendDOMNodeId: n.backendDOMNodeId, focused: n.properties?.some((p) => p.name === 'focused' && p.value.value === true) ?? false }));
}

/** Selects the whole paragraph holding `sentence`; returns its text. */
async function selectParagraphWith(page: Page, sentence: string): Promise<string> {
  const text = await page.evaluate((wanted) => {
    const p = Array.from(document.querySelectorAll('article p, p')).find((x) => (x.textContent ?? '').replace(/\s+/g, ' ').includes(wanted));
    if (!p) return null;
    p.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return (p.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, sentence);
  if (!text) throw new Error(`no paragraph holding: ${sentence}`);
  return text;
}

async function tagTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    return [...(reg?.get('deal-lens-tag') ?? [])].map((r) => r.toString().replace(/\s+/g, ' ').trim());
  });
}

describe.skipIf(reason !== null)('the tag-passage keyboard command', () => {
  let e2e: E2E;
  let page: Page;
  let cdp: CDPSession;
  let tabId: number;

  /** What Chrome does when the shortcut is pressed in this tab: the command event with the tab. */
  const fireCommand = () =>
    e2e.browser.serviceWorker.evaluate(
      ({ id, url }) => {
        const onCommand = (globalThis as unknown as { chrome: { commands: { onCommand: { dispatch(c: string, tab: object): void } } } }).chrome.commands.onCommand;
        onCommand.dispatch('tag-passage', { id, url, active: true });
      },
      { id: tabId, url: cnbc.url },
    );

  beforeAll(async () => {
    e2e = await startE2E();
    page = await e2e.open(cnbc);
    cdp = await e2e.browser.context.newCDPSession(page);
    tabId = await e2e.tabId(cnbc);
    await page.waitForTimeout(500);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('opens the dialog for the selection, focused inside it, and Esc cancels without saving', async () => {
    await selectParagraphWith(page, SENTENCE);
    await fireCommand();
    await expect.poll(async () => (await axNodes(cdp, 'dialog', 'Tag passage')).length, { timeout: 8000 }).toBe(1);
    const radios = await axNodes(cdp, 'radio');
    expect(radios.some((r) => r.focused), 'focus starts on the verdict choice').toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await axNodes(cdp, 'dialog', 'Tag passage')).length, { timeout: 5000 }).toBe(0);
    await page.waitForTimeout(300);
    expect(await tagTexts(page)).toEqual([]);
  });

  it('saves a tag chosen with the keyboard alone, and paints it', async () => {
    const paragraph = await selectParagraphWith(page, SENTENCE);
    await fireCommand();
    await expect.poll(async () => (await axNodes(cdp, 'dialog', 'Tag passage')).length, { timeout: 8000 }).toBe(1);
    // Verdicts are one radio group: arrow keys move the choice from "No verdict" to "Accurate".
    await page.keyboard.press('ArrowDown');
    const checked = await cdp.send('Accessibility.queryAXTree', { backendNodeId: (await axNodes(cdp, 'radio', 'Accurate'))[0].backendDOMNodeId } as never) as {
      nodes: { properties?: { name: string; value: { value: unknown } }[] }[];
    };
    expect(checked.nodes[0].properties?.find((p) => p.name === 'checked')?.value.value).toBe('true');
    // Tab on to the Save button and press it.
    for (let i = 0; i < 12 && !(await axNodes(cdp, 'button', 'Save')).some((b) => b.focused); i++) await page.keyboard.press('Tab');
    expect((await axNodes(cdp, 'button', 'Save')).some((b) => b.focused), 'Save reachable by Tab').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => tagTexts(page), { timeout: 10_000 }).toEqual([norm(paragraph)]);
    // Stored once, with the verdict chosen by keyboard.
    const ext = await e2e.browser.context.newPage();
    await ext.goto(`chrome-extension://${e2e.browser.extensionId}/src/options/index.html`);
    const reply = (await ext.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'annotations-list', filter: {} }),
    )) as { ok: boolean; value: { annotations: { body: { purpose?: string; value?: string }[] }[] } };
    await ext.close();
    expect(reply.ok).toBe(true);
    expect(reply.value.annotations).toHaveLength(1);
    expect(reply.value.annotations[0].body).toContainEqual(expect.objectContaining({ purpose: 'assessing', value: 'accurate' }));
  });

  it('logged no errors and made no network request', () => {
    expect(e2e.errors).toEqual([]);
    expect(e2e.networkRequests).toEqual([]);
  });
});
