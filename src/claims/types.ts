/**
 * The claim-pack schema: the bundled database (`deal.json`) and every user-imported pack share it.
 * `src/core/pack-validate.ts` checks a value against it at run time.
 */

/** Topics a claim can have (exact strings; the popup groups by them). */
export const TOPICS = [
  'agreement',
  'facility',
  'facility-origin',
  'gpu-count',
  'gpu-types',
  'power',
  'access-scope',
  'announcement',
  'ramp-timeline',
  'claude-code-limits',
  'api-limits',
  'terms',
  'orbital-compute',
  'ipo',
  'xai-spacex',
  'musk-criticism',
  'musk-reversal',
  'environment',
  'pentagon',
  'compute-partners',
  'energy-pledge',
  'demand-reliability',
  'anthropic-profile',
  'blackmail',
] as const;
export type Topic = (typeof TOPICS)[number];

export const REPORT_KINDS = [
  'news',
  'analysis',
  'newsletter',
  'blog',
  'machine-written',
  'press-release',
  'filing',
  'social',
  'reference',
] as const;
/** What sort of publication a report is; shown beside the outlet on the card. */
export type ReportKind = (typeof REPORT_KINDS)[number];

export const STATUSES = [
  'corroborated',
  'single-source',
  'disputed',
  'contradicted',
  'unverified',
  'superseded',
] as const;
export type ClaimStatus = (typeof STATUSES)[number];

export const BOUNDS = ['exact', 'over', 'under', 'about'] as const;
export type Bound = (typeof BOUNDS)[number];

export const CONFLICT_KINDS = ['numeric', 'date', 'entity', 'attribution', 'scope', 'identity', 'timing'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/** A report: a seed text, or an outlet/post that a seed cites or that settles a point. */
export interface Report {
  /** kebab-case id, unique in the pack */
  id: string;
  /** Publisher or site name as a reader knows it ("TechCrunch", "nb1t.sh"). */
  publisher: string;
  title?: string | null;
  /** null when the report names no author: the card then says "unattributed". */
  author?: string | null;
  /** Publication date exactly as the report prints it; null when it prints none ("undated"). */
  published?: string | null;
  /** The same date as ISO `YYYY-MM-DD` (or `YYYY-MM`), when known. */
  date?: string | null;
  kind: ReportKind;
  url?: string | null;
  /** File name under shared seeds / test/fixtures/seeds for the five seed reports. */
  seedFile?: string | null;
  /** Ids of reports this report copies or cites in general (its reference list). */
  cites?: string[];
  /** Free note for readers (e.g. "machine-written; dated before the event it describes"). */
  note?: string | null;
}

/** A number with its bound: "over 220,000" is `{ value: 220000, bound: 'over', unit: 'gpu' }`. */
export interface Quantity {
  value: number;
  bound: Bound;
  /** Lower-case unit noun: gpu, mw, usd, usd-per-month, days, percent, … */
  unit: string;
}

/** The comparable parts of a claim; the matcher compares a sentence's slots against these. */
export interface Slots {
  quantity?: Quantity;
  /** ISO date `YYYY-MM-DD`, or `YYYY-MM` when only the month is stated. */
  date?: string;
  /** Named entities the claim asserts (canonical names, e.g. "xAI", "Starlink", "Colossus 1"). */
  entities?: string[];
}

/** One place a report states the claim. */
export interface Appearance {
  /** Report id. */
  report: string;
  /** Exact quote (≤ 25 words) occurring verbatim in the report's text; null for reports known only by reference. */
  quote: string | null;
  /** Reports this appearance cites for the claim ("per CNBC"): the provenance chain. */
  cites: string[];
}

export interface Claim {
  /** Stable kebab-case id. */
  id: string;
  topic: Topic;
  /** One sentence a reader understands. */
  statement: string;
  slots?: Slots;
  /** Ways reports phrase the claim, and other wordings a newsroom would use. */
  variants: string[];
  /**
   * Anchor groups. Each group lists alternative terms (with aliases); a sentence can state this
   * claim only if, for every group, at least one of the group's terms appears in it. A party's name
   * is met by any name of its family ("SpaceX" by xAI or SpaceXAI); written with a leading "=" ("=SpaceX")
   * it is met only by that party itself (or a name that implies it).
   */
  anchors: string[][];
  appearances: Appearance[];
  status: ClaimStatus;
  /** For `superseded`: ISO date of the later disclosure, and the claim that overtook it. */
  supersededOn?: string | null;
  supersededBy?: string | null;
  /** This claim is a vaguer but compatible version of that claim (not a conflict). */
  lessPreciseOf?: string | null;
  /** Why the status is what it is, for readers. */
  note?: string | null;
}

/** Claims that cannot all be true. */
export interface ConflictGroup {
  id: string;
  kind: ConflictKind;
  /** One line a reader understands. */
  explanation: string;
  /** At least two claim ids, all of one topic. */
  claims: string[];
  /** The best-supported claim, or null while unresolved. */
  preferred: string | null;
}

export interface PackMeta {
  name: string;
  version: string;
  /** ISO date: what the pack knows is as of this day. */
  asOf: string;
  description?: string;
}

export interface ClaimPack {
  meta: PackMeta;
  reports: Report[];
  claims: Claim[];
  conflicts: ConflictGroup[];
}
