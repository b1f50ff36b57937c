/**
 * The tagging feature's background side: the only writer of the annotation database. Registers
 * its messages on the shared router, the "Tag passage" context-menu item and keyboard command,
 * and keeps the content script registered on sites the user granted for tagging. Imported claim
 * packs are loaded here too and handed to the matcher.
 */
import type { ClaimPack } from '../claims/types';
import { cleanUrl, canonicalUrl, pageKey, siteOf } from '../core/annotations/url-identity';
import { validateAnnotation } from '../core/annotations/import';
import { parseJsonGuarded } from '../core/annotations/json-guard';
import { VERDICTS, type Annotation } from '../core/annotations/model';
import { taggingChecks, type AnchorReport, type PageTags } from '../core/annotations/messages';
import { isResult } from '../core/result';
import type { BackgroundPlatform, TaggingPlatform } from '../platform/types';
import {
  addPack,
  deleteAllData,
  deleteAnnotation,
  exportBackup,
  getAnnotation,
  getReviewer,
  importAnnotations,
  listAll,
  listByPage,
  listPacks,
  loadPacks,
  putAnnotation,
  removePack,
  restoreBackup,
  setReviewer,
  sitesUsed,
  tagsUsed,
  type AnnotationFilter,
  type DealLensDb,
} from './db';
import type { Engine } from './engine';
import type { Caller, Router } from './router';
import { matchesPatterns } from './site';
import { pausePoint } from './test-pause';

export const TAG_MENU_ID = 'deal-lens-tag-passage';
export const TAG_COMMAND = 'tag-passage';
const DYNAMIC_SCRIPT_ID = 'deal-lens-granted-sites';

let packs: ClaimPack[] = [];
/** Imported packs as last loaded from the database (the matcher merges them with the bundled one). */
export function importedPacks(): ClaimPack[] {
  return packs;
}

function siteOfUrl(url: string | null | undefined): string {
  try {
    return url ? siteOf(new URL(url).hostname) : '';
  } catch {
    return '';
  }
}

/** `https://host/*` for a page URL; null for non-web pages. */
export function originPattern(url: string | null): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** A content script may only touch annotations of the site it runs on. */
function assertSameSite(caller: Caller, url: string): void {
  if (caller.tabId === null) return;
  if (siteOfUrl(caller.url) !== siteOfUrl(url)) throw new Error('a page can only change its own site’s tags');
}

function cleanFilter(f: Record<string, unknown>): AnnotationFilter {
  const out: AnnotationFilter = {};
  if (typeof f.verdict === 'string' && ((VERDICTS as readonly string[]).includes(f.verdict) || f.verdict === 'none')) out.verdict = f.verdict as AnnotationFilter['verdict'];
  if (typeof f.tag === 'string' && f.tag.trim()) out.tag = f.tag.slice(0, 200);
  if (typeof f.site === 'string' && f.site.trim()) out.site = f.site.slice(0, 200);
  if (typeof f.text === 'string' && f.text.trim()) out.text = f.text.slice(0, 500);
  return out;
}

async function pageAnnotations(db: DealLensDb, urls: string[]): Promise<Annotation[]> {
  const seen = new Map<string, Annotation>();
  const keys = new Set<string>();
  for (const url of urls) {
    if (keys.has(pageKey(url))) continue;
    keys.add(pageKey(url));
    for (const a of await listByPage(db, url)) seen.set(a.id, a);
  }
  return [...seen.values()].sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
}

/** Wires everything; `db` is opened lazily by the caller. */
export function registerAnnotations(router: Router, platform: BackgroundPlatform, tagging: TaggingPlatform, engine: Engine, db: DealLensDb): void {
  const outletPatterns = () => platform.contentScriptMatches();

  const refreshPacks = async () => {
    packs = await loadPacks(db);
    engine.reset();
  };
  void refreshPacks().catch(() => undefined);

  const notifyTab = async (tabId: unknown) => {
    if (typeof tabId !== 'number') return;
    await platform.sendToTab(tabId, { type: 'tags-changed' }).catch(() => undefined);
  };

  const on = <Req>(type: keyof typeof taggingChecks, audience: 'content' | 'extension-page' | 'any', handler: (req: Req, caller: Caller) => unknown) =>
    router.onCustom<Req>(type, audience, taggingChecks[type], handler);

  on<{ url: string; canonical: string | null }>('annotations-for-page', 'content', async (req, caller) => {
    assertSameSite(caller, req.url);
    const source = canonicalUrl(req.url, req.canonical);
    return { source, annotations: await pageAnnotations(db, [source, req.url]), tagsUsed: await tagsUsed(db) };
  });

  on<{ annotation: unknown; tabId?: number }>('annotation-save', 'any', async (req, caller) => {
    const checked = validateAnnotation(req.annotation);
    if (!checked.ok) throw new Error(checked.error);
    assertSameSite(caller, checked.value.target.source);
    await pausePoint(platform.local, 'annotation-save'); // end-to-end test builds only: see test-pause.ts
    const stored = await putAnnotation(db, checked.value);
    if (caller.tabId === null) await notifyTab(req.tabId);
    return stored;
  });

  on<{ id: string; tabId?: number }>('annotation-delete', 'any', async (req, caller) => {
    const existing = await getAnnotation(db, req.id);
    if (!existing) return false;
    assertSameSite(caller, existing.target.source);
    const done = await deleteAnnotation(db, req.id);
    if (caller.tabId === null) await notifyTab(req.tabId);
    return done;
  });

  on<{ text: string }>('annotation-suggest-claim', 'content', (req) => {
    const text = req.text.replace(/\s+/g, ' ').trim();
    const result = engine.scan({ type: 'scan', url: 'about:blank', title: '', published: null, sentences: [{ text, start: 0, end: text.length }] });
    const best = [...result.matches].sort((a, b) => b.score - a.score)[0];
    const card = best ? result.cards[best.claimId] : undefined;
    return best && card ? { claimId: best.claimId, statement: card.statement } : null;
  });

  on<{ tabId: number }>('page-tags', 'extension-page', async (req): Promise<PageTags | null> => {
    // The page's content script knows its URL and how each tag anchored; without it, ask the
    // browser (which reveals the URL only for sites we have access to).
    const reply = await platform.sendToTab(req.tabId, { type: 'tags-anchors' }).catch(() => null);
    const live = isResult(reply) && reply.ok ? (reply.value as { url: string; source: string; title: string; anchors: AnchorReport[] }) : null;
    const url = live?.url ?? (await platform.getTabUrl(req.tabId).catch(() => null));
    if (!url || !/^https?:/.test(url)) return null;
    const source = live?.source ?? cleanUrl(url);
    const annotations = await pageAnnotations(db, [source, url]);
    const origin = originPattern(url);
    const granted = await tagging.grantedOrigins().catch(() => [] as string[]);
    return {
      url,
      source,
      title: live?.title ?? annotations[0]?.target.title ?? '',
      annotations,
      anchors: live ? Object.fromEntries(live.anchors.map((a) => [a.id, a])) : null,
      siteKept: matchesPatterns(url, outletPatterns()) || matchesPatterns(url, granted),
      origin,
    };
  });

  on<{ filter: Record<string, unknown> }>('annotations-list', 'extension-page', async (req) => ({
    annotations: await listAll(db, cleanFilter(req.filter)),
    sites: await sitesUsed(db),
    tags: await tagsUsed(db),
  }));

  on<{ text: string }>('annotations-import', 'extension-page', async (req) => {
    const r = await importAnnotations(db, req.text);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  });

  on('backup-export', 'extension-page', () => exportBackup(db));

  on<{ text: string }>('backup-restore', 'extension-page', async (req) => {
    const r = await restoreBackup(db, req.text);
    if (!r.ok) throw new Error(r.error);
    await refreshPacks();
    return r.value;
  });

  on('data-delete-all', 'extension-page', async () => {
    await deleteAllData(db);
    await refreshPacks();
    return null;
  });

  on('reviewer-get', 'extension-page', () => getReviewer(db));
  on<{ reviewer: { name: string; organisation: string; url?: string } }>('reviewer-set', 'extension-page', async (req) => {
    await setReviewer(db, { name: req.reviewer.name, organisation: req.reviewer.organisation, url: typeof req.reviewer.url === 'string' ? req.reviewer.url : undefined });
    return null;
  });

  on('packs-list', 'extension-page', () => listPacks(db));
  on<{ text: string }>('packs-add', 'extension-page', async (req) => {
    // Refused, not cleaned: the pack validator forbids these keys, and dropping them while parsing would hide them from it.
    const parsed = parseJsonGuarded(req.text, undefined, 'reject');
    if (!parsed.ok) return { errors: [`(file): ${parsed.error}`] };
    const r = await addPack(db, parsed.value);
    if (!r.ok) return { errors: r.errors };
    await refreshPacks();
    return { added: r.value };
  });
  on<{ id: string }>('packs-remove', 'extension-page', async (req) => {
    const done = await removePack(db, req.id);
    await refreshPacks();
    return done;
  });

  // ---- menu, command, site access ------------------------------------------------------------
  const startTagging = async (tabId: number, url: string | null) => {
    const reply = await platform.sendToTab(tabId, { type: 'tag-selection' }).catch(() => null);
    if (isResult(reply)) return;
    // No content script in this tab yet (a site outside the outlet list): the user's gesture
    // granted temporary access (activeTab), so inject it, then ask again.
    const file = platform.contentScriptFile();
    if (!file || !url || !/^https?:/.test(url)) return;
    await platform.executeScript(tabId, file).catch(() => undefined);
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const again = await platform.sendToTab(tabId, { type: 'tag-selection' }).catch(() => null);
      if (isResult(again)) return;
    }
  };

  const askForSite = (url: string | null) => {
    // Called synchronously inside the menu/command event so the browser sees the user's action.
    const origin = originPattern(url);
    if (!origin || !url || matchesPatterns(url, outletPatterns())) return;
    void tagging.requestOrigins([origin]).catch(() => false);
  };

  const syncScripts = async () => {
    const file = platform.contentScriptFile();
    if (!file) return;
    const outlets = outletPatterns();
    const granted = (await tagging.grantedOrigins()).filter((o) => /^https?:\/\/[^*/]+\/\*$/.test(o) && !outlets.includes(o));
    await tagging.syncDynamicScript(DYNAMIC_SCRIPT_ID, granted, file);
  };

  void tagging.createSelectionMenu(TAG_MENU_ID, 'Tag passage').catch(() => undefined);
  tagging.onMenuClicked((menuId, tabId, url) => {
    if (menuId !== TAG_MENU_ID) return;
    askForSite(url);
    void startTagging(tabId, url);
  });
  tagging.onCommand((command, tabId, url) => {
    if (command !== TAG_COMMAND || tabId === null) return;
    askForSite(url);
    void startTagging(tabId, url);
  });
  tagging.onPermissionsChanged(() => void syncScripts().catch(() => undefined));
  void syncScripts().catch(() => undefined);
}
