/**
 * One claim found on the page: the claim, its status, the page's sentences that state it (each
 * with "Show on page"), where the claim comes from, and the versions it competes with.
 */
import type { ClaimEntry } from './group-claims';
import { StatusBadge } from './StatusBadge';
import { Provenance } from './Provenance';
import { ConflictVersions } from './ConflictVersions';

export interface ClaimItemProps {
  entry: ClaimEntry;
  onShow(matchIndex: number): void;
}

/** Renders one claim of the popup's list. */
export function ClaimItem({ entry, onShow }: ClaimItemProps) {
  const { card } = entry;
  return (
    <li class={`claim${entry.conflict ? ' is-conflict' : ''}`} data-claim-id={entry.claimId} data-conflict={String(entry.conflict)}>
      <div class="claim-head">
        {entry.conflict && <span class="flag">⚠ Conflicts with the best-supported report</span>}
        {card && <StatusBadge status={card.status} supersededOn={card.supersededOn} />}
      </div>
      <p class="statement">{card ? card.statement : entry.claimId}</p>
      {entry.conflict && card?.preferred && (
        <p class="preferred">
          <span class="preferred-label">Best-supported version: </span>
          {card.preferred.statement}
        </p>
      )}
      <ul class="on-page" aria-label="On this page">
        {entry.sentences.map((s) => (
          <li key={s.matchIndex} class={s.conflict ? 'sentence conflict' : 'sentence'}>
            <span>
              <q class="sentence-text" id={`sentence-${s.matchIndex}`}>
                {s.text}
              </q>
              {s.verdict === 'less-precise' && <span class="verdict-note"> (less precise than the best-supported report, but compatible)</span>}
            </span>
            <button type="button" class="show" aria-describedby={`sentence-${s.matchIndex}`} onClick={() => onShow(s.matchIndex)}>
              Show on page
            </button>
          </li>
        ))}
      </ul>
      {card && (
        <div class="sources">
          <h4>Reported by</h4>
          <Provenance appearances={card.appearances} />
        </div>
      )}
      {card?.conflicts.map((c) => <ConflictVersions key={c.groupId} conflict={c} currentId={entry.claimId} />)}
    </li>
  );
}
