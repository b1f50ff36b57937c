/**
 * Reading and writing the user's settings (`storage.local`, key `settings`) through any key–value
 * area, so the options UI can be tested with an in-memory fake.
 */
import { normalizeSettings, SETTINGS_KEY, siteKey, type Settings } from '../messages';
import type { KeyValueArea } from '../platform/types';

/** Load and save of the settings object; load always returns a complete, valid value. */
export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}

/** A SettingsStore over one storage area. Saved hosts are normalised (lower case, no "www."), deduplicated. */
export function createSettingsStore(area: KeyValueArea): SettingsStore {
  return {
    async load() {
      return normalizeSettings(await area.get(SETTINGS_KEY));
    },
    async save(settings) {
      const clean = normalizeSettings({ ...settings, pausedHosts: settings.pausedHosts.map(siteKey) });
      await area.set(SETTINGS_KEY, clean);
    },
  };
}
