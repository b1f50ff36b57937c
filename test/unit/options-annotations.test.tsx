// @vitest-environment happy-dom
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerAnnotations } from '../../src/background/annotations';
import { loadBundledPack } from '../../src/background/bundled-pack';
import { DealLensDb, putAnnotation } from '../../src/background/db';
import { createEngine } from '../../src/background/engine';
import { createRouter } from '../../src/background/router';
import { AnnotationsPage } from '../../src/options/annotations/AnnotationsPage';
import { ClaimPacks } from '../../src/options/annotations/ClaimPacks';
import { DataSection } from '../../src/options/annotations/DataSection';
import { createTaggingApi, type TaggingApi } from '../../src/options/annotations/tagging-api';
import type { BackgroundPlatform, TaggingPlatform } from '../../src/platform/types';
import { makeAnnotation } from './annotations-fixtures';
import { fakeTaggingPlatform } from './fake-platforms';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
let db: DealLensDb;
let api: TaggingApi;

beforeEach(async () => {
  db = new DealLensDb('options-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  const router = createRouter(ID, ORIGIN);
  const platform = { contentScriptMatches: () => [], contentScriptFile: () => null, sendToTab: async () => null, getTabUrl: async () => null } as unknown as BackgroundPlatform;
  const tagging: TaggingPlatform = fakeTaggingPlatform();
  registerAnnotations(router, platform, tagging, createEngine(() => [loadBundledPack()]), db);
  api = createTaggingApi((m) => router.dispatch(m, { id: ID, url: `${ORIGIN}/src/options/index.html` }));
  await putAnnotation(db, makeAnnotation('over 200,000 Nvidia GPUs', { verdict: 'inaccurate', tags: ['gpu'] }, { now: '2026-05-07T09:00:00Z' }));
  await putAnnotation(db, makeAnnotation('The NAACP has filed a lawsuit against SpaceX.', { verdict: 'misleading', note: 'notice of intent only' }, { now: '2026-05-08T09:00:00Z', source: 'https://www.wired.com/story/x/', title: 'WIRED story' }));
});
afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
};
const quotes = () => [...document.querySelectorAll('.annotation blockquote')].map((b) => b.textContent);
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;
function pick(input: HTMLInputElement, name: string, text: string) {
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('annotations page', () => {
  it('lists every annotation newest first and filters by verdict and text', async () => {
    render(<AnnotationsPage api={api} />, document.body);
    await settle();
    expect(quotes()).toEqual(['The NAACP has filed a lawsuit against SpaceX.', 'over 200,000 Nvidia GPUs']);
    expect(document.querySelector('.count')?.textContent).toContain('2 annotations');
    const verdict = document.querySelector<HTMLSelectElement>('.filters select')!;
    verdict.value = 'inaccurate';
    verdict.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(quotes()).toEqual(['over 200,000 Nvidia GPUs']);
    verdict.value = '';
    verdict.dispatchEvent(new Event('change', { bubbles: true }));
    const search = document.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'intent';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(quotes()).toEqual(['The NAACP has filed a lawsuit against SpaceX.']);
    search.value = '';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    const [, tag, site] = [...document.querySelectorAll<HTMLSelectElement>('.filters select')];
    tag.value = 'gpu';
    tag.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(quotes()).toEqual(['over 200,000 Nvidia GPUs']);
    tag.value = '';
    tag.dispatchEvent(new Event('change', { bubbles: true }));
    site.value = [...site.options].find((o) => o.value.includes('wired'))!.value;
    site.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(quotes()).toEqual(['The NAACP has filed a lawsuit against SpaceX.']);
  });

  it('links each passage with a text fragment that opens the article there', async () => {
    render(<AnnotationsPage api={api} />, document.body);
    await settle();
    const open = [...document.querySelectorAll<HTMLAnchorElement>('a')].filter((a) => a.textContent === 'Open at passage').map((a) => a.getAttribute('href'));
    expect(open).toContain('https://www.cnbc.com/2026/05/06/anthropic-spacex.html#:~:text=over%20200%2C000%20Nvidia%20GPUs');
  });

  it('imports a file and shows what was added and skipped', async () => {
    render(<AnnotationsPage api={api} />, document.body);
    await settle();
    const fresh = makeAnnotation('SpaceX has signed a data center agreement', { tags: ['agreement'] });
    const existing = (await db.annotations.toArray())[0].annotation;
    pick(document.querySelector<HTMLInputElement>('.import input[type=file]')!, 'a.jsonld', JSON.stringify([fresh, existing]));
    await settle();
    expect(document.querySelector('.import-summary')?.textContent).toContain('1 added, 0 updated, 1 skipped');
    expect(quotes()).toHaveLength(3);
  });
});

describe('data section', () => {
  it('deletes everything only after confirmation', async () => {
    render(<DataSection api={api} />, document.body);
    await settle();
    button('Delete all data').click();
    await settle();
    expect(document.querySelector('[role=alertdialog]')?.textContent).toContain('cannot be undone');
    button('Cancel').click();
    await settle();
    expect(await db.annotations.count()).toBe(2);
    button('Delete all data').click();
    await settle();
    button('Yes, delete everything').click();
    await settle();
    expect(await db.annotations.count()).toBe(0);
    expect(document.body.textContent).toContain('All data deleted.');
  });

  it('says a restore replaces all data and restores only after confirmation', async () => {
    const backup = await api.backup();
    if (!backup.ok) throw new Error(backup.error);
    await putAnnotation(db, makeAnnotation('SpaceX has signed a data center agreement', { verdict: 'opinion', note: 'made after the backup' }, { now: '2026-05-09T09:00:00Z' }));
    render(<DataSection api={api} />, document.body);
    await settle();
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.closest('label')?.textContent).toContain('replaces all data');
    pick(input, 'deal-lens-backup.json', backup.value);
    await settle();
    const dialog = () => document.querySelector('[role=alertdialog]');
    expect(dialog()?.textContent).toContain('“deal-lens-backup.json”');
    expect(dialog()?.textContent).toContain('replaces all your data');
    expect(await db.annotations.count(), 'nothing replaced before confirming').toBe(3);
    button('Cancel').click();
    await settle();
    expect(dialog()).toBeNull();
    expect(await db.annotations.count()).toBe(3);
    expect(document.body.textContent).toContain('Restore cancelled, nothing changed.');

    pick(input, 'deal-lens-backup.json', backup.value);
    await settle();
    button('Yes, replace all data').click();
    await settle();
    expect(await db.annotations.count()).toBe(2);
    expect(document.body.textContent).toContain('Restored 2 annotations');
  });
});

describe('claim packs section', () => {
  const pack = {
    meta: { name: 'Desk pack', version: '2', asOf: '2026-06-01' },
    reports: [{ id: 'desk', publisher: 'Desk', kind: 'news' }],
    claims: [{ id: 'desk-claim', topic: 'ipo', statement: 'S.', variants: ['s'], anchors: [['ipo']], appearances: [{ report: 'desk', quote: null, cites: [] }], status: 'single-source' }],
    conflicts: [],
  };

  it('shows each bad field of a rejected pack, lists a good one with counts and as-of date, and removes it', async () => {
    render(<ClaimPacks api={api} />, document.body);
    await settle();
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    pick(input, 'bad.json', JSON.stringify({ ...pack, claims: [{ ...pack.claims[0], topic: 'weather' }] }));
    await settle();
    expect(document.querySelector('[role=alert]')?.textContent).toMatch(/claims\[0\]\.topic/);
    expect(document.body.textContent).toContain('No imported packs.');
    pick(input, 'good.json', JSON.stringify(pack));
    await settle();
    const row = [...document.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(0, 6).map((td) => td.textContent));
    expect(row).toEqual([['Desk pack', '2', '2026-06-01', '1', '1', '0']]);
    document.querySelector<HTMLButtonElement>('button[aria-label="Remove pack Desk pack"]')!.click();
    await settle();
    expect(document.body.textContent).toContain('No imported packs.');
  });
});
