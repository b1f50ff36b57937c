/**
 * Where a claim comes from: each report that states it (outlet, kind, date, author) and whom that
 * report cites for it. Citations are labelled "as cited, not checked": the database records that a
 * report names a source, not that the source says so.
 */
import type { CardAppearance } from '../messages';
import { safeUrl } from '../core/safe-url';

function Outlet({ name, url }: { name: string; url: string | null }) {
  const href = safeUrl(url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {name}
    </a>
  ) : (
    <span>{name}</span>
  );
}

/** The list of reports stating a claim. */
export function Provenance({ appearances }: { appearances: CardAppearance[] }) {
  if (appearances.length === 0) return <p class="muted">No report in the database states this claim directly.</p>;
  return (
    <ul class="provenance" aria-label="Reported by">
      {appearances.map((a, i) => (
        <li key={i} class="appearance">
          <span class="outlet">
            <Outlet name={a.outlet} url={a.url} />
          </span>
          <span class="meta">
            {' · '}
            {a.kind.replace(/-/g, ' ')} · {a.date} · {a.author}
          </span>
          {a.cites.length > 0 && (
            <span class="cites">
              {' — cites '}
              {a.cites.map((c, j) => (
                <span key={j}>
                  {j > 0 ? ', ' : ''}
                  <Outlet name={c.outlet} url={c.url} />
                </span>
              ))}{' '}
              <em class="as-cited">(as cited, not checked)</em>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
