/**
 * The narrow view of the browser the rest of the extension uses. Declared apart from the adapter
 * (which imports webextension-polyfill) so tests and pure modules can name these types, and
 * background and content code can be handed a fake.
 */

/** Who sent a runtime message, as the browser reports it. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** An async key–value area (`storage.local`, `storage.session`). */
export interface KeyValueArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Handles one incoming message; `undefined` means "not mine, let another listener answer". */
export type MessageHandler = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

/** Browser surface the background worker needs. */
export interface BackgroundPlatform {
  runtimeId: string;
  /** Origin of this extension's own pages, e.g. `chrome-extension://ID`. */
  extensionOrigin: string;
  /** File name of the built content script (from the manifest), for on-demand injection. */
  contentScriptFile(): string | null;
  /** URL match patterns the content script runs on by itself. */
  contentScriptMatches(): string[];
  local: KeyValueArea;
  session: KeyValueArea;
  onMessage(handler: MessageHandler): void;
  setBadge(tabId: number, text: string, color: string): Promise<void>;
  getTabUrl(tabId: number): Promise<string | null>;
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  executeScript(tabId: number, file: string): Promise<void>;
  onTabRemoved(cb: (tabId: number) => void): void;
  /**
   * Fires when a tab starts loading or changes URL. `url` is null when the browser does not
   * reveal it (no host access to the page): then a new document is loading.
   */
  onTabNavigated(cb: (tabId: number, url: string | null) => void): void;
}

/** Browser surface the content script needs. */
export interface ContentPlatform {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage(handler: MessageHandler): void;
  local: KeyValueArea;
  /** Fires with the new value when a `storage.local` key changes. */
  onLocalChanged(cb: (key: string, value: unknown) => void): void;
}

/**
 * Browser surface the tagging feature needs in the background: the "Tag passage" context-menu item
 * and keyboard command, optional site access, and the content script registered for those sites.
 */
export interface TaggingPlatform {
  /** (Re)creates one context-menu item shown on selected text. */
  createSelectionMenu(id: string, title: string): Promise<void>;
  onMenuClicked(cb: (menuId: string, tabId: number, url: string | null) => void): void;
  onCommand(cb: (command: string, tabId: number | null, url: string | null) => void): void;
  /** Asks the user for access to these origins (must run inside a user action); true when granted. */
  requestOrigins(origins: string[]): Promise<boolean>;
  /** Origins the user has granted beyond the manifest's content-script matches. */
  grantedOrigins(): Promise<string[]>;
  onPermissionsChanged(cb: () => void): void;
  /** Makes the content script run on `matches` from now on (an empty list unregisters it). */
  syncDynamicScript(id: string, matches: string[], file: string): Promise<void>;
}
