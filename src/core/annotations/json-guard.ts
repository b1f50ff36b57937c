/**
 * Parsing files a user picks: size and nesting are bounded before JSON.parse runs, and keys that
 * could reach an object's prototype (`__proto__`, `constructor`, `prototype`) are dropped while
 * parsing, so no later spread or merge can be tricked through them.
 */
import type { Result } from '../result.ts';

export const MAX_FILE_CHARS = 20_000_000;
export const MAX_DEPTH = 40;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest bracket nesting outside strings; stops counting once over `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/**
 * What to do with a prototype-reaching key: `drop` it (annotation files, which are rebuilt from
 * known fields anyway) or `reject` the whole file (claim packs and backups, whose validator
 * refuses such keys and would otherwise never see them).
 */
export type ForbiddenKeyPolicy = 'drop' | 'reject';

class ForbiddenKey extends Error {}

/** JSON text → value, or a short reason; never throws. */
export function parseJsonGuarded(text: string, maxChars = MAX_FILE_CHARS, forbidden: ForbiddenKeyPolicy = 'drop'): Result<unknown> {
  if (typeof text !== 'string') return { ok: false, error: 'the file is not text' };
  if (text.length > maxChars) return { ok: false, error: `the file is too large (over ${maxChars.toLocaleString('en')} characters)` };
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, error: 'the file is empty' };
  if (nestingDepth(body, MAX_DEPTH) > MAX_DEPTH) return { ok: false, error: `the file is nested deeper than ${MAX_DEPTH} levels` };
  try {
    const value: unknown = JSON.parse(body, (key, v) => {
      if (!FORBIDDEN_KEYS.has(key)) return v;
      if (forbidden === 'reject') throw new ForbiddenKey(key);
      return undefined;
    });
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ForbiddenKey) return { ok: false, error: `the file contains the key "${e.message}", which is not allowed` };
    return { ok: false, error: `the file is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** A plain object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
