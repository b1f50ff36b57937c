// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isPageMutation, watchPage, type PageWatcher } from '../../src/content/watch';

const ours = (n: Node) => n instanceof Element && (n.tagName.toLowerCase() === 'deal-lens-ui' || n.matches('mark[data-deal-lens-index]'));
let watcher: PageWatcher | null = null;
afterEach(() => {
  watcher?.stop();
  watcher = null;
});

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('isPageMutation', () => {
  it('ignores our own nodes being added or removed, and changes inside them', () => {
    document.body.innerHTML = '<p id="p">Text</p><deal-lens-ui id="ui"><span>x</span></deal-lens-ui>';
    const mark = document.createElement('mark');
    mark.setAttribute('data-deal-lens-index', '0');
    const ownAdd = { type: 'childList', target: document.getElementById('p'), addedNodes: [mark], removedNodes: [] } as unknown as MutationRecord;
    const insideUi = { type: 'childList', target: document.querySelector('#ui span'), addedNodes: [document.createTextNode('y')], removedNodes: [] } as unknown as MutationRecord;
    const pageAdd = { type: 'childList', target: document.body, addedNodes: [document.createElement('p')], removedNodes: [] } as unknown as MutationRecord;
    const textEdit = { type: 'characterData', target: document.getElementById('p')!.firstChild, addedNodes: [], removedNodes: [] } as unknown as MutationRecord;
    expect(isPageMutation(ownAdd, ours)).toBe(false);
    expect(isPageMutation(insideUi, ours)).toBe(false);
    expect(isPageMutation(pageAdd, ours)).toBe(true);
    expect(isPageMutation(textEdit, ours)).toBe(true);
  });
});

describe('watchPage', () => {
  it('re-scans once, debounced, after a burst of page changes, and not for our own edits', async () => {
    document.body.innerHTML = '<article><p>One</p></article>';
    let changes = 0;
    watcher = watchPage(window, { isOwn: ours, onChange: () => changes++, onNavigate: () => undefined, delayMs: 40 });
    watcher.quietly(() => {
      const mark = document.createElement('mark');
      mark.setAttribute('data-deal-lens-index', '0');
      document.querySelector('p')!.append(mark);
    });
    await tick(80);
    expect(changes).toBe(0);
    for (let i = 0; i < 5; i++) document.querySelector('article')!.append(document.createElement('p'));
    await tick(10);
    expect(changes).toBe(0);
    await tick(80);
    expect(changes).toBe(1);
  });

  it('reports in-page navigation to a new URL, but not a hash change', async () => {
    let navigations = 0;
    watcher = watchPage(window, { isOwn: ours, onChange: () => undefined, onNavigate: () => navigations++, delayMs: 40 });
    history.pushState({}, '', '#section');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(navigations).toBe(0);
    history.pushState({}, '', '/2026/05/08/next-story');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(navigations).toBe(1);
  });
});
