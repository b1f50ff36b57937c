/**
 * Import of annotation files: our own JSON-LD export (an AnnotationCollection, an AnnotationPage, an
 * array of annotations or one annotation) and Hypothesis's JSON export. Everything is validated and
 * rebuilt from known fields before it is used; a malformed file is refused whole, with the path of
 * the first problems, so a bad file changes nothing.
 */
import type { Result } from '../result.ts';
import { isRecord, parseJsonGuarded } from './json-guard.ts';
import {
  ANNO_CONTEXT,
  buildBodies,
  CLAIM_URN_PREFIX,
  normaliseTags,
  VERDICTS,
  type Annotation,
  type TagFields,
  type TagVerdict,
} from './model.ts';
import { MAX_QUOTE_CHARS } from './selectors.ts';
import { pageKey } from './url-identity.ts';

export const MAX_IMPORT_ITEMS = 50_000;
const MAX_NOTE_CHARS = 20_000;
const MAX_TAGS = 50;
const MAX_ERRORS_SHOWN = 8;

export type ImportFormat = 'deal-lens-jsonld' | 'hypothesis';

/** An item that was not imported, and why. */
export interface Skipped {
  id: string | null;
  reason: string;
}

export interface ImportSummary {
  format: ImportFormat;
  added: number;
  /** Same id already stored, and the file's version is newer: replaced. */
  updated: number;
  skipped: Skipped[];
}

export interface ParsedImport {
  format: ImportFormat;
  annotations: Annotation[];
  /** Items the format allows but we cannot map (Hypothesis page notes and replies). */
  skipped: Skipped[];
}

class Problems {
  list: string[] = [];
  add(path: string, msg: string): void {
    this.list.push(`${path}: ${msg}`);
  }
}

function str(v: unknown, path: string, p: Problems, opts: { max?: number; optional?: boolean; fallback?: string } = {}): string {
  if (v === undefined || v === null) {
    if (opts.optional) return opts.fallback ?? '';
    p.add(path, 'missing');
    return '';
  }
  if (typeof v !== 'string') {
    p.add(path, 'must be text');
    return '';
  }
  if (opts.max !== undefined && v.length > opts.max) p.add(path, `longer than ${opts.max} characters`);
  return v;
}

function date(v: unknown, path: string, p: Problems, fallback?: string): string {
  if ((v === undefined || v === null) && fallback) return fallback;
  const s = str(v, path, p, { max: 64 });
  if (s && Number.isNaN(Date.parse(s))) p.add(path, 'is not a date');
  return s && !Number.isNaN(Date.parse(s)) ? new Date(s).toISOString() : s;
}

function httpUrl(v: unknown, path: string, p: Problems): string {
  const s = str(v, path, p, { max: 4000 });
  if (!s) return s;
  try {
    const u = new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') p.add(path, 'must be an http(s) address');
  } catch {
    p.add(path, 'is not a web address');
  }
  return s;
}

function asList(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function hasType(v: Record<string, unknown>, type: string): boolean {
  return v.type === type || (Array.isArray(v.type) && v.type.includes(type));
}

interface SelectorParts {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** Finds the quote and position selectors in a selector list (ours or Hypothesis's); null when there is no quote. */
function readSelectors(list: unknown[], path: string, p: Problems): SelectorParts | null {
  let quote: SelectorParts | null = null;
  let position: { start: number; end: number } | null = null;
  list.forEach((sel, i) => {
    if (!isRecord(sel)) return p.add(`${path}[${i}]`, 'must be an object');
    if (sel.type === 'TextQuoteSelector') {
      const exact = str(sel.exact, `${path}[${i}].exact`, p, { max: MAX_QUOTE_CHARS });
      if (!exact.trim() && typeof sel.exact === 'string') p.add(`${path}[${i}].exact`, 'is empty');
      quote = {
        exact,
        prefix: str(sel.prefix, `${path}[${i}].prefix`, p, { optional: true, max: 400 }),
        suffix: str(sel.suffix, `${path}[${i}].suffix`, p, { optional: true, max: 400 }),
        start: 0,
        end: 0,
      };
    } else if (sel.type === 'TextPositionSelector') {
      const { start, end } = sel;
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
        p.add(`${path}[${i}]`, 'TextPositionSelector needs whole numbers 0 ≤ start < end');
      } else position = { start: start as number, end: end as number };
    }
  });
  if (!quote) return null;
  const q = quote as SelectorParts;
  // Without a stored position the quote alone anchors it (the position is checked before use).
  const pos = position ?? { start: 0, end: q.exact.length };
  return { ...q, start: pos.start, end: pos.end };
}

function assemble(id: string, created: string, modified: string, source: string, title: string, sel: SelectorParts, fields: TagFields): Annotation {
  const bodies = buildBodies(fields);
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'Annotation',
    motivation: fields.verdict ? 'assessing' : fields.note.trim() ? 'commenting' : fields.tags.length ? 'tagging' : 'highlighting',
    created,
    modified: modified < created ? created : modified,
    body: bodies,
    target: {
      source,
      title,
      selector: [
        { type: 'TextQuoteSelector', exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix },
        { type: 'TextPositionSelector', start: sel.start, end: sel.end },
      ],
    },
  };
}

/** Validates one of our annotations (W3C shape) and rebuilds it from known fields. */
function readOurs(v: unknown, path: string, p: Problems): Annotation | null {
  const before = p.list.length;
  if (!isRecord(v)) {
    p.add(path, 'must be an object');
    return null;
  }
  if (!hasType(v, 'Annotation')) p.add(`${path}.type`, 'must be "Annotation"');
  const id = str(v.id, `${path}.id`, p, { max: 300 });
  if (typeof v.id === 'string' && !id.trim()) p.add(`${path}.id`, 'is empty');
  else if (id && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) p.add(`${path}.id`, 'must be a URI (such as urn:uuid:…)');
  const created = date(v.created, `${path}.created`, p);
  const modified = date(v.modified, `${path}.modified`, p, created);
  const targets = asList(v.target);
  const target = targets[0];
  let source = '';
  let title = '';
  let sel: SelectorParts | null = null;
  if (!isRecord(target)) p.add(`${path}.target`, 'missing');
  else {
    source = httpUrl(target.source, `${path}.target.source`, p);
    title = str(target.title, `${path}.target.title`, p, { optional: true, max: 2000 });
    sel = readSelectors(asList(target.selector), `${path}.target.selector`, p);
    if (!sel) p.add(`${path}.target.selector`, 'needs a TextQuoteSelector');
  }
  const fields: TagFields = { verdict: null, tags: [], note: '', claimId: null };
  const notes: string[] = [];
  asList(v.body).forEach((b, i) => {
    const bp = `${path}.body[${i}]`;
    if (!isRecord(b)) return p.add(bp, 'must be an object');
    if (b.purpose === 'assessing') {
      const value = str(b.value, `${bp}.value`, p);
      if (value && !(VERDICTS as readonly string[]).includes(value)) p.add(`${bp}.value`, `unknown verdict "${value.slice(0, 40)}" (expected ${VERDICTS.join(', ')})`);
      else if (value) fields.verdict = value as TagVerdict;
    } else if (b.purpose === 'tagging') {
      fields.tags.push(str(b.value, `${bp}.value`, p, { max: 200 }));
    } else if (b.purpose === 'commenting') {
      notes.push(str(b.value, `${bp}.value`, p, { max: MAX_NOTE_CHARS }));
    } else if (b.purpose === 'linking' && typeof b.source === 'string' && b.source.startsWith(CLAIM_URN_PREFIX)) {
      const claim = b.source.slice(CLAIM_URN_PREFIX.length);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(claim)) p.add(`${bp}.source`, 'claim id must be kebab-case');
      else fields.claimId = claim;
    }
    // Other bodies (images, links elsewhere) are outside what a tag holds: ignored.
  });
  if (typeof v.bodyValue === 'string') notes.push(v.bodyValue);
  fields.note = notes.join('\n\n').slice(0, MAX_NOTE_CHARS);
  if (fields.tags.length > MAX_TAGS) p.add(`${path}.body`, `more than ${MAX_TAGS} tags`);
  fields.tags = normaliseTags(fields.tags);
  if (p.list.length > before || !sel) return null;
  return assemble(id, created, modified, source, title, sel, fields);
}

/** Maps one Hypothesis annotation; replies and page notes are skipped (they have no passage). */
function readHypothesis(v: unknown, path: string, p: Problems, skipped: Skipped[]): Annotation | null {
  const before = p.list.length;
  if (!isRecord(v)) {
    p.add(path, 'must be an object');
    return null;
  }
  const rawId = str(v.id, `${path}.id`, p, { max: 100 });
  if (rawId && !/^[A-Za-z0-9_-]+$/.test(rawId)) p.add(`${path}.id`, 'is not a Hypothesis id');
  const id = `https://hypothes.is/a/${rawId}`;
  if (asList(v.references).length > 0) {
    skipped.push({ id, reason: 'a reply to another annotation (no passage of its own)' });
    return null;
  }
  const created = date(v.created, `${path}.created`, p);
  const modified = date(v.updated, `${path}.updated`, p, created);
  const target = asList(v.target)[0];
  const tp = `${path}.target[0]`;
  if (!isRecord(target)) p.add(tp, 'missing');
  const sel = isRecord(target) ? readSelectors(asList(target.selector), `${tp}.selector`, p) : null;
  if (p.list.length > before) return null;
  if (!sel) {
    skipped.push({ id, reason: 'a page note (no quoted passage)' });
    return null;
  }
  const source = httpUrl(isRecord(target) ? target.source ?? v.uri : v.uri, `${tp}.source`, p);
  const doc = isRecord(v.document) ? v.document : {};
  const titles = asList(doc.title);
  const title = typeof titles[0] === 'string' ? titles[0].slice(0, 2000) : '';
  const tags = asList(v.tags);
  if (tags.some((t) => typeof t !== 'string')) p.add(`${path}.tags`, 'must be a list of text');
  const text = str(v.text, `${path}.text`, p, { optional: true, max: MAX_NOTE_CHARS });
  if (p.list.length > before) return null;
  return assemble(id, created, modified, source, title, sel, {
    verdict: null,
    tags: normaliseTags(tags as string[]).slice(0, MAX_TAGS),
    note: text,
    claimId: null,
  });
}

/** Where the annotations sit in a parsed file, and which format it is; null when neither. */
function locate(value: unknown): { format: ImportFormat; items: unknown[]; path: string } | null {
  if (Array.isArray(value)) return { format: 'deal-lens-jsonld', items: value, path: '' };
  if (!isRecord(value)) return null;
  if (Array.isArray(value.annotations) && ('export_date' in value || 'client_version' in value || 'export_userid' in value)) {
    return { format: 'hypothesis', items: value.annotations, path: 'annotations' };
  }
  if (hasType(value, 'AnnotationCollection')) {
    const first = value.first;
    if (isRecord(first) && Array.isArray(first.items)) return { format: 'deal-lens-jsonld', items: first.items, path: 'first.items' };
    if (first === undefined && value.total === 0) return { format: 'deal-lens-jsonld', items: [], path: 'first.items' };
    return null;
  }
  if (hasType(value, 'AnnotationPage') && Array.isArray(value.items)) return { format: 'deal-lens-jsonld', items: value.items, path: 'items' };
  if (hasType(value, 'Annotation')) return { format: 'deal-lens-jsonld', items: [value], path: '' };
  return null;
}

/** Parses and validates a file's text. Any malformed item refuses the whole file. */
export function parseAnnotationFile(text: string): Result<ParsedImport> {
  const parsed = parseJsonGuarded(text);
  if (!parsed.ok) return parsed;
  const where = locate(parsed.value);
  if (!where) {
    return { ok: false, error: 'not an annotation file: expected a W3C AnnotationCollection (as "Export JSON-LD" writes) or a Hypothesis JSON export' };
  }
  if (where.items.length > MAX_IMPORT_ITEMS) return { ok: false, error: `too many annotations (over ${MAX_IMPORT_ITEMS})` };
  const p = new Problems();
  const skipped: Skipped[] = [];
  const annotations: Annotation[] = [];
  where.items.forEach((item, i) => {
    const path = where.path ? `${where.path}[${i}]` : `[${i}]`;
    const a = where.format === 'hypothesis' ? readHypothesis(item, path, p, skipped) : readOurs(item, path, p);
    if (a) annotations.push(a);
  });
  if (p.list.length) {
    const shown = p.list.slice(0, MAX_ERRORS_SHOWN).join('; ');
    const more = p.list.length > MAX_ERRORS_SHOWN ? ` (and ${p.list.length - MAX_ERRORS_SHOWN} more)` : '';
    return { ok: false, error: `nothing was imported: ${shown}${more}` };
  }
  return { ok: true, value: { format: where.format, annotations, skipped } };
}

/**
 * Checks one annotation received in a message (from the tagging dialog or the popup) and rebuilds
 * it from known fields; the reason names the bad field.
 */
export function validateAnnotation(value: unknown): Result<Annotation> {
  const p = new Problems();
  const a = readOurs(value, 'annotation', p);
  if (!a || p.list.length) return { ok: false, error: p.list.slice(0, MAX_ERRORS_SHOWN).join('; ') || 'annotation: invalid' };
  return { ok: true, value: a };
}

/** What makes two annotations the same tag even under different ids. */
function contentKey(a: Annotation): string {
  const [q, pos] = a.target.selector;
  const bodies = a.body.map((b) => JSON.stringify(b)).sort();
  return JSON.stringify([pageKey(a.target.source), q.exact, pos.start, bodies]);
}

export interface MergePlan {
  /** Annotations to write (new ones and newer versions of stored ones). */
  toPut: Annotation[];
  summary: ImportSummary;
}

/**
 * Decides what an import writes, given what is stored: new ids are added; a stored id is replaced
 * only by a newer version; the same passage with the same content under another id is skipped;
 * an id twice in the file keeps its newest copy.
 */
export function planMerge(existing: readonly Annotation[], parsed: ParsedImport): MergePlan {
  const byId = new Map(existing.map((a) => [a.id, a]));
  const contents = new Set(existing.map(contentKey));
  const skipped = [...parsed.skipped];
  const newest = new Map<string, Annotation>();
  for (const a of parsed.annotations) {
    const seen = newest.get(a.id);
    if (!seen) newest.set(a.id, a);
    else {
      skipped.push({ id: a.id, reason: 'listed twice in the file (the newest copy is used)' });
      if (a.modified > seen.modified) newest.set(a.id, a);
    }
  }
  const toPut: Annotation[] = [];
  let added = 0;
  let updated = 0;
  for (const a of newest.values()) {
    const stored = byId.get(a.id);
    if (stored) {
      if (a.modified > stored.modified) {
        toPut.push(a);
        updated++;
      } else skipped.push({ id: a.id, reason: 'already present (the stored version is the same or newer)' });
      continue;
    }
    const key = contentKey(a);
    if (contents.has(key)) {
      skipped.push({ id: a.id, reason: 'the same passage with the same verdict, tags and note is already present' });
      continue;
    }
    contents.add(key);
    toPut.push(a);
    added++;
  }
  return { toPut, summary: { format: parsed.format, added, updated, skipped } };
}
