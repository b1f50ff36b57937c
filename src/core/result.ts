/**
 * The reply shape every cross-context message uses: a message handler never throws across a
 * context boundary, it answers with one of these.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A successful reply carrying `value`. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed reply; `error` is a short human-readable reason. */
export function err<T = never>(error: string): Result<T> {
  return { ok: false, error };
}

/** What the user reads when the disk or the browser's storage quota is full. */
export const STORAGE_FULL_MESSAGE =
  'there is no room left in the browser’s storage for Deal Lens (the disk or the storage quota is full), so nothing was changed: free some disk space, or export and delete old tags, then try again';

/** True for a full-disk or quota error, as IndexedDB or Dexie (which wraps it in `inner`) reports it. */
export function isStorageFull(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && typeof cur === 'object' && depth < 4; cur = (cur as { inner?: unknown }).inner, depth++) {
    if (/QuotaExceeded/i.test(String((cur as { name?: unknown }).name ?? ''))) return true;
  }
  return false;
}

/** Turns anything thrown into a one-line reason, so it can travel inside a `Result`. */
export function errorMessage(e: unknown): string {
  if (isStorageFull(e)) return STORAGE_FULL_MESSAGE;
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** True when `value` looks like a `Result` (used to check replies that crossed a context boundary). */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error === 'string';
}
