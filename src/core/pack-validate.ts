/**
 * Run-time check of a claim pack: the bundled database and every pack a user imports go through
 * here before anything else sees them. Pure TypeScript, no browser APIs.
 *
 * Every error names the JSON path of the offending field (`claims[3].topic: unknown topic "gpu"`),
 * so the options page can show the user exactly what to fix. A pack that passes is returned as a
 * fresh copy holding only known fields, so nothing the caller later reads comes from a prototype.
 */
import {
  BOUNDS,
  CONFLICT_KINDS,
  REPORT_KINDS,
  STATUSES,
  TOPICS,
  type Appearance,
  type Claim,
  type ClaimPack,
  type ConflictGroup,
  type PackMeta,
  type Report,
  type Slots,
} from '../claims/types.ts';

/** Outcome of {@link validatePack}: the cleaned pack, or every problem found (capped). */
export type PackValidation = { ok: true; value: ClaimPack } | { ok: false; errors: string[] };

/** Size limits that keep a hostile or broken pack from stalling the matcher or the options page. */
export const PACK_LIMITS = {
  jsonChars: 5_000_000,
  reports: 2_000,
  claims: 5_000,
  conflicts: 2_000,
  variantsPerClaim: 60,
  anchorGroups: 8,
  termsPerGroup: 60,
  appearancesPerClaim: 200,
  citesPerEntry: 100,
  claimsPerConflict: 50,
  stringChars: 2_000,
  quoteWords: 25,
  errors: 100,
} as const;

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const YEAR_RE = /^\d{4}$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Obj = Record<string, unknown>;

/** Collects errors and stops adding once the cap is reached. */
class Errors {
  readonly list: string[] = [];
  add(path: string, message: string): void {
    if (this.list.length < PACK_LIMITS.errors) this.list.push(`${path}: ${message}`);
  }
  get full(): boolean {
    return this.list.length >= PACK_LIMITS.errors;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)?.slice(0, 40)}`;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Rejects prototype-polluting keys anywhere in the value (JSON.parse keeps `__proto__` as an own key). */
function scanKeys(v: unknown, path: string, e: Errors, depth = 0): void {
  if (e.full) return;
  if (depth > 12) return e.add(path, 'nested too deeply');
  if (Array.isArray(v)) {
    v.forEach((x, i) => scanKeys(x, `${path}[${i}]`, e, depth + 1));
  } else if (isObj(v)) {
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) e.add(path || '(root)', `forbidden key "${k}"`);
      else scanKeys(v[k], path ? `${path}.${k}` : k, e, depth + 1);
    }
  }
}

function obj(v: unknown, path: string, allowed: readonly string[], e: Errors): Obj | null {
  if (v === undefined) {
    e.add(path, 'missing');
    return null;
  }
  if (!isObj(v)) {
    e.add(path, `expected an object, got ${describe(v)}`);
    return null;
  }
  for (const k of Object.keys(v)) if (!allowed.includes(k)) e.add(`${path}.${k}`, 'unknown field');
  return v;
}

function str(o: Obj, key: string, path: string, e: Errors, opt: { optional?: boolean; nullable?: boolean } = {}): string | null | undefined {
  const v = o[key];
  const p = `${path}.${key}`;
  if (v === undefined) {
    if (!opt.optional) e.add(p, 'missing');
    return undefined;
  }
  if (v === null) {
    if (!opt.nullable) e.add(p, 'must not be null');
    return null;
  }
  if (typeof v !== 'string') return void e.add(p, `expected a string, got ${describe(v)}`);
  if (v.trim() === '') return void e.add(p, 'must not be empty');
  if (v.length > PACK_LIMITS.stringChars) return void e.add(p, `longer than ${PACK_LIMITS.stringChars} characters`);
  return v;
}

function oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[], what: string, e: Errors): T | undefined {
  const v = str(o, key, path, e);
  if (typeof v !== 'string') return undefined;
  if (!(allowed as readonly string[]).includes(v)) return void e.add(`${path}.${key}`, `unknown ${what} "${v}"`);
  return v as T;
}

function id(o: Obj, path: string, e: Errors): string | undefined {
  const v = str(o, 'id', path, e);
  if (typeof v !== 'string') return undefined;
  if (!ID_RE.test(v)) return void e.add(`${path}.id`, `"${v}" is not a kebab-case id`);
  return v;
}

/** True for `YYYY-MM` or `YYYY-MM-DD` naming a real calendar month or day. */
export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const d = new Date(Date.UTC(Number(m[1]), month - 1, Number(m[3])));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === Number(m[3]);
}

function date(o: Obj, key: string, path: string, e: Errors, opt: { optional?: boolean; nullable?: boolean; year?: boolean }): string | null | undefined {
  const v = str(o, key, path, e, opt);
  if (typeof v === 'string' && !(isIsoDate(v) || (opt.year && YEAR_RE.test(v)))) {
    return void e.add(`${path}.${key}`, `"${v}" is not an ISO date (YYYY-MM-DD or YYYY-MM${opt.year ? ', or a year YYYY' : ''})`);
  }
  return v;
}

function arr(v: unknown, path: string, max: number, e: Errors, min = 0): unknown[] | null {
  if (v === undefined) {
    e.add(path, 'missing');
    return null;
  }
  if (!Array.isArray(v)) {
    e.add(path, `expected an array, got ${describe(v)}`);
    return null;
  }
  if (v.length > max) {
    e.add(path, `more than ${max} entries`);
    return null;
  }
  if (v.length < min) e.add(path, `needs at least ${min} ${min === 1 ? 'entry' : 'entries'}`);
  return v;
}

function strList(v: unknown, path: string, max: number, e: Errors, min = 0): string[] {
  const a = arr(v, path, max, e, min);
  if (!a) return [];
  const out: string[] = [];
  a.forEach((x, i) => {
    if (typeof x !== 'string') e.add(`${path}[${i}]`, `expected a string, got ${describe(x)}`);
    else if (x.trim() === '') e.add(`${path}[${i}]`, 'must not be empty');
    else if (x.length > PACK_LIMITS.stringChars) e.add(`${path}[${i}]`, 'too long');
    else out.push(x);
  });
  return out;
}

function checkMeta(v: unknown, e: Errors): PackMeta {
  const o = obj(v, 'meta', ['name', 'version', 'asOf', 'description'], e) ?? {};
  const meta: PackMeta = {
    name: str(o, 'name', 'meta', e) ?? '',
    version: str(o, 'version', 'meta', e) ?? '',
    asOf: date(o, 'asOf', 'meta', e, {}) ?? '',
  };
  const d = str(o, 'description', 'meta', e, { optional: true });
  if (typeof d === 'string') meta.description = d;
  return meta;
}

const REPORT_KEYS = ['id', 'publisher', 'title', 'author', 'published', 'date', 'kind', 'url', 'seedFile', 'cites', 'note'];

function checkReport(v: unknown, path: string, e: Errors): Report | null {
  const o = obj(v, path, REPORT_KEYS, e);
  if (!o) return null;
  const r: Report = { id: id(o, path, e) ?? '', publisher: str(o, 'publisher', path, e) ?? '', kind: oneOf(o, 'kind', path, REPORT_KINDS, 'report kind', e) ?? 'reference' };
  for (const k of ['title', 'author', 'published', 'url', 'seedFile', 'note'] as const) {
    const s = str(o, k, path, e, { optional: true, nullable: true });
    if (s !== undefined) r[k] = s;
  }
  const d = date(o, 'date', path, e, { optional: true, nullable: true });
  if (d !== undefined) r.date = d;
  if (typeof r.url === 'string' && !/^https?:\/\/\S+$/.test(r.url)) e.add(`${path}.url`, `"${r.url}" is not an http(s) URL`);
  if (o.cites !== undefined) r.cites = strList(o.cites, `${path}.cites`, PACK_LIMITS.citesPerEntry, e);
  return r;
}

function checkSlots(v: unknown, path: string, e: Errors): Slots | undefined {
  const o = obj(v, path, ['quantity', 'date', 'entities'], e);
  if (!o) return undefined;
  const slots: Slots = {};
  if (o.quantity !== undefined) {
    const qp = `${path}.quantity`;
    const q = obj(o.quantity, qp, ['value', 'bound', 'unit'], e);
    if (q) {
      const value = q.value;
      if (typeof value !== 'number' || !Number.isFinite(value)) e.add(`${qp}.value`, `expected a finite number, got ${describe(value)}`);
      const bound = oneOf(q, 'bound', qp, BOUNDS, 'bound', e);
      const unit = str(q, 'unit', qp, e);
      if (typeof value === 'number' && bound && typeof unit === 'string') slots.quantity = { value, bound, unit };
    }
  }
  // A claim may be dated to the year only ("founded in 2021"), as sentences date it.
  const d = date(o, 'date', path, e, { optional: true, year: true });
  if (typeof d === 'string') slots.date = d;
  if (o.entities !== undefined) slots.entities = strList(o.entities, `${path}.entities`, 50, e, 1);
  return slots;
}

function checkAppearance(v: unknown, path: string, e: Errors): Appearance | null {
  const o = obj(v, path, ['report', 'quote', 'cites'], e);
  if (!o) return null;
  const report = str(o, 'report', path, e) ?? '';
  const quote = str(o, 'quote', path, e, { nullable: true });
  if (typeof quote === 'string') {
    const words = quote.trim().split(/\s+/).length;
    if (words > PACK_LIMITS.quoteWords) e.add(`${path}.quote`, `${words} words; a quote may have at most ${PACK_LIMITS.quoteWords}`);
  }
  const cites = strList(o.cites, `${path}.cites`, PACK_LIMITS.citesPerEntry, e);
  return { report, quote: quote ?? null, cites };
}

const CLAIM_KEYS = ['id', 'topic', 'statement', 'slots', 'variants', 'anchors', 'appearances', 'status', 'supersededOn', 'supersededBy', 'lessPreciseOf', 'note'];

function checkClaim(v: unknown, path: string, e: Errors): Claim | null {
  const o = obj(v, path, CLAIM_KEYS, e);
  if (!o) return null;
  const c: Claim = {
    id: id(o, path, e) ?? '',
    topic: oneOf(o, 'topic', path, TOPICS, 'topic', e) ?? 'agreement',
    statement: str(o, 'statement', path, e) ?? '',
    variants: strList(o.variants, `${path}.variants`, PACK_LIMITS.variantsPerClaim, e, 1),
    anchors: [],
    appearances: [],
    status: oneOf(o, 'status', path, STATUSES, 'status', e) ?? 'unverified',
  };
  if (o.slots !== undefined) {
    const s = checkSlots(o.slots, `${path}.slots`, e);
    if (s) c.slots = s;
  }
  const groups = arr(o.anchors, `${path}.anchors`, PACK_LIMITS.anchorGroups, e, 1) ?? [];
  groups.forEach((g, i) => c.anchors.push(strList(g, `${path}.anchors[${i}]`, PACK_LIMITS.termsPerGroup, e, 1)));
  const apps = arr(o.appearances, `${path}.appearances`, PACK_LIMITS.appearancesPerClaim, e) ?? [];
  apps.forEach((a, i) => {
    const app = checkAppearance(a, `${path}.appearances[${i}]`, e);
    if (app) c.appearances.push(app);
  });
  for (const k of ['supersededBy', 'lessPreciseOf', 'note'] as const) {
    const s = str(o, k, path, e, { optional: true, nullable: true });
    if (s !== undefined) c[k] = s;
  }
  const so = date(o, 'supersededOn', path, e, { optional: true, nullable: true });
  if (so !== undefined) c.supersededOn = so;
  if (c.status === 'superseded' && !c.supersededOn) e.add(`${path}.supersededOn`, 'a superseded claim needs the date of the later disclosure');
  return c;
}

function checkConflict(v: unknown, path: string, e: Errors): ConflictGroup | null {
  const o = obj(v, path, ['id', 'kind', 'explanation', 'claims', 'preferred'], e);
  if (!o) return null;
  const preferred = str(o, 'preferred', path, e, { nullable: true });
  return {
    id: id(o, path, e) ?? '',
    kind: oneOf(o, 'kind', path, CONFLICT_KINDS, 'conflict kind', e) ?? 'numeric',
    explanation: str(o, 'explanation', path, e) ?? '',
    claims: strList(o.claims, `${path}.claims`, PACK_LIMITS.claimsPerConflict, e, 2),
    preferred: preferred ?? null,
  };
}

function list<T>(v: unknown, name: string, max: number, check: (x: unknown, p: string, e: Errors) => T | null, e: Errors): T[] {
  const a = arr(v, name, max, e) ?? [];
  const out: T[] = [];
  a.forEach((x, i) => {
    if (e.full) return;
    const r = check(x, `${name}[${i}]`, e);
    if (r) out.push(r);
  });
  return out;
}

function duplicates(items: { id: string }[], name: string, e: Errors): void {
  const seen = new Map<string, number>();
  items.forEach((it, i) => {
    if (!it.id) return;
    const first = seen.get(it.id);
    if (first !== undefined) e.add(`${name}[${i}].id`, `duplicate id "${it.id}" (also ${name}[${first}])`);
    else seen.set(it.id, i);
  });
}

/** Cross-references: every id a pack mentions must exist, conflict groups must hold one topic. */
function checkRefs(pack: ClaimPack, e: Errors): void {
  const reports = new Set(pack.reports.map((r) => r.id));
  const claims = new Map(pack.claims.map((c) => [c.id, c]));
  const needReport = (rid: string, path: string) => {
    if (rid && !reports.has(rid)) e.add(path, `unknown report "${rid}"`);
  };
  const needClaim = (cid: string, path: string, self?: string) => {
    if (!claims.has(cid)) e.add(path, `unknown claim "${cid}"`);
    else if (cid === self) e.add(path, 'a claim cannot refer to itself');
  };
  pack.reports.forEach((r, i) => r.cites?.forEach((c, j) => needReport(c, `reports[${i}].cites[${j}]`)));
  pack.claims.forEach((c, i) => {
    const p = `claims[${i}]`;
    c.appearances.forEach((a, j) => {
      needReport(a.report, `${p}.appearances[${j}].report`);
      a.cites.forEach((x, k) => needReport(x, `${p}.appearances[${j}].cites[${k}]`));
    });
    if (c.lessPreciseOf) needClaim(c.lessPreciseOf, `${p}.lessPreciseOf`, c.id);
    if (c.supersededBy) needClaim(c.supersededBy, `${p}.supersededBy`, c.id);
  });
  for (const link of ['lessPreciseOf', 'supersededBy'] as const) {
    pack.claims.forEach((c, i) => {
      const seen = new Set([c.id]);
      for (let cur = c[link]; cur; cur = claims.get(cur)?.[link]) {
        if (seen.has(cur)) return e.add(`claims[${i}].${link}`, `forms a cycle through "${cur}"`);
        seen.add(cur);
      }
    });
  }
  pack.conflicts.forEach((g, i) => {
    const p = `conflicts[${i}]`;
    g.claims.forEach((cid, j) => needClaim(cid, `${p}.claims[${j}]`));
    if (new Set(g.claims).size !== g.claims.length) e.add(`${p}.claims`, 'lists a claim twice');
    const topics = new Set(g.claims.map((cid) => claims.get(cid)?.topic).filter((t) => t !== undefined));
    if (topics.size > 1) e.add(`${p}.claims`, `claims of one group must share a topic, found ${[...topics].join(', ')}`);
    if (g.preferred !== null && !g.claims.includes(g.preferred)) e.add(`${p}.preferred`, `"${g.preferred}" is not one of the group's claims`);
  });
}

/**
 * Checks an untrusted value (parsed JSON) against the claim-pack schema.
 * Guarantees on success: every field has its declared type, ids are kebab-case and unique, and every
 * id a report, claim or conflict group refers to exists in the same pack.
 */
export function validatePack(value: unknown): PackValidation {
  const e = new Errors();
  scanKeys(value, '', e);
  if (e.list.length) return { ok: false, errors: e.list };
  const root = obj(value, '(root)', ['meta', 'reports', 'claims', 'conflicts'], e);
  if (!root) return { ok: false, errors: e.list };
  const pack: ClaimPack = {
    meta: checkMeta(root.meta, e),
    reports: list(root.reports, 'reports', PACK_LIMITS.reports, checkReport, e),
    claims: list(root.claims, 'claims', PACK_LIMITS.claims, checkClaim, e),
    conflicts: root.conflicts === undefined ? [] : list(root.conflicts, 'conflicts', PACK_LIMITS.conflicts, checkConflict, e),
  };
  duplicates(pack.reports, 'reports', e);
  duplicates(pack.claims, 'claims', e);
  duplicates(pack.conflicts, 'conflicts', e);
  if (!e.full) checkRefs(pack, e);
  return e.list.length ? { ok: false, errors: e.list } : { ok: true, value: pack };
}

/** Parses and validates pack text (an imported file); oversized or malformed JSON is an error, never a throw. */
export function parsePack(text: string): PackValidation {
  if (text.length > PACK_LIMITS.jsonChars) return { ok: false, errors: [`(root): file larger than ${PACK_LIMITS.jsonChars} characters`] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`(root): not valid JSON (${(err as Error).message})`] };
  }
  return validatePack(value);
}
