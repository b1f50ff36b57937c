import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { originPattern, registerAnnotations, importedPacks, TAG_COMMAND, TAG_MENU_ID } from '../../src/background/annotations';
import { loadBundledPack } from '../../src/background/bundled-pack';
import { DealLensDb } from '../../src/background/db';
import { createEngine } from '../../src/background/engine';
import { createRouter } from '../../src/background/router';
import type { ClaimPack } from '../../src/claims/types';
import { exportJsonLd } from '../../src/core/annotations/export-jsonld';
import type { PageTags } from '../../src/core/annotations/messages';
import type { Annotation } from '../../src/core/annotations/model';
import type { BackgroundPlatform, Sender, TaggingPlatform } from '../../src/platform/types';
import { makeAnnotation } from './annotations-fixtures';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const CNBC = 'https://www.cnbc.com/2026/05/06/anthropic-spacex.html';
const fromTab = (url = CNBC, tabId = 3): Sender => ({ id: ID, url, tab: { id: tabId, url }, frameId: 0 });
const fromOptions: Sender = { id: ID, url: `${ORIGIN}/src/options/index.html` };

function setup() {
  const sent: { tabId: number; message: unknown }[] = [];
  const requested: string[][] = [];
  let tabReply: unknown = undefined;
  const platform = {
    runtimeId: ID,
    extensionOrigin: ORIGIN,
    contentScriptFile: () => 'src/content/index.js',
    contentScriptMatches: () => ['https://www.cnbc.com/*'],
    async getTabUrl() {
      return null;
    },
    async sendToTab(tabId: number, message: unknown) {
      sent.push({ tabId, message });
      if (tabReply === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
      return tabReply;
    },
    async executeScript() {},
  } as unknown as BackgroundPlatform;
  const handlers: { menu?: (id: string, tabId: number, url: string | null) => void; command?: (c: string, tabId: number | null, url: string | null) => void } = {};
  const registered: { matches: string[] }[] = [];
  const tagging: TaggingPlatform = {
    async createSelectionMenu() {},
    onMenuClicked: (cb) => (handlers.menu = cb),
    onCommand: (cb) => (handlers.command = cb),
    async requestOrigins(origins) {
      requested.push(origins);
      return true;
    },
    async grantedOrigins() {
      return ['https://example.org/*'];
    },
    onPermissionsChanged() {},
    async syncDynamicScript(_id, matches) {
      registered.push({ matches });
    },
  };
  const db = new DealLensDb('bg-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  let loads = 0;
  const engine = createEngine(() => {
    loads++;
    return [loadBundledPack(), ...importedPacks()];
  });
  const router = createRouter(ID, ORIGIN);
  registerAnnotations(router, platform, tagging, engine, db);
  return {
    router,
    db,
    sent,
    requested,
    registered,
    handlers,
    engine,
    loads: () => loads,
    setTabReply: (r: unknown) => (tabReply = r),
  };
}

let env: ReturnType<typeof setup>;
beforeEach(() => {
  env = setup();
});

const gpu = makeAnnotation('over 200,000 Nvidia GPUs', { verdict: 'inaccurate', tags: ['gpu'] }, { source: CNBC });

describe('annotation messages', () => {
  it('saves from the page idempotently and lists the page by any variant of its URL', async () => {
    for (let i = 0; i < 3; i++) expect(await env.router.dispatch({ type: 'annotation-save', annotation: gpu }, fromTab())).toMatchObject({ ok: true });
    expect(await env.db.annotations.count()).toBe(1);
    const reply = await env.router.dispatch({ type: 'annotations-for-page', url: `${CNBC}?utm_source=x`, canonical: null }, fromTab(`${CNBC}?utm_source=x`));
    expect(reply).toMatchObject({ ok: true, value: { source: CNBC, tagsUsed: ['gpu'] } });
    if (reply.ok) expect((reply.value as { annotations: Annotation[] }).annotations).toEqual([gpu]);
  });

  it('refuses a page writing or deleting another site’s tags', async () => {
    const wired = makeAnnotation('over 200,000 Nvidia GPUs', {}, { source: 'https://www.wired.com/story/x/' });
    const r = await env.router.dispatch({ type: 'annotation-save', annotation: wired }, fromTab());
    expect(r).toMatchObject({ ok: false });
    await env.router.dispatch({ type: 'annotation-save', annotation: wired }, fromOptions);
    const d = await env.router.dispatch({ type: 'annotation-delete', id: wired.id }, fromTab());
    expect(d).toMatchObject({ ok: false });
    expect(await env.db.annotations.count()).toBe(1);
  });

  it('rejects a malformed annotation with the bad field named', async () => {
    const bad = { ...gpu, target: { ...gpu.target, selector: [] } };
    const r = await env.router.dispatch({ type: 'annotation-save', annotation: bad }, fromTab());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/target\.selector/);
  });

  it('suggests the claim a passage states', async () => {
    const pack = loadBundledPack();
    const claim = pack.claims.find((c) => c.variants.length > 0 && c.appearances.some((a) => a.quote))!;
    const quote = claim.appearances.find((a) => a.quote)!.quote!;
    const r = await env.router.dispatch({ type: 'annotation-suggest-claim', text: quote }, fromTab());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject({ claimId: expect.any(String), statement: expect.any(String) });
    const none = await env.router.dispatch({ type: 'annotation-suggest-claim', text: 'The weather in Lisbon was mild on Tuesday.' }, fromTab());
    expect(none).toEqual({ ok: true, value: null });
  });

  it('gives the popup the page’s tags with how each anchored, from the page’s content script', async () => {
    await env.router.dispatch({ type: 'annotation-save', annotation: gpu }, fromTab());
    env.setTabReply({ ok: true, value: { url: CNBC, source: CNBC, title: 'T', anchors: [{ id: gpu.id, status: 'orphan', reason: 'gone' }] } });
    const r = await env.router.dispatch({ type: 'page-tags', tabId: 3 }, fromOptions);
    expect(r.ok).toBe(true);
    const v = (r as { value: PageTags }).value;
    expect(v.annotations.map((a) => a.id)).toEqual([gpu.id]);
    expect(v.anchors?.[gpu.id]).toEqual({ id: gpu.id, status: 'orphan', reason: 'gone' });
    expect(v.siteKept).toBe(true);
  });

  it('accepts the options-page messages only from extension pages', async () => {
    const r = await env.router.dispatch({ type: 'annotations-list', filter: {} }, fromTab());
    expect(r).toMatchObject({ ok: false });
    expect(await env.router.dispatch({ type: 'data-delete-all' }, fromTab())).toMatchObject({ ok: false });
  });

  it('imports a file and reports the summary; a bad file is an error', async () => {
    const ok = await env.router.dispatch({ type: 'annotations-import', text: exportJsonLd([gpu]) }, fromOptions);
    expect(ok).toMatchObject({ ok: true, value: { added: 1 } });
    const bad = await env.router.dispatch({ type: 'annotations-import', text: '{"nope": 1}' }, fromOptions);
    expect(bad).toMatchObject({ ok: false });
  });
});

describe('claim packs and the matcher', () => {
  const extra: ClaimPack = {
    meta: { name: 'Desk pack', version: '1', asOf: '2026-06-01' },
    reports: [{ id: 'desk-report', publisher: 'Desk', kind: 'news' }],
    claims: [
      {
        id: 'desk-lunar-datacenter',
        topic: 'orbital-compute',
        statement: 'SpaceX plans a lunar data center for Anthropic.',
        variants: ['SpaceX plans a lunar data center for Anthropic'],
        anchors: [['lunar'], ['anthropic', 'spacex']],
        appearances: [{ report: 'desk-report', quote: null, cites: [] }],
        status: 'single-source',
      },
    ],
    conflicts: [],
  };

  it('adds a pack, rebuilds the matcher with it, and removes it again', async () => {
    const sentence = 'SpaceX plans a lunar data center for Anthropic, the desk reported.';
    const suggest = async () => {
      const r = await env.router.dispatch({ type: 'annotation-suggest-claim', text: sentence }, fromTab());
      return r.ok ? ((r.value as { claimId: string } | null)?.claimId ?? null) : 'error';
    };
    expect(await suggest()).not.toBe('desk-lunar-datacenter');
    const added = await env.router.dispatch({ type: 'packs-add', text: JSON.stringify(extra) }, fromOptions);
    expect(added).toMatchObject({ ok: true, value: { added: { name: 'Desk pack', counts: { claims: 1 } } } });
    expect(await suggest()).toBe('desk-lunar-datacenter');
    await env.router.dispatch({ type: 'packs-remove', id: 'Desk pack' }, fromOptions);
    expect(await suggest()).not.toBe('desk-lunar-datacenter');
  });

  it('answers a bad pack with the path of each bad field and stores nothing', async () => {
    const bad = { ...extra, claims: [{ ...extra.claims[0], topic: 'moon' }] };
    const r = await env.router.dispatch({ type: 'packs-add', text: JSON.stringify(bad) }, fromOptions);
    expect(r.ok).toBe(true);
    if (r.ok) expect((r.value as { errors: string[] }).errors.join(' ')).toMatch(/claims\[0\]\.topic/);
    expect(await env.router.dispatch({ type: 'packs-list' }, fromOptions)).toEqual({ ok: true, value: [] });
  });
});

describe('menu, command and site access', () => {
  it('asks for a site outside the outlet list once tagging starts there, never for an outlet', async () => {
    env.handlers.menu!(TAG_MENU_ID, 5, 'https://example.org/post');
    env.handlers.command!(TAG_COMMAND, 5, 'https://www.cnbc.com/a');
    await new Promise((r) => setTimeout(r, 0));
    expect(env.requested).toEqual([['https://example.org/*']]);
    expect(env.sent.some((s) => (s.message as { type: string }).type === 'tag-selection')).toBe(true);
  });

  it('keeps the content script registered on granted sites', async () => {
    await new Promise((r) => setTimeout(r, 10));
    expect(env.registered.at(-1)).toEqual({ matches: ['https://example.org/*'] });
    expect(originPattern('https://sub.example.org/a?b')).toBe('https://sub.example.org/*');
    expect(originPattern('chrome://newtab')).toBeNull();
  });
});
