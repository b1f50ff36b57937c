/**
 * Each tab's latest page result, in memory and in `storage.session`, so the popup still finds it
 * after the service worker has been stopped and restarted.
 */
import type { PageResult } from '../messages';
import type { KeyValueArea } from '../platform/types';

const KEY_PREFIX = 'tab:';

/** Per-tab results that survive service-worker restarts (not browser restarts). */
export interface TabStore {
  get(tabId: number): Promise<PageResult | null>;
  set(tabId: number, result: PageResult): Promise<void>;
  delete(tabId: number): Promise<void>;
}

function looksLikeResult(v: unknown): v is PageResult {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<PageResult>;
  return typeof r.url === 'string' && Array.isArray(r.matches) && typeof r.cards === 'object' && r.cards !== null;
}

/** A store backed by `session`; memory answers first, storage after a restart. */
export function createTabStore(session: KeyValueArea): TabStore {
  const memory = new Map<number, PageResult>();
  return {
    async get(tabId) {
      const hit = memory.get(tabId);
      if (hit) return hit;
      const stored = await session.get(KEY_PREFIX + tabId);
      if (!looksLikeResult(stored)) return null;
      memory.set(tabId, stored);
      return stored;
    },
    async set(tabId, result) {
      memory.set(tabId, result);
      // A full session storage must not cost the page its highlights: the result stays in memory,
      // and only a worker restart would lose it (the next scan brings it back).
      await session.set(KEY_PREFIX + tabId, result).catch((e: unknown) => console.warn('Deal Lens: tab result not kept across worker restarts', e));
    },
    async delete(tabId) {
      memory.delete(tabId);
      await session.remove(KEY_PREFIX + tabId);
    },
  };
}
