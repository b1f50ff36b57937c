/**
 * Hostile messages against the whole background (reader and tagging handlers on one router):
 * only this extension's own contexts are heard, a content script (which runs inside someone
 * else's page) cannot reach the options page's powers, and every malformed message of every type
 * is answered with a reason, never a crash, and changes no stored data.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAnnotations } from '../../src/background/annotations';
import { loadBundledPack } from '../../src/background/bundled-pack';
import { addPack, DealLensDb, putAnnotation } from '../../src/background/db';
import { createEngine } from '../../src/background/engine';
import { registerReader } from '../../src/background/reader';
import { createRouter, type Router } from '../../src/background/router';
import { createTabStore } from '../../src/background/tab-store';
import { isResult } from '../../src/core/result';
import { requestChecks } from '../../src/messages';
import type { BackgroundPlatform, KeyValueArea, Sender, TaggingPlatform } from '../../src/platform/types';
import { makeAnnotation } from './annotations-fixtures';
import { validPack } from './bad-files-corpus';
import { fakeBackgroundPlatform, fakeTaggingPlatform } from './fake-platforms';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const PAGE = 'https://www.cnbc.com/2026/05/06/anthropic-spacex.html';

const SENDERS: Record<string, Sender> = {
  options: { id: ID, url: `${ORIGIN}/src/options/index.html` },
  content: { id: ID, url: PAGE, tab: { id: 7, url: PAGE }, frameId: 0 },
  otherExtension: { id: 'zzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzz/page.html' },
  webPage: { url: 'https://evil.example/', tab: { id: 9, url: 'https://evil.example/' } },
  noSender: {},
};

/** Types only the extension's own pages may send: a page's content script must never reach them. */
const PAGE_ONLY = [
  'get-tab-result', 'scan-tab', 'show-on-page', 'get-site-state', 'set-paused', 'page-tags', 'annotations-list', 'annotations-import',
  'backup-export', 'backup-restore', 'data-delete-all', 'reviewer-get', 'reviewer-set', 'packs-list', 'packs-add', 'packs-remove',
];

function memoryArea(): KeyValueArea {
  const data = new Map<string, unknown>();
  return {
    get: async (k) => structuredClone(data.get(k)),
    set: async (k, v) => void data.set(k, structuredClone(v)),
    remove: async (k) => void data.delete(k),
  };
}

const platform: BackgroundPlatform = fakeBackgroundPlatform(ID, {
  contentScriptFile: () => 'src/content/index.js',
  local: memoryArea(),
  session: memoryArea(),
  getTabUrl: async () => PAGE,
  sendToTab: async () => ({ ok: true, value: null }),
});
const tagging: TaggingPlatform = fakeTaggingPlatform();

/** Field values no handler expects. */
const JUNK: unknown[] = [null, undefined, 42, -1, 1.5, NaN, true, '', 'x'.repeat(100_000), [], [1, 2], {}, { __proto__: { polluted: true } }, '<script>alert(1)</script>'];
const FIELDS = ['tabId', 'index', 'host', 'paused', 'url', 'title', 'published', 'sentences', 'annotation', 'id', 'text', 'filter', 'reviewer', 'canonical'];

let router: Router;
let db: DealLensDb;

async function snapshot() {
  return JSON.stringify({
    a: await db.annotations.orderBy('id').toArray(),
    p: await db.claimPacks.orderBy('id').toArray(),
    s: await db.settings.orderBy('key').toArray(),
    settings: await platform.local.get('settings'),
  });
}

beforeAll(async () => {
  db = new DealLensDb('hostile-messages', { indexedDB: new IDBFactory(), IDBKeyRange });
  router = createRouter(ID, ORIGIN);
  const engine = createEngine(() => [loadBundledPack()]);
  registerReader(router, platform, engine, createTabStore(platform.session));
  registerAnnotations(router, platform, tagging, engine, db);
  await putAnnotation(db, makeAnnotation('The NAACP has filed a lawsuit against SpaceX.', { verdict: 'misleading' }));
  expect((await addPack(db, validPack('installed'))).ok).toBe(true);
});

const types = () => Object.keys(requestChecks);

describe('hostile messages', () => {
  it('covers every message type the background answers', () => {
    expect(types().length).toBeGreaterThanOrEqual(20);
    for (const t of types()) expect(router.has(t), t).toBe(true);
  });

  it('refuses every type from other extensions, web pages and unnamed senders', async () => {
    for (const who of ['otherExtension', 'webPage', 'noSender'] as const) {
      for (const type of types()) {
        const reply = await router.dispatch({ type, tabId: 7, text: '{}', id: 'x', host: 'x', paused: true, filter: {} }, SENDERS[who]);
        expect(reply, `${type} from ${who}`).toEqual({ ok: false, error: 'message from outside this extension' });
      }
    }
  });

  it('a content script (inside someone else’s page) cannot use what only the extension’s own pages may', async () => {
    const before = await snapshot();
    for (const type of PAGE_ONLY) {
      const reply = await router.dispatch({ type, tabId: 7, index: 0, host: 'cnbc.com', paused: true, text: '{}', id: 'installed', filter: {}, reviewer: { name: 'a', organisation: 'b' } }, SENDERS.content);
      expect(reply.ok, `${type} from a content script`).toBe(false);
    }
    expect(await snapshot(), 'nothing changed (not even data-delete-all)').toBe(before);
  });

  it('a content script cannot save a tag on another site', async () => {
    const elsewhere = makeAnnotation('over 200,000 Nvidia GPUs', {}, { source: 'https://www.wired.com/story/x/' });
    const reply = await router.dispatch({ type: 'annotation-save', annotation: elsewhere }, SENDERS.content);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/its own site/) });
  });

  it('every malformed message of every type is answered with a reason, never a throw, and changes nothing', async () => {
    const before = await snapshot();
    const problems: string[] = [];
    let sent = 0;
    for (const type of types()) {
      const shapes: unknown[] = [{ type }, { type, extra: 1 }];
      for (const field of FIELDS) for (const junk of JUNK) shapes.push({ type, [field]: junk });
      for (const shape of shapes) {
        for (const who of ['options', 'content'] as const) {
          // "Delete all data" has no fields: from the options page any shape of it is a real request.
          if (type === 'data-delete-all' && who === 'options') continue;
          sent++;
          let reply: unknown;
          try {
            reply = await router.dispatch(shape, SENDERS[who]);
          } catch (e) {
            problems.push(`${type} from ${who} threw ${String(e)}`);
            continue;
          }
          if (!isResult(reply)) problems.push(`${type} from ${who}: not a Result`);
          else if (!reply.ok && (typeof reply.error !== 'string' || reply.error.length < 5)) problems.push(`${type} from ${who}: no reason`);
        }
      }
    }
    // Malformed at the top level.
    for (const m of [null, undefined, 42, 'scan', [], [{ type: 'scan' }], { type: 42 }, { type: '__proto__' }, { type: 'constructor' }, { type: 'toString' }]) {
      const reply = await router.dispatch(m, SENDERS.options);
      if (!isResult(reply) || reply.ok) problems.push(`${JSON.stringify(m)} was accepted`);
    }
    expect(sent).toBeGreaterThan(5000);
    expect(problems).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshot(), 'no malformed message changed stored data').toBe(before);
  }, 60_000);
});
