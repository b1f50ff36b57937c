/**
 * The popup: the current tab's deal claims grouped by topic (conflicts first), a site bar with
 * "Pause on this site", and clear states for pages with no claims, pages outside the outlet list
 * ("Scan this page") and pages the extension cannot read.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { PageResult, SiteState } from '../messages';
import type { PopupApi } from './popup-api';
import { countClaims, groupClaims } from './group-claims';
import { ClaimItem } from './ClaimItem';
import { SiteBar } from './SiteBar';

export interface AppProps {
  api: PopupApi;
  /** The tab to show; null when no tab could be found. */
  tabId: number | null;
  /** How often to look for a fresher result while open (ms); 0 turns polling off. */
  refreshMs?: number;
}

type Loaded = { site: SiteState | null; siteError: string | null; result: PageResult | null; resultError: string | null };

/** Root component of the popup and of its full-page form. */
export function App({ api, tabId, refreshMs = 1500 }: AppProps) {
  const [data, setData] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async (): Promise<Loaded | null> => {
    if (tabId === null) return null;
    const [site, result] = await Promise.all([api.getSiteState(tabId), api.getTabResult(tabId)]);
    const next: Loaded = {
      site: site.ok ? site.value : null,
      siteError: site.ok ? null : site.error,
      result: result.ok ? result.value : null,
      resultError: result.ok ? null : result.error,
    };
    setData((prev) => (prev && sameView(prev, next) ? prev : next));
    return next;
  }, [api, tabId]);

  useEffect(() => {
    void load();
    if (!refreshMs) return;
    const timer = setInterval(() => void load(), refreshMs);
    return () => clearInterval(timer);
  }, [load, refreshMs]);

  const groups = useMemo(() => (data?.result ? groupClaims(data.result) : []), [data?.result]);
  const counts = countClaims(groups);

  if (tabId === null) return <Shell><p class="state">No tab to show. Open Deal Lens from the toolbar on a news page.</p></Shell>;
  if (!data) return <Shell><p class="state" aria-busy="true">Reading this tab…</p></Shell>;

  const scan = async () => {
    setBusy('Scanning this page…');
    setNotice(null);
    const before = data.result?.scannedAt ?? 0;
    const r = await api.scanTab(tabId);
    if (!r.ok) {
      setBusy(null);
      setNotice(`Could not scan this page: ${r.error}`);
      return;
    }
    for (let i = 0; i < 20; i++) {
      const next = await load();
      if (next?.result && next.result.scannedAt > before) break;
      await new Promise((res) => setTimeout(res, 250));
    }
    setBusy(null);
  };

  const togglePause = async (paused: boolean) => {
    if (!data.site) return;
    const r = await api.setPaused(data.site.host, paused);
    if (!r.ok) setNotice(`Could not change the pause: ${r.error}`);
    await load();
  };

  const show = async (matchIndex: number) => {
    const r = await api.showOnPage(tabId, matchIndex);
    setNotice(r.ok ? null : `Could not show it on the page: ${r.error}`);
  };

  const { site, result } = data;
  const cardWithMeta = groups.flatMap((g) => g.claims).find((c) => c.card)?.card;

  let body;
  if (site?.paused) {
    body = (
      <p class="state paused">
        Deal Lens is paused on {site.host}. It does not read or mark pages on this site until you turn the pause off.
      </p>
    );
  } else if (!result) {
    body = (
      <div class="state">
        {site && !site.supported ? (
          <p>{site.host || 'This site'} is not on Deal Lens’s list of outlets, so the page was not read by itself.</p>
        ) : site ? (
          <p>Deal Lens has not read this page yet.</p>
        ) : (
          <p>Deal Lens cannot read this page{data.siteError ? ` (${data.siteError})` : ''}.</p>
        )}
        {site && (
          <button type="button" class="primary" onClick={scan} disabled={busy !== null}>
            Scan this page
          </button>
        )}
      </div>
    );
  } else if (groups.length === 0) {
    body = (
      <div class="state empty">
        <p>
          <strong>No claims about the Anthropic–SpaceX deal found on this page.</strong>
        </p>
        <p class="muted">Deal Lens read {result.title ? `“${result.title}”` : 'the page'} and found no sentence that states a claim in its database.</p>
        {site && !site.supported && (
          <button type="button" onClick={scan} disabled={busy !== null}>
            Scan again
          </button>
        )}
      </div>
    );
  } else {
    body = (
      <>
        <p class="summary" role="status">
          {counts.claims} {counts.claims === 1 ? 'claim' : 'claims'} on this page
          {counts.conflicts > 0 ? `, ${counts.conflicts} in conflict with the best-supported reports` : ''}
        </p>
        {groups.map((g) => (
          <section key={g.topic} class={`topic${g.conflict ? ' has-conflict' : ''}`} data-topic={g.topic}>
            <h3>{g.label}</h3>
            <ul class="claims">
              {g.claims.map((c) => (
                <ClaimItem key={c.claimId} entry={c} onShow={show} />
              ))}
            </ul>
          </section>
        ))}
      </>
    );
  }

  return (
    <Shell>
      {site && <SiteBar site={site} onTogglePause={togglePause} />}
      {busy && <p class="busy" role="status">{busy}</p>}
      {notice && <p class="notice" role="alert">{notice}</p>}
      {body}
      {cardWithMeta && (
        <footer class="meta-foot">
          Claim database “{cardWithMeta.packName}”, as of {cardWithMeta.asOf}.
        </footer>
      )}
    </Shell>
  );
}

function Shell({ children }: { children: ComponentChildren }) {
  return (
    <main class="popup">
      <header class="top">
        <img src="/icons/icon-32.png" width={20} height={20} alt="" />
        <h1>Deal Lens</h1>
      </header>
      {children}
    </main>
  );
}

function sameView(a: Loaded, b: Loaded): boolean {
  return (
    a.siteError === b.siteError &&
    a.resultError === b.resultError &&
    a.site?.host === b.site?.host &&
    a.site?.paused === b.site?.paused &&
    a.site?.supported === b.site?.supported &&
    (a.result?.scannedAt ?? null) === (b.result?.scannedAt ?? null) &&
    (a.result?.url ?? null) === (b.result?.url ?? null)
  );
}
