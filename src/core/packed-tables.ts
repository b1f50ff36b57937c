/**
 * Plain-JSON form of a record of tables (typed arrays, Maps, Sets, arrays of records), so the build can
 * ship the matcher's index and a starting worker rebuilds it with a few native copies instead of
 * running the index code. Generic on purpose: each field's kind is worked out from its value when
 * packing and travels with the data, so a table added to the index later is carried without a change
 * here (a value of a kind it cannot carry exactly is an error at build time, never a silent loss).
 */

/**
 * How a value travels: 'j' as plain JSON; a typed array's name ('Int32Array', …) as a list of its
 * numbers; 's' a Set as its values; 'm' a Map as [keys, values]; 'a:K' an array of values of kind K;
 * 'r' an array of records, column by column.
 */
type Kind = string;

/** A packed record: field names, their kinds, and their packed values, in the record's own order. */
export type PackedRecord = [keys: string[], kinds: Kind[], values: unknown[]];
/** Records packed column by column: one kind per field for all of them. */
export type PackedRows = [count: number, keys: string[], kinds: Kind[], columns: unknown[][]];

const TYPED = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float64Array,
} as const;
type TypedName = keyof typeof TYPED;

function typedName(v: unknown): TypedName | null {
  for (const name of Object.keys(TYPED) as TypedName[]) if (v instanceof TYPED[name]) return name;
  return null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/** Throws unless `v` survives JSON unchanged: strings, finite numbers (not -0), booleans, null, dense arrays of these. */
function checkJson(v: unknown, path: string): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || Object.is(v, -0)) throw new Error(`${path}: ${v} does not survive JSON`);
    return;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) throw new Error(`${path}[${i}]: hole in array`);
      checkJson(v[i], `${path}[${i}]`);
    }
    return;
  }
  throw new Error(`${path}: cannot pack ${Object.prototype.toString.call(v)}`);
}

/** The kind of a value; '' for an empty array, which any array kind unpacks the same. */
function kindOf(v: unknown, path: string): Kind {
  const typed = typedName(v);
  if (typed) return typed;
  if (v instanceof Set) return 's';
  if (v instanceof Map) return 'm';
  if (Array.isArray(v)) {
    if (v.length === 0) return '';
    if (v.every((x) => isRecord(x))) return 'r';
    const inner = commonKind(v, path);
    return inner === 'j' ? 'j' : 'a:' + inner;
  }
  checkJson(v, path);
  return 'j';
}

/** One kind for all these values (empty arrays go with any array kind). */
function commonKind(values: readonly unknown[], path: string): Kind {
  let kind: Kind = '';
  values.forEach((v, i) => {
    const k = kindOf(v, `${path}[${i}]`);
    if (k === '' || k === kind) return;
    if (kind !== '') throw new Error(`${path}: values of kinds ${kind} and ${k} in one list`);
    kind = k;
  });
  return kind === '' ? 'j' : kind;
}

function packAs(kind: Kind, v: unknown, path: string): unknown {
  if (kind === 'j') {
    checkJson(v, path);
    return v;
  }
  if (kind in TYPED) return Array.from(v as ArrayLike<number>, (x, i) => (checkJson(x, `${path}[${i}]`), x));
  if (kind === 's') {
    const values = [...(v as Set<unknown>)];
    checkJson(values, path);
    return values;
  }
  if (kind === 'm') {
    const keys = [...(v as Map<unknown, unknown>).keys()];
    const values = [...(v as Map<unknown, unknown>).values()];
    checkJson(keys, path);
    checkJson(values, path);
    return [keys, values];
  }
  if (kind === 'r') return packRows(v as Record<string, unknown>[], [], path);
  if (kind.startsWith('a:')) return (v as unknown[]).map((x, i) => packAs(kind.slice(2), x, `${path}[${i}]`));
  throw new Error(`${path}: unknown kind ${kind}`);
}

function unpackAs(kind: Kind, v: unknown): unknown {
  switch (kind) {
    case 'j':
      return v;
    case 's':
      return new Set(v as unknown[]);
    case 'm': {
      const [keys, values] = v as [unknown[], unknown[]];
      const m = new Map();
      for (let i = 0; i < keys.length; i++) m.set(keys[i], values[i]);
      return m;
    }
    case 'r':
      return unpackRows(v as PackedRows);
    default:
      if (kind in TYPED) return new TYPED[kind as TypedName](v as number[]);
      if (kind.startsWith('a:')) {
        const inner = kind.slice(2);
        const list = v as unknown[];
        const out = new Array(list.length);
        for (let i = 0; i < list.length; i++) out[i] = unpackAs(inner, list[i]);
        return out;
      }
      throw new Error(`unknown kind ${kind}`);
  }
}

/** Packs a record of tables; `omit` names fields left out (the caller supplies them again when unpacking). */
export function packRecord(record: Record<string, unknown>, omit: readonly string[] = [], path = 'tables'): PackedRecord {
  const keys = Object.keys(record).filter((k) => !omit.includes(k));
  const kinds = keys.map((k) => {
    const kind = kindOf(record[k], `${path}.${k}`);
    return kind === '' ? 'j' : kind;
  });
  return [keys, kinds, keys.map((k, i) => packAs(kinds[i], record[k], `${path}.${k}`))];
}

/** The record `packRecord` packed, its fields added to `into` in their original order. */
export function unpackRecord<T>(packed: PackedRecord, into: Record<string, unknown> = {}): T {
  const [keys, kinds, values] = packed;
  for (let i = 0; i < keys.length; i++) into[keys[i]] = unpackAs(kinds[i], values[i]);
  return into as T;
}

/**
 * Records column by column; every record must have the same fields in the same order. A column of
 * typed arrays (or of lists of them) travels as one flat list of numbers with the lengths, and
 * unpacks as views into one typed array: a few allocations for the whole column.
 */
export function packRows(rows: readonly Record<string, unknown>[], omit: readonly string[] = [], path = 'rows'): PackedRows {
  const keys = rows.length > 0 ? Object.keys(rows[0]).filter((k) => !omit.includes(k)) : [];
  rows.forEach((r, i) => {
    const own = Object.keys(r).filter((k) => !omit.includes(k));
    if (own.join('\u0001') !== keys.join('\u0001')) throw new Error(`${path}[${i}]: fields differ from the first record's`);
  });
  const kinds: Kind[] = [];
  const columns = keys.map((k) => {
    const values = rows.map((r) => r[k]);
    const kind = commonKind(values, `${path}.${k}`);
    if (kind in TYPED) {
      kinds.push('c:' + kind);
      const lengths = values.map((v) => (v as ArrayLike<number>).length);
      return [lengths, packAs(kind, values.flatMap((v) => Array.from(v as ArrayLike<number>)), `${path}.${k}`)];
    }
    if (kind.startsWith('a:') && kind.slice(2) in TYPED) {
      kinds.push('c:' + kind);
      const lists = values as ArrayLike<number>[][];
      const flat = lists.flatMap((list) => list.flatMap((v) => Array.from(v)));
      return [lists.map((list) => list.length), lists.flatMap((list) => list.map((v) => v.length)), packAs(kind.slice(2), flat, `${path}.${k}`)];
    }
    kinds.push(kind);
    return values.map((v, i) => packAs(kind, v, `${path}[${i}].${k}`));
  });
  return [rows.length, keys, kinds, columns];
}

/** One column's values, row by row. */
function unpackColumn(kind: Kind, column: unknown, count: number): unknown[] {
  const out = new Array<unknown>(count);
  if (kind.startsWith('c:a:')) {
    const [counts, lengths, flat] = column as [number[], number[], number[]];
    const all = new TYPED[kind.slice(4) as TypedName](flat);
    let at = 0;
    let k = 0;
    for (let i = 0; i < count; i++) {
      const list = new Array(counts[i]);
      for (let j = 0; j < list.length; j++, k++) {
        list[j] = all.subarray(at, at + lengths[k]);
        at += lengths[k];
      }
      out[i] = list;
    }
  } else if (kind.startsWith('c:')) {
    const [lengths, flat] = column as [number[], number[]];
    const all = new TYPED[kind.slice(2) as TypedName](flat);
    let at = 0;
    for (let i = 0; i < count; i++) {
      out[i] = all.subarray(at, at + lengths[i]);
      at += lengths[i];
    }
  } else {
    const values = column as unknown[];
    for (let i = 0; i < count; i++) out[i] = unpackAs(kind, values[i]);
  }
  return out;
}

/** The records `packRows` packed; `base(i)` gives each record's omitted fields, set first. */
export function unpackRows<T>(packed: PackedRows, base?: (i: number) => Record<string, unknown>): T[] {
  const [count, keys, kinds, columns] = packed;
  const cols = keys.map((_, c) => unpackColumn(kinds[c], columns[c], count));
  const out = new Array<T>(count);
  for (let i = 0; i < count; i++) {
    const r: Record<string, unknown> = base ? base(i) : {};
    for (let c = 0; c < keys.length; c++) r[keys[c]] = cols[c][i];
    out[i] = r as T;
  }
  return out;
}
