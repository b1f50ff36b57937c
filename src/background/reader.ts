/**
 * The reader path's background side: scan results per tab, the badge, on-demand scanning,
 * "show on page", and pausing a site. Registers its handlers on the shared router.
 */
import type { Engine } from './engine';
import type { Router } from './router';
import { badgeFor } from './badge';
import { hostOf, isPaused, matchesPatterns, readSettings, setPaused } from './site';
import type { TabStore } from './tab-store';
import type { BackgroundPlatform } from '../platform/types';
import { isResult } from '../core/result';
import type { PageResult } from '../messages';

function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

/**
 * The URL to record for a scan: the page's own report (it follows history.pushState, which the
 * browser's sender URL may not), as long as it stays on the sender's origin.
 */
export function pageUrl(reported: string, senderUrl: string | null): string {
  if (!senderUrl) return reported;
  try {
    return new URL(reported).origin === new URL(senderUrl).origin ? reported : senderUrl;
  } catch {
    return senderUrl;
  }
}

/** Wires the reader messages and tab events. */
export function registerReader(router: Router, platform: BackgroundPlatform, engine: Engine, store: TabStore): void {
  const paint = async (tabId: number, result: PageResult | null) => {
    const { text, color } = badgeFor(result);
    try {
      await platform.setBadge(tabId, text, color);
    } catch {
      // the tab may have closed meanwhile; nothing to paint
    }
  };

  const forget = async (tabId: number) => {
    await store.delete(tabId);
    await paint(tabId, null);
  };

  router.on('scan', 'content', async (req, caller) => {
    const tabId = caller.tabId as number;
    const result = engine.scan({ ...req, url: pageUrl(req.url, caller.url) });
    await store.set(tabId, result);
    await paint(tabId, result);
    return result;
  });

  router.on('get-tab-result', 'extension-page', (req) => store.get(req.tabId));

  router.on('scan-tab', 'extension-page', async (req) => {
    const file = platform.contentScriptFile();
    if (!file) throw new Error('no content script in the manifest');
    await platform.executeScript(req.tabId, file);
    return null;
  });

  router.on('show-on-page', 'extension-page', async (req) => {
    const result = await store.get(req.tabId);
    if (!result || req.index >= result.matches.length) throw new Error('no such claim on this page');
    const reply = await platform.sendToTab(req.tabId, { type: 'show', index: req.index });
    if (isResult(reply) && !reply.ok) throw new Error(reply.error);
    return null;
  });

  router.on('get-site-state', 'extension-page', async (req) => {
    let url: string | null = null;
    try {
      url = await platform.getTabUrl(req.tabId);
    } catch {
      url = null;
    }
    url ??= (await store.get(req.tabId))?.url ?? null;
    const host = hostOf(url);
    const settings = await readSettings(platform.local);
    return {
      host,
      paused: isPaused(settings, host),
      supported: url !== null && matchesPatterns(url, platform.contentScriptMatches()),
    };
  });

  router.on('set-paused', 'extension-page', async (req) => {
    await setPaused(platform.local, req.host, req.paused);
    return null;
  });

  platform.onTabRemoved((tabId) => {
    void store.delete(tabId);
  });

  // A new document (or a new URL) makes the stored result stale; the content script, if it runs
  // there, scans again and stores a fresh one.
  platform.onTabNavigated(async (tabId, url) => {
    const result = await store.get(tabId);
    if (result && (url === null || !sameDocument(result.url, url))) await forget(tabId);
  });
}
