/**
 * Inert background and tagging platforms for unit tests that drive the real router and handlers:
 * every browser call does nothing unless a test overrides it.
 */
import type { BackgroundPlatform, KeyValueArea, TaggingPlatform } from '../../src/platform/types';

/** A storage area that stores nothing and reads back nothing. */
export const emptyArea = (): KeyValueArea => ({ get: async () => undefined, set: async () => undefined, remove: async () => undefined });

/** A background platform for extension `id`, with `overrides` replacing any member. */
export function fakeBackgroundPlatform(id: string, overrides: Partial<BackgroundPlatform> = {}): BackgroundPlatform {
  return {
    runtimeId: id,
    extensionOrigin: `chrome-extension://${id}`,
    contentScriptFile: () => null,
    contentScriptMatches: () => ['https://www.cnbc.com/*'],
    local: emptyArea(),
    session: emptyArea(),
    onMessage: () => undefined,
    setBadge: async () => undefined,
    getTabUrl: async () => null,
    sendToTab: async () => undefined,
    executeScript: async () => undefined,
    onTabRemoved: () => undefined,
    onTabNavigated: () => undefined,
    ...overrides,
  };
}

/** A tagging platform where no site access is ever granted and menus and commands never fire. */
export function fakeTaggingPlatform(overrides: Partial<TaggingPlatform> = {}): TaggingPlatform {
  return {
    createSelectionMenu: async () => undefined,
    onMenuClicked: () => undefined,
    onCommand: () => undefined,
    requestOrigins: async () => false,
    grantedOrigins: async () => [],
    onPermissionsChanged: () => undefined,
    syncDynamicScript: async () => undefined,
    ...overrides,
  };
}
