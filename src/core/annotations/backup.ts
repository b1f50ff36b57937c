/**
 * One file holding everything the user made: annotations, imported claim packs and the reviewer.
 * Restoring checks the whole file first (annotations like an import, packs with the pack
 * validator), so a damaged backup is refused before anything is replaced.
 */
import type { ClaimPack } from '../../claims/types.ts';
import { validatePack } from '../pack-validate.ts';
import type { Result } from '../result.ts';
import type { Reviewer } from './export-claimreview.ts';
import { parseAnnotationFile } from './import.ts';
import { isRecord, parseJsonGuarded } from './json-guard.ts';
import type { Annotation } from './model.ts';

export const BACKUP_FORMAT = 'deal-lens-backup';
export const BACKUP_VERSION = 1;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  annotations: Annotation[];
  claimPacks: ClaimPack[];
  reviewer: Reviewer | null;
}

/** What a valid backup restores. */
export interface BackupContents {
  annotations: Annotation[];
  claimPacks: ClaimPack[];
  reviewer: Reviewer | null;
}

/** The backup file's text. */
export function makeBackup(contents: BackupContents, now: Date = new Date()): string {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    annotations: contents.annotations,
    claimPacks: contents.claimPacks,
    reviewer: contents.reviewer,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Validates a backup file; every annotation and every pack must pass, or nothing is restored. */
export function parseBackup(text: string): Result<BackupContents> {
  // Our own backups never hold prototype-reaching keys; a file that does is refused, not cleaned.
  const parsed = parseJsonGuarded(text, undefined, 'reject');
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  if (!isRecord(v) || v.format !== BACKUP_FORMAT) return { ok: false, error: 'not a Deal Lens backup file (format is not "deal-lens-backup")' };
  if (v.version !== BACKUP_VERSION) return { ok: false, error: `backup version ${String(v.version)} is not supported (expected ${BACKUP_VERSION})` };
  if (!Array.isArray(v.annotations)) return { ok: false, error: 'annotations: must be a list' };
  if (!Array.isArray(v.claimPacks)) return { ok: false, error: 'claimPacks: must be a list' };
  const annos = parseAnnotationFile(JSON.stringify(v.annotations));
  if (!annos.ok) return { ok: false, error: `annotations${annos.error.replace(/^nothing was imported: /, ': ')}` };
  const packs: ClaimPack[] = [];
  for (let i = 0; i < v.claimPacks.length; i++) {
    const res = validatePack(v.claimPacks[i]);
    if (!res.ok) return { ok: false, error: `claimPacks[${i}]: ${res.errors.slice(0, 5).join('; ')}` };
    packs.push(res.value);
  }
  let reviewer: Reviewer | null = null;
  if (isRecord(v.reviewer) && typeof v.reviewer.name === 'string' && typeof v.reviewer.organisation === 'string') {
    reviewer = { name: v.reviewer.name.slice(0, 200), organisation: v.reviewer.organisation.slice(0, 200) };
    if (typeof v.reviewer.url === 'string') reviewer.url = v.reviewer.url.slice(0, 2000);
  }
  return { ok: true, value: { annotations: annos.value.annotations, claimPacks: packs, reviewer } };
}
