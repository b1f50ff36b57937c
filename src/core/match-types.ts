/**
 * The contract between the matcher (`src/core/matcher.ts`) and its users: the background worker,
 * the popup and the scan command all speak these types.
 */
import type { ClaimStatus, Topic } from '../claims/types.ts';

/** A sentence as the content script (or the scan command) found it: text plus offsets into the page text. */
export interface SentenceInput {
  text: string;
  start: number;
  end: number;
}

/** How a sentence stands against the best-supported version of its claim. */
export type Verdict = 'agrees' | 'conflicts' | 'less-precise';

/** One slot where the sentence differs from the best-supported version. */
export interface SlotDiff {
  slot: 'quantity' | 'date' | 'entity';
  /** What the sentence says, as a reader would write it ("about 200,000 GPUs"). */
  page: string;
  /** What the preferred claim says. */
  preferred: string;
}

/** One matched sentence. */
export interface SentenceMatch {
  /** Index into the sentences passed in. */
  index: number;
  sentence: string;
  start: number;
  end: number;
  claimId: string;
  topic: Topic;
  /** Retrieval score, comparable only within one matcher build. */
  score: number;
  verdict: Verdict;
  /** True when the sentence disagrees with the best-supported version: paints `deal-lens-conflict`. */
  conflict: boolean;
  /** Preferred claim of the conflict group the matched claim belongs to, if any. */
  preferredId: string | null;
  slots: SlotDiff[];
  /** The matched claim's own status (disputed, contradicted, …). */
  claimStatus: ClaimStatus;
}

export interface MatchOptions {
  /** The article's publication date (ISO), the reference for relative dates ("Wednesday"). */
  published?: string | null;
}
