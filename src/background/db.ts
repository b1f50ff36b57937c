/**
 * The extension's own database (IndexedDB through Dexie), written only by the background worker:
 * annotations, imported claim packs and a few settings. Every function takes the database, so tests
 * run it on a fresh in-memory IndexedDB.
 *
 * Schema history: version 1 stored each tag as one flat row keyed by id with the page URL as is.
 * Version 2 stores the W3C annotation itself plus the fields we look rows up by (normalised page
 * key, site, verdict, tags), and adds the claim-pack and settings tables. The upgrade rewrites every
 * version-1 row; none is lost.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { ClaimPack } from '../claims/types';
import type { Result } from '../core/result';
import { makeBackup, parseBackup } from '../core/annotations/backup';
import type { Reviewer } from '../core/annotations/export-claimreview';
import { planMerge, parseAnnotationFile, type ImportSummary } from '../core/annotations/import';
import {
  buildBodies,
  tagsOf,
  verdictOf,
  ANNO_CONTEXT,
  VERDICTS,
  type Annotation,
  type TagVerdict,
} from '../core/annotations/model';
import { squashSpace } from '../core/annotations/selectors';
import { canonicalUrl, pageKey, siteOf } from '../core/annotations/url-identity';
import { validatePack } from '../core/pack-validate';
import type { AnnotationFilter, PackSummary, StoredPack } from '../core/annotations/store-types';

export type { AnnotationFilter, PackSummary, StoredPack } from '../core/annotations/store-types';

export const DB_NAME = 'deal-lens';

/** Version 1's tables, kept so the upgrade path stays tested. */
export const V1_STORES = { annotations: 'id, url' } as const;
export const V2_STORES = {
  annotations: 'id, pageKey, site, verdict, *tags, created, modified',
  claimPacks: 'id, name',
  settings: 'key',
} as const;

/** A version-1 row: one tag, flat. */
export interface AnnotationRowV1 {
  id: string;
  url: string;
  title: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  verdict: string | null;
  tags: string[];
  note: string;
  claimId: string | null;
  created: string;
  modified: string;
}

/** A version-2 row: the annotation and the keys we look it up by. */
export interface AnnotationRow {
  id: string;
  pageKey: string;
  site: string;
  verdict: TagVerdict | 'none';
  /** Lower-cased, for the multi-entry index. */
  tags: string[];
  created: string;
  modified: string;
  annotation: Annotation;
}

interface SettingRow {
  key: string;
  value: unknown;
}

export class DealLensDb extends Dexie {
  annotations!: Table<AnnotationRow, string>;
  claimPacks!: Table<StoredPack, string>;
  settings!: Table<SettingRow, string>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareVersion1(this);
    this.version(2)
      .stores(V2_STORES)
      .upgrade(async (tx) => {
        const table = tx.table('annotations');
        const old = (await table.toArray()) as AnnotationRowV1[];
        await table.bulkPut(old.map((row) => toRow(fromV1(row))));
      });
  }
}

/** Declares version 1 on a Dexie instance (the real class and the upgrade test both use it). */
export function declareVersion1(db: Dexie): void {
  db.version(1).stores(V1_STORES);
}

/** Converts a version-1 flat row to a W3C annotation with the same id and times. */
export function fromV1(row: AnnotationRowV1): Annotation {
  const verdict = row.verdict && (VERDICTS as readonly string[]).includes(row.verdict) ? (row.verdict as TagVerdict) : null;
  const source = canonicalUrl(row.url);
  return {
    '@context': ANNO_CONTEXT,
    id: row.id,
    type: 'Annotation',
    motivation: verdict ? 'assessing' : row.note ? 'commenting' : row.tags?.length ? 'tagging' : 'highlighting',
    created: row.created,
    modified: row.modified || row.created,
    body: buildBodies({ verdict, tags: row.tags ?? [], note: row.note ?? '', claimId: row.claimId ?? null }),
    target: {
      source,
      title: row.title ?? '',
      selector: [
        { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix ?? '', suffix: row.suffix ?? '' },
        { type: 'TextPositionSelector', start: row.start, end: row.end },
      ],
    },
  };
}

function hostOf(url: string): string {
  try {
    return siteOf(new URL(url).hostname);
  } catch {
    return '';
  }
}

/** The row stored for an annotation. */
export function toRow(a: Annotation): AnnotationRow {
  return {
    id: a.id,
    pageKey: pageKey(a.target.source),
    site: hostOf(a.target.source),
    verdict: verdictOf(a) ?? 'none',
    tags: tagsOf(a).map((t) => t.toLowerCase()),
    created: a.created,
    modified: a.modified,
    annotation: a,
  };
}

let shared: DealLensDb | null = null;
/** The background worker's database, opened on first use. */
export function getDb(): DealLensDb {
  shared ??= new DealLensDb();
  return shared;
}

/**
 * Stores an annotation. Idempotent by id: a retried write changes nothing, and an older copy never
 * overwrites a newer one. Returns the stored version.
 */
export async function putAnnotation(db: DealLensDb, a: Annotation): Promise<Annotation> {
  return db.transaction('rw', db.annotations, async () => {
    const stored = await db.annotations.get(a.id);
    if (stored && stored.modified > a.modified) return stored.annotation;
    await db.annotations.put(toRow(a));
    return a;
  });
}

export async function getAnnotation(db: DealLensDb, id: string): Promise<Annotation | null> {
  return (await db.annotations.get(id))?.annotation ?? null;
}

/** The annotations of one page (any variant of its URL), oldest first. */
export async function listByPage(db: DealLensDb, url: string): Promise<Annotation[]> {
  const rows = await db.annotations.where('pageKey').equals(pageKey(url)).sortBy('created');
  return rows.map((r) => r.annotation);
}

/** Every annotation matching the filter, newest first. */
export async function listAll(db: DealLensDb, filter: AnnotationFilter = {}): Promise<Annotation[]> {
  let rows: AnnotationRow[];
  if (filter.tag) rows = await db.annotations.where('tags').equals(filter.tag.trim().toLowerCase()).toArray();
  else if (filter.site) rows = await db.annotations.where('site').equals(filter.site.toLowerCase()).toArray();
  else if (filter.verdict) rows = await db.annotations.where('verdict').equals(filter.verdict).toArray();
  else rows = await db.annotations.toArray();
  const words = squashSpace(filter.text ?? '').toLowerCase().split(' ').filter(Boolean);
  const out = rows.filter((r) => {
    if (filter.verdict && r.verdict !== filter.verdict) return false;
    if (filter.site && r.site !== filter.site.toLowerCase()) return false;
    if (filter.tag && !r.tags.includes(filter.tag.trim().toLowerCase())) return false;
    if (words.length) {
      const a = r.annotation;
      const hay = [a.target.selector[0].exact, a.target.title, a.target.source, ...a.body.map((b) => ('value' in b ? b.value : b.source))]
        .join(' ')
        .toLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
  out.sort((x, y) => (x.created < y.created ? 1 : x.created > y.created ? -1 : 0));
  return out.map((r) => r.annotation);
}

/** Tags used before, most used first, each spelled as it was first used: the dialog's completion list. */
export async function tagsUsed(db: DealLensDb): Promise<string[]> {
  const counts = new Map<string, { tag: string; n: number }>();
  await db.annotations.orderBy('created').each((r) => {
    for (const tag of tagsOf(r.annotation)) {
      const key = tag.toLowerCase();
      const c = counts.get(key);
      if (c) c.n++;
      else counts.set(key, { tag, n: 1 });
    }
  });
  return [...counts.values()].sort((a, b) => b.n - a.n || a.tag.localeCompare(b.tag)).map((c) => c.tag);
}

/** Sites that have annotations (for the filter's choices). */
export async function sitesUsed(db: DealLensDb): Promise<string[]> {
  return (await db.annotations.orderBy('site').uniqueKeys()).map(String);
}

/** Deletes one annotation; true when it existed. */
export async function deleteAnnotation(db: DealLensDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.annotations, async () => {
    const had = (await db.annotations.get(id)) !== undefined;
    await db.annotations.delete(id);
    return had;
  });
}

/**
 * Imports an annotation file (our JSON-LD or a Hypothesis export) in one transaction. A file that
 * fails validation changes nothing; otherwise the summary says what was added, updated and skipped.
 */
export async function importAnnotations(db: DealLensDb, text: string): Promise<Result<ImportSummary>> {
  const parsed = parseAnnotationFile(text);
  if (!parsed.ok) return parsed;
  return db.transaction('rw', db.annotations, async () => {
    const existing = (await db.annotations.toArray()).map((r) => r.annotation);
    const plan = planMerge(existing, parsed.value);
    await db.annotations.bulkPut(plan.toPut.map(toRow));
    return { ok: true as const, value: plan.summary };
  });
}

function summarise(p: StoredPack): PackSummary {
  const { pack: _pack, ...summary } = p;
  return summary;
}

/** The stored row of a validated pack: one row per pack name, with its counts for the options list. */
function storedPack(pack: ClaimPack, now: Date): StoredPack {
  return {
    id: pack.meta.name,
    name: pack.meta.name,
    version: pack.meta.version,
    asOf: pack.meta.asOf,
    addedAt: now.toISOString(),
    counts: { claims: pack.claims.length, reports: pack.reports.length, conflicts: pack.conflicts.length },
    pack,
  };
}

/** Validates and stores a claim pack; a bad pack changes nothing and every problem is listed. */
export async function addPack(db: DealLensDb, value: unknown, now: Date = new Date()): Promise<{ ok: true; value: PackSummary & { replaced: boolean } } | { ok: false; errors: string[] }> {
  const checked = validatePack(value);
  if (!checked.ok) return checked;
  const pack = checked.value;
  const stored = storedPack(pack, now);
  const replaced = await db.transaction('rw', db.claimPacks, async () => {
    const had = (await db.claimPacks.get(stored.id)) !== undefined;
    await db.claimPacks.put(stored);
    return had;
  });
  return { ok: true, value: { ...summarise(stored), replaced } };
}

/** Imported packs without their contents, by name. */
export async function listPacks(db: DealLensDb): Promise<PackSummary[]> {
  return (await db.claimPacks.orderBy('name').toArray()).map(summarise);
}

/** Imported packs in full, for building the matcher. */
export async function loadPacks(db: DealLensDb): Promise<ClaimPack[]> {
  return (await db.claimPacks.orderBy('name').toArray()).map((p) => p.pack);
}

export async function removePack(db: DealLensDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.claimPacks, async () => {
    const had = (await db.claimPacks.get(id)) !== undefined;
    await db.claimPacks.delete(id);
    return had;
  });
}

/** The ClaimReview reviewer, or null before one is set. */
export async function getReviewer(db: DealLensDb): Promise<Reviewer | null> {
  const row = await db.settings.get('reviewer');
  return (row?.value as Reviewer | undefined) ?? null;
}

export async function setReviewer(db: DealLensDb, reviewer: Reviewer): Promise<void> {
  const clean: Reviewer = { name: reviewer.name.trim().slice(0, 200), organisation: reviewer.organisation.trim().slice(0, 200) };
  if (reviewer.url?.trim()) clean.url = reviewer.url.trim().slice(0, 2000);
  await db.settings.put({ key: 'reviewer', value: clean });
}

/** Everything in one file: annotations, imported packs, reviewer. */
export async function exportBackup(db: DealLensDb, now: Date = new Date()): Promise<string> {
  return db.transaction('r', db.annotations, db.claimPacks, db.settings, async () =>
    makeBackup(
      {
        annotations: (await db.annotations.orderBy('created').toArray()).map((r) => r.annotation),
        claimPacks: await loadPacks(db),
        reviewer: await getReviewer(db),
      },
      now,
    ),
  );
}

/**
 * Replaces all data with a backup's. The whole file is validated first; an invalid file changes
 * nothing, and the replacement is one transaction.
 */
export async function restoreBackup(db: DealLensDb, text: string, now: Date = new Date()): Promise<Result<{ annotations: number; packs: number }>> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const { annotations, claimPacks, reviewer } = parsed.value;
  await db.transaction('rw', db.annotations, db.claimPacks, db.settings, async () => {
    await Promise.all([db.annotations.clear(), db.claimPacks.clear(), db.settings.clear()]);
    await db.annotations.bulkPut(annotations.map(toRow));
    await db.claimPacks.bulkPut(claimPacks.map((pack) => storedPack(pack, now)));
    if (reviewer) await db.settings.put({ key: 'reviewer', value: reviewer });
  });
  return { ok: true, value: { annotations: annotations.length, packs: claimPacks.length } };
}

/** Removes every annotation, imported pack and setting. */
export async function deleteAllData(db: DealLensDb): Promise<void> {
  await db.transaction('rw', db.annotations, db.claimPacks, db.settings, async () => {
    await Promise.all([db.annotations.clear(), db.claimPacks.clear(), db.settings.clear()]);
  });
}
