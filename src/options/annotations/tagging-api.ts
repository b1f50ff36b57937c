/**
 * What the options page and the popup ask of the background about tags, backups and claim packs,
 * as one small interface over a "send to background" function (tests hand it a fake).
 */
import type { AnnotationFilter, PackSummary } from '../../core/annotations/store-types';
import type { Reviewer } from '../../core/annotations/export-claimreview';
import type { ImportSummary } from '../../core/annotations/import';
import type { AnnotationList, PackAddReply, PageTags } from '../../core/annotations/messages';
import type { Annotation } from '../../core/annotations/model';
import type { Result } from '../../core/result';

export type Send = (message: unknown) => Promise<unknown>;

function asResult<T>(reply: unknown): Result<T> {
  if (typeof reply === 'object' && reply !== null) {
    const r = reply as { ok?: unknown; error?: unknown };
    if (r.ok === true && 'value' in r) return reply as Result<T>;
    if (r.ok === false) return { ok: false, error: typeof r.error === 'string' ? r.error : 'request failed' };
  }
  return { ok: false, error: 'no answer from the extension' };
}

export interface TaggingApi {
  list(filter: AnnotationFilter): Promise<Result<AnnotationList>>;
  importFile(text: string): Promise<Result<ImportSummary>>;
  backup(): Promise<Result<string>>;
  restore(text: string): Promise<Result<{ annotations: number; packs: number }>>;
  deleteAll(): Promise<Result<null>>;
  getReviewer(): Promise<Result<Reviewer | null>>;
  setReviewer(reviewer: Reviewer): Promise<Result<null>>;
  packs(): Promise<Result<PackSummary[]>>;
  addPack(text: string): Promise<Result<PackAddReply>>;
  removePack(id: string): Promise<Result<boolean>>;
  save(annotation: Annotation, tabId?: number): Promise<Result<Annotation>>;
  remove(id: string, tabId?: number): Promise<Result<boolean>>;
  pageTags(tabId: number): Promise<Result<PageTags | null>>;
}

/** The API over `send` (the platform's `sendToBackground` in the extension). */
export function createTaggingApi(send: Send): TaggingApi {
  const ask = async <T>(message: Record<string, unknown>): Promise<Result<T>> => asResult<T>(await send(message));
  return {
    list: (filter) => ask({ type: 'annotations-list', filter }),
    importFile: (text) => ask({ type: 'annotations-import', text }),
    backup: () => ask({ type: 'backup-export' }),
    restore: (text) => ask({ type: 'backup-restore', text }),
    deleteAll: () => ask({ type: 'data-delete-all' }),
    getReviewer: () => ask({ type: 'reviewer-get' }),
    setReviewer: (reviewer) => ask({ type: 'reviewer-set', reviewer }),
    packs: () => ask({ type: 'packs-list' }),
    addPack: (text) => ask({ type: 'packs-add', text }),
    removePack: (id) => ask({ type: 'packs-remove', id }),
    save: (annotation, tabId) => ask({ type: 'annotation-save', annotation, tabId }),
    remove: (id, tabId) => ask({ type: 'annotation-delete', id, tabId }),
    pageTags: (tabId) => ask({ type: 'page-tags', tabId }),
  };
}

/** Saves text as a file through the browser's download of a blob link (no extra permission). */
export function downloadText(doc: Document, filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Reads a picked file as text. */
export function readFileText(file: File): Promise<string> {
  return file.text();
}
