/**
 * A claim's status as a small labelled badge. The label is always text (not colour alone), so the
 * status reads the same for colour-blind readers and screen readers.
 */
import type { ClaimStatus } from '../claims/types';
import { statusLabel } from '../core/card-model';

/** Renders one status badge. */
export function StatusBadge({ status, supersededOn }: { status: ClaimStatus; supersededOn: string | null }) {
  return <span class={`status status-${status}`}>{statusLabel(status, supersededOn)}</span>;
}
