/**
 * The hover card's and the popup's view of one claim, built purely from a claim pack: the claim,
 * its status, every report that states it (with whom that report cites), and the conflicting
 * versions with their sources. Missing facts become the words a reader sees ("unattributed",
 * "undated"); nothing is guessed from the page being read.
 */
import type { Claim, ClaimPack, ClaimStatus, ConflictKind, Report, ReportKind, Topic } from '../claims/types.ts';

/** One report stating the claim, as the card shows it. */
export interface CardAppearance {
  outlet: string;
  kind: ReportKind;
  /** The report's author, or 'unattributed' when it names none. */
  author: string;
  /** The date as the report prints it, or 'undated'. */
  date: string;
  url: string | null;
  title: string | null;
  quote: string | null;
  /** Whom this report cites for the claim: shown "as cited, not checked". */
  cites: { outlet: string; url: string | null }[];
}

/** One version of a contested point. */
export interface CardVersion {
  claimId: string;
  statement: string;
  /** True for the group's best-supported version. */
  preferred: boolean;
  status: ClaimStatus;
  /** Distinct outlets that state this version. */
  sources: string[];
}

/** A conflict group the claim belongs to, with all of its versions side by side. */
export interface CardConflict {
  groupId: string;
  kind: ConflictKind;
  explanation: string;
  versions: CardVersion[];
}

/** Everything the card and the popup need to explain one claim. */
export interface ClaimCard {
  claimId: string;
  topic: Topic;
  statement: string;
  status: ClaimStatus;
  supersededOn: string | null;
  asOf: string;
  packName: string;
  appearances: CardAppearance[];
  /** The preferred version when this claim is contested (or overtaken) and is not itself preferred. */
  preferred: { claimId: string; statement: string } | null;
  conflicts: CardConflict[];
}

/** Builds cards for one pack with its lookups made once; throws on a claim id the pack lacks. */
export function createCardBuilder(pack: ClaimPack): (claimId: string) => ClaimCard {
  const reports = new Map<string, Report>(pack.reports.map((r) => [r.id, r]));
  const claims = new Map<string, Claim>(pack.claims.map((c) => [c.id, c]));

  const outletOf = (reportId: string): string => reports.get(reportId)?.publisher ?? reportId;
  const sourcesOf = (claim: Claim): string[] => [...new Set(claim.appearances.map((a) => outletOf(a.report)))];

  return (claimId: string): ClaimCard => {
    const claim = claims.get(claimId);
    if (!claim) throw new Error(`claim not in pack ${pack.meta.name}: ${claimId}`);

    const appearances: CardAppearance[] = claim.appearances.map((a) => {
      const r = reports.get(a.report);
      return {
        outlet: r?.publisher ?? a.report,
        kind: r?.kind ?? 'reference',
        author: r?.author?.trim() ? r.author : 'unattributed',
        date: r?.published?.trim() ? r.published : 'undated',
        url: r?.url ?? null,
        title: r?.title ?? null,
        quote: a.quote,
        cites: a.cites.map((id) => ({ outlet: outletOf(id), url: reports.get(id)?.url ?? null })),
      };
    });

    const groups = pack.conflicts.filter((g) => g.claims.includes(claimId));
    const conflicts: CardConflict[] = groups.map((g) => ({
      groupId: g.id,
      kind: g.kind,
      explanation: g.explanation,
      versions: g.claims
        .map((id) => claims.get(id))
        .filter((c): c is Claim => c !== undefined)
        .map((c) => ({
          claimId: c.id,
          statement: c.statement,
          preferred: g.preferred === c.id,
          status: c.status,
          sources: sourcesOf(c),
        })),
    }));

    let preferred: ClaimCard['preferred'] = null;
    const ruling = groups.find((g) => g.preferred !== null && g.preferred !== claimId && claims.has(g.preferred));
    if (ruling?.preferred) {
      preferred = { claimId: ruling.preferred, statement: claims.get(ruling.preferred)!.statement };
    } else if (claim.status === 'superseded' && claim.supersededBy && claims.has(claim.supersededBy)) {
      preferred = { claimId: claim.supersededBy, statement: claims.get(claim.supersededBy)!.statement };
    }

    return {
      claimId: claim.id,
      topic: claim.topic,
      statement: claim.statement,
      status: claim.status,
      supersededOn: claim.supersededOn ?? null,
      asOf: pack.meta.asOf,
      packName: pack.meta.name,
      appearances,
      preferred,
      conflicts,
    };
  };
}

/** The card for one claim of `pack` (see `createCardBuilder`). */
export function buildCard(pack: ClaimPack, claimId: string): ClaimCard {
  return createCardBuilder(pack)(claimId);
}

const STATUS_LABELS: Record<ClaimStatus, string> = {
  corroborated: 'Corroborated',
  'single-source': 'Single source',
  disputed: 'Disputed',
  contradicted: 'Contradicted',
  unverified: 'Unverified',
  superseded: 'Superseded',
};

/** Reader-facing status, with the date for a superseded claim ("Superseded on 2026-05-08"). */
export function statusLabel(status: ClaimStatus, supersededOn: string | null): string {
  if (status === 'superseded') return supersededOn ? `Superseded on ${supersededOn}` : 'Superseded';
  return STATUS_LABELS[status] ?? status;
}

/** Reader-facing report kind ("machine-written", "press release"). */
export function kindLabel(kind: ReportKind): string {
  return kind.replace(/-/g, ' ').replace('machine written', 'machine-written');
}
