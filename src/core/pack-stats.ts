/**
 * Counts over a claim pack: what the closing note of the database issue reports, what the options
 * page shows beside an imported pack, and what `npm run pack:stats` prints. Pure counting, no I/O.
 */
import { CONFLICT_KINDS, STATUSES, TOPICS, type ClaimPack, type ConflictKind, type ClaimStatus, type Topic } from '../claims/types.ts';

/** Appearance counts for one report. */
export interface ReportCount {
  id: string;
  publisher: string;
  /** True for the seed reports (they carry a seed file name). */
  seed: boolean;
  /** Appearances naming this report (one per place it states a claim). */
  appearances: number;
  /** Distinct claims it states. */
  claims: number;
  /** Appearances elsewhere that cite this report for a claim (how often it is someone's source). */
  citedBy: number;
}

/** Every figure the stats command prints; maps list every known key, zeros included. */
export interface PackStats {
  name: string;
  version: string;
  asOf: string;
  reports: number;
  claims: number;
  conflicts: number;
  appearances: number;
  /** Appearances with a verbatim quote (the rest are reports known only by reference). */
  quoted: number;
  lessPrecise: number;
  byTopic: Record<Topic, number>;
  byStatus: Record<ClaimStatus, number>;
  conflictsByKind: Record<ConflictKind, number>;
  /** Conflict groups still without a preferred version. */
  unresolvedConflicts: number;
  /** Claims with no appearance at all (kept only to flag a version no report states). */
  claimsWithoutAppearances: string[];
  /** Per report, seeds first, then by appearances (descending), then id. */
  byReport: ReportCount[];
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Counts a (validated) pack. Unknown topics, statuses or kinds in an unvalidated pack are counted under their own key. */
export function packStats(pack: ClaimPack): PackStats {
  const byTopic = zeros(TOPICS);
  const byStatus = zeros(STATUSES);
  const conflictsByKind = zeros(CONFLICT_KINDS);
  const reportRows = new Map<string, ReportCount>();
  for (const r of pack.reports) {
    reportRows.set(r.id, { id: r.id, publisher: r.publisher, seed: Boolean(r.seedFile), appearances: 0, claims: 0, citedBy: 0 });
  }
  let appearances = 0;
  let quoted = 0;
  let lessPrecise = 0;
  const claimsWithoutAppearances: string[] = [];
  for (const c of pack.claims) {
    byTopic[c.topic] = (byTopic[c.topic] ?? 0) + 1;
    byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
    if (c.lessPreciseOf) lessPrecise++;
    if (c.appearances.length === 0) claimsWithoutAppearances.push(c.id);
    const statedBy = new Set<string>();
    for (const a of c.appearances) {
      appearances++;
      if (a.quote !== null) quoted++;
      const row = reportRows.get(a.report);
      if (row) {
        row.appearances++;
        if (!statedBy.has(a.report)) row.claims++;
      }
      statedBy.add(a.report);
      for (const cited of a.cites) {
        const citedRow = reportRows.get(cited);
        if (citedRow) citedRow.citedBy++;
      }
    }
  }
  for (const g of pack.conflicts) conflictsByKind[g.kind] = (conflictsByKind[g.kind] ?? 0) + 1;
  const byReport = [...reportRows.values()].sort(
    (a, b) => Number(b.seed) - Number(a.seed) || b.appearances - a.appearances || a.id.localeCompare(b.id),
  );
  return {
    name: pack.meta.name,
    version: pack.meta.version,
    asOf: pack.meta.asOf,
    reports: pack.reports.length,
    claims: pack.claims.length,
    conflicts: pack.conflicts.length,
    appearances,
    quoted,
    lessPrecise,
    byTopic,
    byStatus,
    conflictsByKind,
    unresolvedConflicts: pack.conflicts.filter((g) => g.preferred === null).length,
    claimsWithoutAppearances,
    byReport,
  };
}

/** Plain-text rendering of {@link packStats}, one table per count; used by the CLI and the closing note. */
export function formatPackStats(s: PackStats): string {
  const lines: string[] = [];
  const table = (title: string, rows: [string, string | number][]) => {
    const width = Math.max(...rows.map(([k]) => k.length));
    lines.push('', title);
    for (const [k, v] of rows) lines.push(`  ${k.padEnd(width)}  ${String(v).padStart(4)}`);
  };
  lines.push(`${s.name} ${s.version} (as of ${s.asOf})`);
  lines.push(
    `${s.reports} reports, ${s.claims} claims, ${s.conflicts} conflict groups (${s.unresolvedConflicts} unresolved), ` +
      `${s.appearances} appearances (${s.quoted} quoted, ${s.appearances - s.quoted} by reference), ${s.lessPrecise} less-precise links`,
  );
  table('Claims per topic', Object.entries(s.byTopic));
  table('Claims per status', Object.entries(s.byStatus));
  table('Conflict groups per kind', Object.entries(s.conflictsByKind));
  const width = Math.max(...s.byReport.map((r) => r.id.length));
  lines.push('', 'Appearances per report (appearances / distinct claims / cited by)');
  for (const r of s.byReport) {
    lines.push(
      `  ${r.id.padEnd(width)}  ${String(r.appearances).padStart(4)} ${String(r.claims).padStart(4)} ${String(r.citedBy).padStart(4)}  ${r.seed ? '[seed] ' : ''}${r.publisher}`,
    );
  }
  if (s.claimsWithoutAppearances.length) lines.push('', `Claims no report states: ${s.claimsWithoutAppearances.join(', ')}`);
  return lines.join('\n');
}
