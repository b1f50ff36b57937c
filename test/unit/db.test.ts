import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addPack,
  DealLensDb,
  declareVersion1,
  deleteAllData,
  deleteAnnotation,
  exportBackup,
  getAnnotation,
  getReviewer,
  importAnnotations,
  listAll,
  listByPage,
  listPacks,
  loadPacks,
  putAnnotation,
  removePack,
  restoreBackup,
  setReviewer,
  tagsUsed,
  type AnnotationRowV1,
} from '../../src/background/db';
import type { ClaimPack } from '../../src/claims/types';
import { exportJsonLd } from '../../src/core/annotations/export-jsonld';
import { fieldsOf, updateAnnotation } from '../../src/core/annotations/model';
import { makeAnnotation } from './annotations-fixtures';

let idb: IDBFactory;
let db: DealLensDb;

beforeEach(() => {
  idb = new IDBFactory();
  db = new DealLensDb('deal-lens-test', { indexedDB: idb, IDBKeyRange });
});

const cnbc = 'https://www.cnbc.com/2026/05/06/anthropic-spacex.html';
const gpu = makeAnnotation('over 200,000 Nvidia GPUs', { verdict: 'inaccurate', tags: ['GPU-count'], note: 'Anthropic says over 220,000.' }, { now: '2026-05-07T09:00:00Z' });
const naacp = makeAnnotation('The NAACP has filed a lawsuit against SpaceX.', { verdict: 'misleading', tags: ['gpu-count', 'naacp'] }, { now: '2026-05-07T10:00:00Z' });
const wired = makeAnnotation('SpaceX has signed a data center agreement', { tags: ['agreement'], note: 'Matches the press release' }, { source: 'https://www.wired.com/story/x/', title: 'WIRED', now: '2026-05-06T10:00:00Z' });

function pack(name: string): ClaimPack {
  return {
    meta: { name, version: '1.0.0', asOf: '2026-06-01' },
    reports: [{ id: 'rep-a', publisher: 'Example News', kind: 'news' }],
    claims: [
      {
        id: 'claim-a',
        topic: 'gpu-count',
        statement: 'SpaceX provides over 220,000 GPUs.',
        variants: ['over 220,000 GPUs'],
        anchors: [['gpu', 'gpus']],
        appearances: [{ report: 'rep-a', quote: null, cites: [] }],
        status: 'single-source',
      },
    ],
    conflicts: [],
  };
}

describe('annotations', () => {
  it('stores by id idempotently: a retried write leaves one row', async () => {
    await putAnnotation(db, gpu);
    await putAnnotation(db, gpu);
    await putAnnotation(db, structuredClone(gpu));
    expect(await db.annotations.count()).toBe(1);
    expect(await getAnnotation(db, gpu.id)).toEqual(gpu);
  });

  it('never lets an older copy overwrite a newer edit', async () => {
    const edited = updateAnnotation(gpu, { ...fieldsOf(gpu), note: 'second thoughts' }, new Date('2026-05-08T00:00:00Z'));
    await putAnnotation(db, edited);
    expect(await putAnnotation(db, gpu)).toEqual(edited);
    expect((await getAnnotation(db, gpu.id))?.modified).toBe(edited.modified);
  });

  it('lists a page by any variant of its URL', async () => {
    await Promise.all([putAnnotation(db, gpu), putAnnotation(db, naacp), putAnnotation(db, wired)]);
    const ids = (await listByPage(db, `${cnbc.replace('www.', 'm.')}?utm_source=x#top`)).map((a) => a.id);
    expect(ids).toEqual([gpu.id, naacp.id]);
    expect(await listByPage(db, 'https://www.cnbc.com/other.html')).toEqual([]);
  });

  it('filters by verdict, tag, site and text, newest first', async () => {
    await Promise.all([putAnnotation(db, gpu), putAnnotation(db, naacp), putAnnotation(db, wired)]);
    const ids = async (f: Parameters<typeof listAll>[1]) => (await listAll(db, f)).map((a) => a.id);
    expect(await ids({})).toEqual([naacp.id, gpu.id, wired.id]);
    expect(await ids({ verdict: 'inaccurate' })).toEqual([gpu.id]);
    expect(await ids({ verdict: 'none' })).toEqual([wired.id]);
    expect(await ids({ tag: 'gpu-count' })).toEqual([naacp.id, gpu.id]);
    expect(await ids({ site: 'wired.com' })).toEqual([wired.id]);
    expect(await ids({ text: 'press RELEASE' })).toEqual([wired.id]);
    expect(await ids({ text: '220,000' })).toEqual([gpu.id]);
    expect(await ids({ tag: 'gpu-count', verdict: 'misleading', site: 'cnbc.com' })).toEqual([naacp.id]);
  });

  it('offers tags used before, most used first', async () => {
    await Promise.all([putAnnotation(db, gpu), putAnnotation(db, naacp), putAnnotation(db, wired)]);
    expect(await tagsUsed(db)).toEqual(['GPU-count', 'agreement', 'naacp']);
  });

  it('deletes one annotation', async () => {
    await Promise.all([putAnnotation(db, gpu), putAnnotation(db, naacp)]);
    expect(await deleteAnnotation(db, gpu.id)).toBe(true);
    expect(await deleteAnnotation(db, gpu.id)).toBe(false);
    expect((await listAll(db)).map((a) => a.id)).toEqual([naacp.id]);
  });
});

describe('import', () => {
  it('merges an exported file into another profile without duplicates, with a summary', async () => {
    const file = exportJsonLd([gpu, naacp, wired]);
    await putAnnotation(db, gpu);
    const r = await importAnnotations(db, file);
    expect(r).toMatchObject({ ok: true, value: { added: 2, updated: 0 } });
    if (r.ok) expect(r.value.skipped).toHaveLength(1);
    expect(await db.annotations.count()).toBe(3);
    const again = await importAnnotations(db, file);
    expect(again).toMatchObject({ ok: true, value: { added: 0 } });
    expect(await db.annotations.count()).toBe(3);
  });

  it('changes nothing when the file is bad', async () => {
    await putAnnotation(db, gpu);
    const bad = JSON.stringify([naacp, { ...wired, target: { source: 'ftp://x', selector: [] } }]);
    const r = await importAnnotations(db, bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/\[1\]\.target/);
    expect((await listAll(db)).map((a) => a.id)).toEqual([gpu.id]);
  });
});

describe('claim packs', () => {
  it('adds, lists with counts and as-of date, replaces by name, and removes', async () => {
    const added = await addPack(db, pack('Local desk pack'), new Date('2026-06-02T00:00:00Z'));
    expect(added).toMatchObject({ ok: true, value: { name: 'Local desk pack', replaced: false, counts: { claims: 1, reports: 1, conflicts: 0 }, asOf: '2026-06-01' } });
    expect((await addPack(db, pack('Local desk pack'))).ok && true).toBe(true);
    await addPack(db, pack('Another pack'));
    expect((await listPacks(db)).map((p) => p.name)).toEqual(['Another pack', 'Local desk pack']);
    expect((await loadPacks(db))[0].claims[0].id).toBe('claim-a');
    expect(await removePack(db, 'Another pack')).toBe(true);
    expect((await listPacks(db)).map((p) => p.name)).toEqual(['Local desk pack']);
  });

  it('refuses an invalid pack with the path of each bad field, and stores nothing', async () => {
    const bad = pack('Broken') as unknown as { claims: Array<Record<string, unknown>> };
    bad.claims[0].topic = 'weather';
    const r = await addPack(db, bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/claims\[0\]\.topic/);
    expect(await listPacks(db)).toEqual([]);
  });
});

describe('backup, restore and delete all', () => {
  it('restores everything from one file into an empty profile', async () => {
    await Promise.all([putAnnotation(db, gpu), putAnnotation(db, wired), addPack(db, pack('Desk pack'))]);
    await setReviewer(db, { name: 'Ada Checker', organisation: 'Example Fact Desk' });
    const file = await exportBackup(db);

    const other = new DealLensDb('deal-lens-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    await putAnnotation(other, naacp);
    const r = await restoreBackup(other, file);
    expect(r).toEqual({ ok: true, value: { annotations: 2, packs: 1 } });
    expect((await listAll(other)).map((a) => a.id).sort()).toEqual([gpu.id, wired.id].sort());
    expect((await listPacks(other)).map((p) => p.name)).toEqual(['Desk pack']);
    expect(await getReviewer(other)).toEqual({ name: 'Ada Checker', organisation: 'Example Fact Desk' });
  });

  it('leaves the data alone when the backup is damaged', async () => {
    await putAnnotation(db, gpu);
    const file = JSON.parse(await exportBackup(db));
    file.annotations[0].target.selector = [];
    const r = await restoreBackup(db, JSON.stringify(file));
    expect(r.ok).toBe(false);
    expect(await db.annotations.count()).toBe(1);
  });

  it('deletes all data', async () => {
    await Promise.all([putAnnotation(db, gpu), addPack(db, pack('Desk pack')), setReviewer(db, { name: 'A', organisation: 'B' })]);
    await deleteAllData(db);
    expect(await db.annotations.count()).toBe(0);
    expect(await listPacks(db)).toEqual([]);
    expect(await getReviewer(db)).toBeNull();
  });
});

describe('schema upgrade from version 1', () => {
  it('finds every row written through version 1 after opening version 2', async () => {
    const v1 = new Dexie('deal-lens-test', { indexedDB: idb, IDBKeyRange });
    declareVersion1(v1);
    const rows: AnnotationRowV1[] = Array.from({ length: 25 }, (_, i) => ({
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      url: i % 2 ? `${cnbc}?utm_source=feed` : 'https://amp.wired.com/story/x/amp',
      title: `Story ${i}`,
      exact: `passage number ${i}`,
      prefix: 'before ',
      suffix: ' after',
      start: 100 + i,
      end: 117 + i,
      verdict: i % 3 === 0 ? 'inaccurate' : null,
      tags: i % 5 === 0 ? ['old-tag'] : [],
      note: i % 4 === 0 ? `note ${i}` : '',
      claimId: null,
      created: `2026-05-0${1 + (i % 8)}T00:00:00.000Z`,
      modified: `2026-05-0${1 + (i % 8)}T00:00:00.000Z`,
    }));
    await v1.table('annotations').bulkAdd(rows);
    v1.close();

    const all = await listAll(db);
    expect(all).toHaveLength(25);
    for (const row of rows) {
      const a = await getAnnotation(db, row.id);
      expect(a, row.id).not.toBeNull();
      expect(a!.target.selector[0]).toEqual({ type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix });
      expect(a!.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: row.start, end: row.end });
      expect(fieldsOf(a!)).toEqual({ verdict: row.verdict, tags: row.tags, note: row.note, claimId: null });
      expect(a!.created).toBe(row.created);
    }
    // Version 2's indexes work on upgraded rows: tracked and AMP URLs file under the plain article.
    expect(await listByPage(db, cnbc)).toHaveLength(12);
    expect(await listByPage(db, 'https://www.wired.com/story/x/')).toHaveLength(13);
    expect(await listAll(db, { verdict: 'inaccurate' })).toHaveLength(9);
    expect(db.verno).toBe(2);
  });
});
