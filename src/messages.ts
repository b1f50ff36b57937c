/**
 * Typed messages between the extension's contexts, one union per direction. Every request gets a
 * `Result<T>` reply; nothing throws across a context boundary. Shape checks live here too, so the
 * background router and the content script validate with the same rules the types describe.
 */
import type { SentenceInput, SentenceMatch } from './core/match-types';
import type { ClaimCard } from './core/card-model';
import type { Result } from './core/result';

export type { Result } from './core/result';
export type { ClaimCard, CardAppearance, CardConflict, CardVersion } from './core/card-model';

/** What the background knows about one tab's page after a scan. */
export interface PageResult {
  url: string;
  title: string;
  /** The article's publication date as the page states it (ISO when parseable), or null. */
  published: string | null;
  /** Epoch milliseconds of the scan. */
  scannedAt: number;
  matches: SentenceMatch[];
  /** One card per matched claim id. */
  cards: Record<string, ClaimCard>;
}

/** Toolbar-button view of the current site. */
export interface SiteState {
  host: string;
  paused: boolean;
  /** True when the host is on the outlet list (the content script runs there by itself). */
  supported: boolean;
}

/** How highlights are painted: the CSS Custom Highlight API, or mark.js `<mark>` elements. */
export type Painter = 'highlight-api' | 'markjs';

/** User settings, stored in `storage.local` under `SETTINGS_KEY`. */
export interface Settings {
  painter: Painter;
  pausedHosts: string[];
}

export const SETTINGS_KEY = 'settings';

/** Settings a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = { painter: 'highlight-api', pausedHosts: [] };

// ---- content -> background -------------------------------------------------------------------

/** The content script's page reading: the background matches it and replies with the page's result. */
export interface ScanRequest {
  type: 'scan';
  url: string;
  title: string;
  published: string | null;
  sentences: SentenceInput[];
}

// ---- popup / options -> background -----------------------------------------------------------

export interface GetTabResultRequest {
  type: 'get-tab-result';
  tabId: number;
}
/** Injects the content script into a tab the user invoked the action on (activeTab + scripting). */
export interface ScanTabRequest {
  type: 'scan-tab';
  tabId: number;
}
/** Forwarded to the tab as `{ type: 'show', index }`. */
export interface ShowOnPageRequest {
  type: 'show-on-page';
  tabId: number;
  index: number;
}
export interface GetSiteStateRequest {
  type: 'get-site-state';
  tabId: number;
}
export interface SetPausedRequest {
  type: 'set-paused';
  host: string;
  paused: boolean;
}

/**
 * Request type → request shape and reply value. An interface (not a type alias) so another feature
 * can add its messages by declaration merging, and register handlers for them in the router.
 */
export interface BackgroundRequests {
  scan: { request: ScanRequest; reply: PageResult };
  'get-tab-result': { request: GetTabResultRequest; reply: PageResult | null };
  'scan-tab': { request: ScanTabRequest; reply: null };
  'show-on-page': { request: ShowOnPageRequest; reply: null };
  'get-site-state': { request: GetSiteStateRequest; reply: SiteState };
  'set-paused': { request: SetPausedRequest; reply: null };
}

export type BackgroundRequestType = keyof BackgroundRequests;
/** Any message the background answers. */
export type BackgroundRequest = BackgroundRequests[BackgroundRequestType]['request'];
/** The reply value for request type `K`. */
export type ReplyOf<K extends BackgroundRequestType> = BackgroundRequests[K]['reply'];

// ---- background -> content -------------------------------------------------------------------

/** Scroll to match #index (index into PageResult.matches), flash it and open its card. */
export interface ShowMessage {
  type: 'show';
  index: number;
}
/** Read the page again (settings changed, user asked). */
export interface RescanMessage {
  type: 'rescan';
}
export type ContentMessage = ShowMessage | RescanMessage;

// ---- shape checks ----------------------------------------------------------------------------

/** Longest sentence list one scan may carry; a page beyond this is cut, not rejected. */
export const MAX_SENTENCES = 5000;
/** Longest sentence a scan may carry; longer runs of text (no sentence ends) are not sent. */
export const MAX_SENTENCE_CHARS = 5000;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isTabId(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** True when `v` is a well-formed sentence: text plus offsets with `start <= end`. */
export function isSentenceInput(v: unknown): v is SentenceInput {
  return (
    isObject(v) &&
    typeof v.text === 'string' &&
    v.text.length <= MAX_SENTENCE_CHARS &&
    isOffset(v.start) &&
    isOffset(v.end) &&
    v.start <= v.end
  );
}

type Check = (m: Record<string, unknown>) => string | null;

/** Per-type checks; a string is the reason the message is rejected. Extendable by other features. */
export const requestChecks: Record<string, Check> = {
  scan: (m) => {
    if (typeof m.url !== 'string') return 'scan: url must be a string';
    if (typeof m.title !== 'string') return 'scan: title must be a string';
    if (m.published !== null && typeof m.published !== 'string') return 'scan: published must be a string or null';
    if (!Array.isArray(m.sentences)) return 'scan: sentences must be an array';
    if (m.sentences.length > MAX_SENTENCES) return `scan: more than ${MAX_SENTENCES} sentences`;
    if (!m.sentences.every(isSentenceInput)) return 'scan: malformed sentence';
    return null;
  },
  'get-tab-result': (m) => (isTabId(m.tabId) ? null : 'get-tab-result: tabId must be a tab id'),
  'scan-tab': (m) => (isTabId(m.tabId) ? null : 'scan-tab: tabId must be a tab id'),
  'show-on-page': (m) =>
    !isTabId(m.tabId) ? 'show-on-page: tabId must be a tab id' : !isIndex(m.index) ? 'show-on-page: index must be a non-negative integer' : null,
  'get-site-state': (m) => (isTabId(m.tabId) ? null : 'get-site-state: tabId must be a tab id'),
  'set-paused': (m) =>
    typeof m.host !== 'string' || m.host.length === 0
      ? 'set-paused: host must be a non-empty string'
      : typeof m.paused !== 'boolean'
        ? 'set-paused: paused must be a boolean'
        : null,
};

/** Checks an incoming message against its type's shape; never throws. */
export function parseBackgroundRequest(v: unknown): Result<BackgroundRequest> {
  if (!isObject(v) || typeof v.type !== 'string') return { ok: false, error: 'message must be an object with a type' };
  const check = Object.prototype.hasOwnProperty.call(requestChecks, v.type) ? requestChecks[v.type] : undefined;
  if (!check) return { ok: false, error: `unknown message type: ${v.type}` };
  const problem = check(v);
  return problem ? { ok: false, error: problem } : { ok: true, value: v as unknown as BackgroundRequest };
}

/** Checks a background → content message; null when it is not one. */
export function parseContentMessage(v: unknown): ContentMessage | null {
  if (!isObject(v)) return null;
  if (v.type === 'rescan') return { type: 'rescan' };
  if (v.type === 'show' && isIndex(v.index)) return { type: 'show', index: v.index };
  return null;
}

/** Reads stored settings, filling gaps with defaults and dropping malformed fields. */
export function normalizeSettings(v: unknown): Settings {
  if (!isObject(v)) return { ...DEFAULT_SETTINGS, pausedHosts: [] };
  const painter: Painter = v.painter === 'markjs' ? 'markjs' : 'highlight-api';
  const pausedHosts = Array.isArray(v.pausedHosts)
    ? [...new Set(v.pausedHosts.filter((h): h is string => typeof h === 'string' && h.length > 0))]
    : [];
  return { painter, pausedHosts };
}

/** The host a pause applies to: lower-case, without a leading "www.". */
export function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}
