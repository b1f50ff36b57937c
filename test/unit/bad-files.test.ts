/**
 * Bad files: every malformed or malicious file from the corpus, fed through the real message path
 * the options page uses (router with sender and shape checks, then the tagging handlers and Dexie),
 * gets a message that names what is wrong, and leaves the database exactly as it was.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPack, DealLensDb, putAnnotation, setReviewer } from '../../src/background/db';
import { registerAnnotations } from '../../src/background/annotations';
import { createRouter } from '../../src/background/router';
import type { Engine } from '../../src/background/engine';
import type { BackgroundPlatform, Sender, TaggingPlatform } from '../../src/platform/types';
import { badFiles, validAnnotation, validPack, type BadFile, type ImportPath } from './bad-files-corpus';
import { makeAnnotation } from './annotations-fixtures';
import { makeBackup } from '../../src/core/annotations/backup';
import { exportJsonLd } from '../../src/core/annotations/export-jsonld';
import { fakeBackgroundPlatform, fakeTaggingPlatform } from './fake-platforms';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const fromOptions: Sender = { id: ID, url: `${ORIGIN}/src/options/index.html` };

const MESSAGE_TYPE: Record<ImportPath, string> = { annotations: 'annotations-import', backup: 'backup-restore', pack: 'packs-add' };

function platforms(): { platform: BackgroundPlatform; tagging: TaggingPlatform } {
  return { platform: fakeBackgroundPlatform(ID), tagging: fakeTaggingPlatform() };
}

const engine: Engine = { scan: () => ({ url: '', title: '', published: null, scannedAt: 0, matches: [], cards: {} }), reset: () => undefined, warm: () => undefined };

async function open(name: string) {
  const db = new DealLensDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  const router = createRouter(ID, ORIGIN);
  const { platform, tagging } = platforms();
  registerAnnotations(router, platform, tagging, engine, db);
  return { db, router };
}

/** Everything in the database, in a comparable form. */
async function snapshot(db: DealLensDb) {
  return {
    annotations: await db.annotations.orderBy('id').toArray(),
    claimPacks: await db.claimPacks.orderBy('id').toArray(),
    settings: await db.settings.orderBy('key').toArray(),
  };
}

/** Puts the snapshot back (only after a case already failed). */
async function restore(db: DealLensDb, snap: Awaited<ReturnType<typeof snapshot>>) {
  await db.transaction('rw', db.annotations, db.claimPacks, db.settings, async () => {
    await Promise.all([db.annotations.clear(), db.claimPacks.clear(), db.settings.clear()]);
    await db.annotations.bulkPut(snap.annotations);
    await db.claimPacks.bulkPut(snap.claimPacks);
    await db.settings.bulkPut(snap.settings);
  });
}

/** The message a user sees for a reply: the error, or a refused pack's list of problems. */
function messageOf(reply: unknown): string | null {
  const r = reply as { ok: boolean; error?: string; value?: { errors?: string[] } };
  if (!r.ok) return r.error ?? '';
  if (r.value && Array.isArray(r.value.errors)) return r.value.errors.join('; ');
  return null;
}

const corpus = badFiles();

describe('bad files', () => {
  let db: DealLensDb;
  let router: Awaited<ReturnType<typeof open>>['router'];
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    ({ db, router } = await open('bad-files'));
    // Data the user already has, which no bad file may touch.
    await putAnnotation(db, makeAnnotation('The NAACP has filed a lawsuit against SpaceX.', { verdict: 'misleading', tags: ['naacp'] }, { now: '2026-05-07T10:00:00Z' }));
    await putAnnotation(db, makeAnnotation('SpaceX has signed a data center agreement', { note: 'kept' }, { source: 'https://www.wired.com/story/x/', now: '2026-05-06T10:00:00Z' }));
    const added = await addPack(db, validPack('already-installed'));
    expect(added.ok).toBe(true);
    await setReviewer(db, { name: 'Desk', organisation: 'Newsroom' });
    before = await snapshot(db);
    expect(before.annotations).toHaveLength(2);
  });
  afterAll(() => db.close());

  it('the corpus holds at least 200 files, over all three imports', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    for (const path of ['annotations', 'backup', 'pack'] as ImportPath[]) expect(corpus.filter((c) => c.path === path).length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((c) => `${c.path} ${c.name}`)).size).toBe(corpus.length);
  });

  it('the undamaged file of each kind is accepted (so each case is refused for its damage)', async () => {
    const fresh = await open('bad-files-control');
    const send = (type: string, text: string) => fresh.router.dispatch({ type, text }, fromOptions);
    const annotations = exportJsonLd([validAnnotation()]);
    expect(messageOf(await send('annotations-import', annotations))).toBeNull();
    expect(messageOf(await send('packs-add', JSON.stringify(validPack())))).toBeNull();
    const backup = makeBackup({ annotations: [validAnnotation()], claimPacks: [validPack()], reviewer: { name: 'R', organisation: 'O' } });
    expect(messageOf(await send('backup-restore', backup))).toBeNull();
    expect(await fresh.db.annotations.count()).toBe(1);
    expect(await fresh.db.claimPacks.count()).toBe(1);
    fresh.db.close();
  });

  const byPath = (path: ImportPath) => corpus.filter((c) => c.path === path);
  for (const path of ['annotations', 'backup', 'pack'] as ImportPath[]) {
    it(`${MESSAGE_TYPE[path]}: every bad file gets a clear message and leaves the database unchanged`, async () => {
      const problems: string[] = [];
      const want = JSON.stringify(before);
      for (const c of byPath(path)) {
        const reply = await router.dispatch({ type: MESSAGE_TYPE[path], text: c.text }, fromOptions);
        const message = messageOf(reply);
        problems.push(...judge(c, message));
        if (JSON.stringify(await snapshot(db)) !== want) {
          problems.push(`${c.name}: the database changed`);
          await restore(db, before); // so the next case is judged on its own
        }
      }
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').toBeUndefined();
      expect(problems).toEqual([]);
    }, 120_000);
  }
});

/** What is wrong with the message for one case (empty when it is clear and the right one). */
function judge(c: BadFile, message: string | null): string[] {
  if (message === null) return [`${c.name}: accepted`];
  const out: string[] = [];
  if (!c.expect.test(message)) out.push(`${c.name}: message ${JSON.stringify(message.slice(0, 300))} does not match ${c.expect}`);
  if (message.length < 10) out.push(`${c.name}: message too short: ${JSON.stringify(message)}`);
  if (message.length > 2000) out.push(`${c.name}: message of ${message.length} characters`);
  if (/\[object Object\]|\bat [\w.]+ \(|TypeError|RangeError|Maximum call stack/.test(message)) out.push(`${c.name}: message leaks an internal error: ${message.slice(0, 200)}`);
  return out;
}
