/**
 * A full disk or an exhausted storage quota: every write path of the database (a tag saved from the
 * page, an import, a backup restore, a claim pack) answers with a message that says so, and
 * nothing already saved is lost, not even by a restore that had begun replacing everything.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPack, DealLensDb, putAnnotation, setReviewer } from '../../src/background/db';
import { registerAnnotations } from '../../src/background/annotations';
import { createRouter } from '../../src/background/router';
import type { Engine } from '../../src/background/engine';
import { makeBackup } from '../../src/core/annotations/backup';
import { exportJsonLd } from '../../src/core/annotations/export-jsonld';
import type { BackgroundPlatform, Sender, TaggingPlatform } from '../../src/platform/types';
import { makeAnnotation } from './annotations-fixtures';
import { validPack } from './bad-files-corpus';
import { fakeBackgroundPlatform, fakeTaggingPlatform } from './fake-platforms';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const fromOptions: Sender = { id: ID, url: `${ORIGIN}/src/options/index.html` };
const PAGE = 'https://www.cnbc.com/2026/05/06/anthropic-spacex.html';
const fromPage: Sender = { id: ID, url: PAGE, tab: { id: 7, url: PAGE }, frameId: 0 };

const platform: BackgroundPlatform = fakeBackgroundPlatform(ID);
const tagging: TaggingPlatform = fakeTaggingPlatform();
const engine: Engine = { scan: () => ({ url: '', title: '', published: null, scannedAt: 0, matches: [], cards: {} }), reset: () => undefined, warm: () => undefined };

const kept = [
  makeAnnotation('The NAACP has filed a lawsuit against SpaceX.', { verdict: 'misleading', tags: ['naacp'] }, { now: '2026-05-07T10:00:00Z' }),
  makeAnnotation('SpaceX has signed a data center agreement', { note: 'kept' }, { now: '2026-05-06T10:00:00Z' }),
];
const fresh = makeAnnotation('over 200,000 Nvidia GPUs', { verdict: 'inaccurate' }, { now: '2026-05-08T10:00:00Z' });

let db: DealLensDb;
let full = false;
let router: ReturnType<typeof createRouter>;

/** A database whose writes fail as a full disk makes them fail, while `full` is set. */
function openDb(): DealLensDb {
  const d = new DealLensDb('quota-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  d.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) => {
            // A put or add fails; deletes and clears go through (they free space), as in a browser.
            if (full && (req.type === 'put' || req.type === 'add')) {
              return Promise.reject(new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError'));
            }
            return t.mutate(req);
          },
        };
      },
    }),
  });
  return d;
}

async function rows() {
  return {
    annotations: (await db.annotations.orderBy('id').toArray()).map((r) => r.annotation),
    packs: (await db.claimPacks.toArray()).map((p) => p.id),
    settings: await db.settings.toArray(),
  };
}

beforeEach(async () => {
  full = false;
  db = openDb();
  for (const a of kept) await putAnnotation(db, a);
  expect((await addPack(db, validPack('installed'))).ok).toBe(true);
  await setReviewer(db, { name: 'Desk', organisation: 'Newsroom' });
  router = createRouter(ID, ORIGIN);
  registerAnnotations(router, platform, tagging, engine, db);
  full = true;
});
afterEach(() => db.close());

const QUOTA = /no room left.*storage.*nothing (was|has been) (saved|changed)/i;

describe('storage full', () => {
  it('saving a tag from the page: the page is told the storage is full, and earlier tags are still there', async () => {
    const before = await rows();
    const reply = await router.dispatch({ type: 'annotation-save', annotation: fresh }, fromPage);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(QUOTA);
    expect(await rows()).toEqual(before);
    // Once there is room again, the same save works.
    full = false;
    expect((await router.dispatch({ type: 'annotation-save', annotation: fresh }, fromPage)).ok).toBe(true);
    expect(await db.annotations.count()).toBe(3);
  });

  it('importing a file: refused with the storage message, nothing half-imported', async () => {
    const before = await rows();
    const reply = await router.dispatch({ type: 'annotations-import', text: exportJsonLd([fresh]) }, fromOptions);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(QUOTA);
    expect(await rows()).toEqual(before);
  });

  it('restoring a backup: the restore had already cleared the tables, yet every saved row survives', async () => {
    const before = await rows();
    const backup = makeBackup({ annotations: [fresh], claimPacks: [validPack('from-backup')], reviewer: null });
    const reply = await router.dispatch({ type: 'backup-restore', text: backup }, fromOptions);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(QUOTA);
    expect(await rows()).toEqual(before);
  });

  it('adding a claim pack: the options page gets the storage message, installed packs stay', async () => {
    const before = await rows();
    const reply = await router.dispatch({ type: 'packs-add', text: JSON.stringify(validPack('another')) }, fromOptions);
    const message = reply.ok ? ((reply.value as { errors?: string[] }).errors ?? []).join('; ') : reply.error;
    expect(message).toMatch(QUOTA);
    expect(await rows()).toEqual(before);
  });

  it('setting the reviewer: the storage message, and the old reviewer kept', async () => {
    const before = await rows();
    const reply = await router.dispatch({ type: 'reviewer-set', reviewer: { name: 'New', organisation: 'Org' } }, fromOptions);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(QUOTA);
    expect(await rows()).toEqual(before);
  });
});

describe('session storage full', () => {
  it('a page scan still gets its result when the tab result cannot be stored', async () => {
    const { createTabStore } = await import('../../src/background/tab-store');
    const session = {
      get: async () => undefined,
      set: async () => {
        throw new DOMException('Session storage quota bytes exceeded.', 'QuotaExceededError');
      },
      remove: async () => undefined,
    };
    const store = createTabStore(session);
    const result = { url: PAGE, title: 'T', published: null, scannedAt: 1, matches: [], cards: {} };
    await expect(store.set(3, result)).resolves.toBeUndefined();
    expect(await store.get(3)).toEqual(result);
  });
});
