/**
 * A claim's status as a small labelled badge. The label is always text (not colour alone), so the
 * status reads the same for colour-blind readers and screen readers.
 */
import type { ClaimStatus } from '../claims/types';

const LABELS: Record<ClaimStatus, string> = {
  corroborated: 'Corroborated',
  'single-source': 'Single source',
  disputed: 'Disputed',
  contradicted: 'Contradicted',
  unverified: 'Unverified',
  superseded: 'Superseded',
};

/** Reader-facing text for a status, with the date for a superseded claim. */
export function statusText(status: ClaimStatus, supersededOn: string | null): string {
  if (status === 'superseded' && supersededOn) return `Superseded on ${supersededOn}`;
  return LABELS[status] ?? status;
}

/** Renders one status badge. */
export function StatusBadge({ status, supersededOn }: { status: ClaimStatus; supersededOn: string | null }) {
  return <span class={`status status-${status}`}>{statusText(status, supersededOn)}</span>;
}
