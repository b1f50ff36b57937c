/**
 * What the popup asks of the extension, as one small interface: the real one talks to the
 * background through the platform seam, tests hand the components a fake.
 */
import type { BackgroundRequest, PageResult, Result, SiteState } from '../messages';

/** Everything the popup UI needs from the background. Every call resolves; failures come back as `ok: false`. */
export interface PopupApi {
  getTabResult(tabId: number): Promise<Result<PageResult | null>>;
  getSiteState(tabId: number): Promise<Result<SiteState>>;
  scanTab(tabId: number): Promise<Result<null>>;
  showOnPage(tabId: number, matchIndex: number): Promise<Result<null>>;
  setPaused(host: string, paused: boolean): Promise<Result<null>>;
}

/** Checks that a reply which crossed a context boundary has the Result shape. */
export function asResult<T>(reply: unknown): Result<T> {
  if (typeof reply === 'object' && reply !== null) {
    const r = reply as { ok?: unknown; error?: unknown };
    if (r.ok === true && 'value' in r) return reply as Result<T>;
    if (r.ok === false) return { ok: false, error: typeof r.error === 'string' ? r.error : 'request failed' };
  }
  return { ok: false, error: 'no answer from the extension' };
}

/** A PopupApi over any "send to background" function (the platform's, in the extension). */
export function createPopupApi(send: (message: BackgroundRequest) => Promise<unknown>): PopupApi {
  const ask = async <T>(message: BackgroundRequest): Promise<Result<T>> => asResult<T>(await send(message));
  return {
    getTabResult: (tabId) => ask({ type: 'get-tab-result', tabId }),
    getSiteState: (tabId) => ask({ type: 'get-site-state', tabId }),
    scanTab: (tabId) => ask({ type: 'scan-tab', tabId }),
    showOnPage: (tabId, index) => ask({ type: 'show-on-page', tabId, index }),
    setPaused: (host, paused) => ask({ type: 'set-paused', host, paused }),
  };
}

/** The tab the popup is about: `?tab=ID` when opened as a full page, else null (use the active tab). */
export function tabFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
