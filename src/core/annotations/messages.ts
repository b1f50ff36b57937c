/**
 * The tagging feature's messages. They join the background's request table by declaration merging
 * (`BackgroundRequests` in src/messages.ts), so the router types every handler; the shape checks
 * here are registered with each handler.
 */
import type { AnnotationFilter, PackSummary } from './store-types.ts';
import type { TextChange } from './anchor.ts';
import type { Reviewer } from './export-claimreview.ts';
import type { ImportSummary } from './import.ts';
import type { Annotation } from './model.ts';

/** How one annotation fared when the page was re-anchored. */
export interface AnchorReport {
  id: string;
  status: 'exact' | 'moved' | 'fuzzy' | 'orphan';
  /** For fuzzy anchors: what the article changed since the passage was tagged. */
  changes?: TextChange[];
  /** For orphans: why the passage was not found. */
  reason?: string;
}

/** The popup's view of the current page's tags. */
export interface PageTags {
  url: string;
  source: string;
  title: string;
  annotations: Annotation[];
  /** By annotation id; null when the page's content script did not answer. */
  anchors: Record<string, AnchorReport> | null;
  /** True when tags on this site come back by themselves (outlet list or granted site access). */
  siteKept: boolean;
  /** Origin pattern to ask for when they do not (`https://example.org/*`). */
  origin: string | null;
}

export interface PageAnnotations {
  source: string;
  annotations: Annotation[];
  tagsUsed: string[];
}

export interface ClaimSuggestion {
  claimId: string;
  statement: string;
}

export type PackAddReply = { added: PackSummary & { replaced: boolean } } | { errors: string[] };

export interface AnnotationList {
  annotations: Annotation[];
  sites: string[];
  tags: string[];
}

declare module '../../messages' {
  interface BackgroundRequests {
    'annotations-for-page': { request: { type: 'annotations-for-page'; url: string; canonical: string | null }; reply: PageAnnotations };
    'annotation-save': { request: { type: 'annotation-save'; annotation: unknown }; reply: Annotation };
    'annotation-delete': { request: { type: 'annotation-delete'; id: string }; reply: boolean };
    'annotation-suggest-claim': { request: { type: 'annotation-suggest-claim'; text: string }; reply: ClaimSuggestion | null };
    'page-tags': { request: { type: 'page-tags'; tabId: number }; reply: PageTags | null };
    'annotations-list': { request: { type: 'annotations-list'; filter: AnnotationFilter }; reply: AnnotationList };
    'annotations-import': { request: { type: 'annotations-import'; text: string }; reply: ImportSummary };
    'backup-export': { request: { type: 'backup-export' }; reply: string };
    'backup-restore': { request: { type: 'backup-restore'; text: string }; reply: { annotations: number; packs: number } };
    'data-delete-all': { request: { type: 'data-delete-all' }; reply: null };
    'reviewer-get': { request: { type: 'reviewer-get' }; reply: Reviewer | null };
    'reviewer-set': { request: { type: 'reviewer-set'; reviewer: Reviewer }; reply: null };
    'packs-list': { request: { type: 'packs-list' }; reply: PackSummary[] };
    'packs-add': { request: { type: 'packs-add'; text: string }; reply: PackAddReply };
    'packs-remove': { request: { type: 'packs-remove'; id: string }; reply: boolean };
  }
}

/** Background → content: open the dialog for the current selection / repaint after a change elsewhere / report anchors. */
export type TaggingContentMessage = { type: 'tag-selection' } | { type: 'tags-changed' } | { type: 'tags-anchors' };

/** Checks a background → content message for the tagging module; null when it is not one. */
export function parseTaggingMessage(v: unknown): TaggingContentMessage | null {
  if (typeof v !== 'object' || v === null) return null;
  const t = (v as { type?: unknown }).type;
  return t === 'tag-selection' || t === 'tags-changed' || t === 'tags-anchors' ? { type: t } : null;
}

const MAX_TEXT = 20_000_000;
type Check = (m: Record<string, unknown>) => string | null;
const str = (name: string, max = 4000): Check => (m) =>
  typeof m[name] !== 'string'
    ? `${String(m.type)}: ${name} must be text`
    : (m[name] as string).length > max
      ? `${String(m.type)}: ${name === 'text' ? 'the file' : name} is too large (over ${max.toLocaleString('en')} characters)`
      : null;
const none: Check = () => null;

/** Shape checks per message type (the annotation body itself is validated by the handler). */
export const taggingChecks: Record<keyof PageTagsMessages, Check> = {
  'annotations-for-page': (m) => str('url')(m) ?? (m.canonical === null || typeof m.canonical === 'string' ? null : 'annotations-for-page: canonical must be text or null'),
  'annotation-save': (m) => (typeof m.annotation === 'object' && m.annotation !== null ? null : 'annotation-save: annotation must be an object'),
  'annotation-delete': str('id', 300),
  'annotation-suggest-claim': str('text', 5000),
  'page-tags': (m) => (Number.isInteger(m.tabId) && (m.tabId as number) >= 0 ? null : 'page-tags: tabId must be a tab id'),
  'annotations-list': (m) => (typeof m.filter === 'object' && m.filter !== null && !Array.isArray(m.filter) ? null : 'annotations-list: filter must be an object'),
  'annotations-import': str('text', MAX_TEXT),
  'backup-export': none,
  'backup-restore': str('text', MAX_TEXT),
  'data-delete-all': none,
  'reviewer-get': none,
  'reviewer-set': (m) => {
    const r = m.reviewer as Record<string, unknown> | null;
    return r && typeof r === 'object' && typeof r.name === 'string' && typeof r.organisation === 'string' ? null : 'reviewer-set: reviewer needs name and organisation';
  },
  'packs-list': none,
  'packs-add': str('text', MAX_TEXT),
  'packs-remove': str('id', 500),
};

/** The message types this feature adds. */
export interface PageTagsMessages {
  'annotations-for-page': true;
  'annotation-save': true;
  'annotation-delete': true;
  'annotation-suggest-claim': true;
  'page-tags': true;
  'annotations-list': true;
  'annotations-import': true;
  'backup-export': true;
  'backup-restore': true;
  'data-delete-all': true;
  'reviewer-get': true;
  'reviewer-set': true;
  'packs-list': true;
  'packs-add': true;
  'packs-remove': true;
}
