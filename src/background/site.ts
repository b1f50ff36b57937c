/**
 * Sites: which hosts the content script runs on by itself, and which the user has paused.
 */
import { normalizeSettings, siteKey, SETTINGS_KEY, type Settings } from '../messages';
import type { KeyValueArea } from '../platform/types';

/** Host of a URL, or '' for URLs without one (about:blank, chrome://newtab is kept as its host). */
export function hostOf(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** True when `url` is covered by one of the manifest match patterns (`https://host/*`, `*://*.host/*`). */
export function matchesPatterns(url: string, patterns: string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const scheme = u.protocol.replace(/:$/, '');
  for (const p of patterns) {
    if (p === '<all_urls>') return scheme === 'http' || scheme === 'https';
    const m = /^(\*|https?):\/\/([^/]+)\/.*$/.exec(p);
    if (!m) continue;
    if (m[1] !== '*' && m[1] !== scheme) continue;
    if (m[1] === '*' && scheme !== 'http' && scheme !== 'https') continue;
    const host = m[2].toLowerCase();
    const h = u.hostname.toLowerCase();
    if (host === '*' || host === h) return true;
    if (host.startsWith('*.') && (h === host.slice(2) || h.endsWith(host.slice(1)))) return true;
  }
  return false;
}

/** Reads settings from `storage.local`, defaults filled in. */
export async function readSettings(local: KeyValueArea): Promise<Settings> {
  return normalizeSettings(await local.get(SETTINGS_KEY));
}

/** Adds or removes `host` from the paused list; returns the new settings. */
export async function setPaused(local: KeyValueArea, host: string, paused: boolean): Promise<Settings> {
  const settings = await readSettings(local);
  const key = siteKey(host);
  const others = settings.pausedHosts.filter((h) => siteKey(h) !== key);
  const next: Settings = { ...settings, pausedHosts: paused ? [...others, key] : others };
  await local.set(SETTINGS_KEY, next);
  return next;
}

/** True when `host` is on the paused list. */
export function isPaused(settings: Settings, host: string): boolean {
  const key = siteKey(host);
  return key !== '' && settings.pausedHosts.some((h) => siteKey(h) === key);
}
