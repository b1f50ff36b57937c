/**
 * The only module that touches the browser's extension APIs. Everything else receives the small
 * interfaces in `./types`, so it can run under Node with a fake.
 */
import browser from 'webextension-polyfill';
import type { BackgroundPlatform, ContentPlatform, KeyValueArea, MessageHandler, Sender, TaggingPlatform } from './types';

export type * from './types';

function area(a: browser.Storage.StorageArea): KeyValueArea {
  return {
    async get(key) {
      const got = await a.get(key);
      return got[key];
    },
    async set(key, value) {
      await a.set({ [key]: value });
    },
    async remove(key) {
      await a.remove(key);
    },
  };
}

/**
 * Registers a message listener that answers with the handler's promise. Uses `sendResponse` and
 * `return true`, which both the polyfill and native `browser`/`chrome` honour; a rejected promise
 * becomes an `{ ok: false }` reply instead of an error crossing the context boundary.
 */
function listen(handler: MessageHandler): void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    let reply: Promise<unknown> | undefined;
    try {
      reply = handler(message, sender as Sender);
    } catch (e) {
      sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) });
      return true;
    }
    if (!reply) return false;
    reply.then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
}

/** The background worker's browser surface. */
export function backgroundPlatform(): BackgroundPlatform {
  const manifest = browser.runtime.getManifest();
  return {
    runtimeId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    contentScriptFile: () => manifest.content_scripts?.[0]?.js?.[0] ?? null,
    contentScriptMatches: () => manifest.content_scripts?.flatMap((c) => c.matches ?? []) ?? [],
    local: area(browser.storage.local),
    session: area(browser.storage.session),
    onMessage: listen,
    async setBadge(tabId, text, color) {
      await browser.action.setBadgeText({ tabId, text });
      if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
    },
    async getTabUrl(tabId) {
      const tab = await browser.tabs.get(tabId);
      return tab.url ?? null;
    },
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    async executeScript(tabId, file) {
      await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    },
    onTabRemoved(cb) {
      browser.tabs.onRemoved.addListener((tabId) => cb(tabId));
    },
    onTabNavigated(cb) {
      browser.tabs.onUpdated.addListener((tabId, info) => {
        if (typeof info.url === 'string') cb(tabId, info.url);
        else if (info.status === 'loading') cb(tabId, null);
      });
    },
  };
}

/** The content script's browser surface. */
export function contentPlatform(): ContentPlatform {
  return {
    sendMessage: (message) => browser.runtime.sendMessage(message),
    onMessage: listen,
    local: area(browser.storage.local),
    onLocalChanged(cb) {
      browser.storage.onChanged.addListener((changes, areaName) => {
        if (areaName !== 'local') return;
        for (const [key, change] of Object.entries(changes)) cb(key, change.newValue);
      });
    },
  };
}

/** Sends a message from an extension page (popup, options) to the background; never throws. */
export async function sendToBackground(message: unknown): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Id of the active tab in the current window (what the toolbar popup is about), or null. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** `storage.local` for extension pages (settings live under `SETTINGS_KEY`). */
export function localStorageArea(): KeyValueArea {
  return area(browser.storage.local);
}

/** The tagging feature's background surface (context menu, command, optional site access). */
export function taggingPlatform(): TaggingPlatform {
  return {
    async createSelectionMenu(id, title) {
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({ id, title, contexts: ['selection'] });
    },
    onMenuClicked(cb) {
      browser.contextMenus.onClicked.addListener((info, tab) => {
        if (typeof tab?.id === 'number') cb(String(info.menuItemId), tab.id, tab.url ?? info.pageUrl ?? null);
      });
    },
    onCommand(cb) {
      browser.commands.onCommand.addListener((command, tab) => cb(command, tab?.id ?? null, tab?.url ?? null));
    },
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    async grantedOrigins() {
      return (await browser.permissions.getAll()).origins ?? [];
    },
    onPermissionsChanged(cb) {
      browser.permissions.onAdded.addListener(() => cb());
      browser.permissions.onRemoved.addListener(() => cb());
    },
    async syncDynamicScript(id, matches, file) {
      const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
      if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
      if (matches.length === 0) return;
      await browser.scripting.registerContentScripts([{ id, matches, js: [file], runAt: 'document_idle', persistAcrossSessions: true }]);
    },
  };
}

/** Asks for access to one site from an extension page (a click in the popup or options page). */
export async function requestSiteAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [origin] });
  } catch {
    return false;
  }
}
