/**
 * The competing versions of a contested point, side by side with their sources; the
 * best-supported one is marked in words, not only by colour.
 */
import type { CardConflict } from '../messages';
import { statusLabel } from '../core/card-model';

/** One conflict group: its explanation and every version with who reports it. */
export function ConflictVersions({ conflict, currentId }: { conflict: CardConflict; currentId: string }) {
  return (
    <section class="conflict-group" aria-label="Conflicting reports">
      <p class="explanation">{conflict.explanation}</p>
      <ul class="versions">
        {conflict.versions.map((v) => (
          <li
            key={v.claimId}
            class={`version${v.preferred ? ' preferred' : ''}${v.claimId === currentId ? ' current' : ''}`}
          >
            <span class="version-label">
              {v.preferred ? 'Best supported' : statusLabel(v.status, null)}
              {v.claimId === currentId ? ' · this claim' : ''}
            </span>
            <span class="version-statement">{v.statement}</span>
            <span class="version-sources">{v.sources.length ? `Sources: ${v.sources.join(', ')}` : 'No sources listed'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
