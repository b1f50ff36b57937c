/**
 * A generator of malformed and malicious files for the three ways a user hands Deal Lens a file:
 * annotation import, backup restore and claim-pack import. Each case names the message the user
 * must see (a pattern), so the test checks that the reason is the right one, not just that some
 * error came back. Cases are built from a valid file of each kind, broken in one way each.
 */
import type { ClaimPack } from '../../src/claims/types';
import { makeBackup } from '../../src/core/annotations/backup';
import { exportJsonLd } from '../../src/core/annotations/export-jsonld';
import type { Annotation } from '../../src/core/annotations/model';
import { makeAnnotation } from './annotations-fixtures';

/** Which import the file is fed to. */
export type ImportPath = 'annotations' | 'backup' | 'pack';

export interface BadFile {
  path: ImportPath;
  name: string;
  text: string;
  /** What the message must say. */
  expect: RegExp;
}

type Json = any;

const SCRIPT = '<script>alert(document.cookie)</script>';
const IMG = '<img src=x onerror=alert(1)>';

/** A valid annotation to break. */
export function validAnnotation(): Annotation {
  return makeAnnotation('over 200,000 Nvidia GPUs', { verdict: 'inaccurate', tags: ['gpu-count'], note: 'Anthropic says over 220,000.' }, { now: '2026-05-08T09:00:00Z' });
}

/** A valid claim pack to break (its own small world: two reports, three claims, one conflict). */
export function validPack(name = 'hostile-test-pack'): ClaimPack {
  return {
    meta: { name, version: '1.0.0', asOf: '2026-06-01' },
    reports: [
      { id: 'rep-a', publisher: 'Example News', kind: 'news' },
      { id: 'rep-b', publisher: 'Other Outlet', kind: 'analysis' },
    ],
    claims: [
      {
        id: 'claim-a',
        topic: 'gpu-count',
        statement: 'SpaceX provides over 220,000 GPUs.',
        variants: ['over 220,000 GPUs at Colossus 1'],
        anchors: [['gpu', 'gpus']],
        appearances: [{ report: 'rep-a', quote: null, cites: [] }],
        status: 'single-source',
      },
      {
        id: 'claim-b',
        topic: 'gpu-count',
        statement: 'SpaceX provides over 200,000 GPUs.',
        variants: ['over 200,000 GPUs at Colossus 1'],
        anchors: [['gpu', 'gpus']],
        appearances: [{ report: 'rep-b', quote: null, cites: [] }],
        status: 'single-source',
        lessPreciseOf: 'claim-a',
      },
      {
        id: 'claim-c',
        topic: 'ipo',
        statement: 'SpaceX plans an IPO in June.',
        variants: ['SpaceX IPO in June'],
        anchors: [['ipo']],
        appearances: [{ report: 'rep-a', quote: null, cites: [] }],
        status: 'single-source',
      },
    ],
    conflicts: [{ id: 'gpu-count', kind: 'numeric', explanation: 'GPU counts differ.', claims: ['claim-a', 'claim-b'], preferred: 'claim-a' }],
  };
}

function validAnnotationFile(): Json {
  return JSON.parse(exportJsonLd([validAnnotation()], { now: new Date('2026-05-09T00:00:00Z') }));
}
function validBackup(): Json {
  return JSON.parse(makeBackup({ annotations: [validAnnotation()], claimPacks: [validPack()], reviewer: { name: 'R', organisation: 'O' } }, new Date('2026-05-09T00:00:00Z')));
}

/** Sets `value` at a dotted path (`a.b[0].c`) in a copy of `root`; `undefined` deletes the key. */
function setAt(root: Json, path: string, value: unknown): Json {
  const copy = structuredClone(root);
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let at = copy;
  for (const k of keys.slice(0, -1)) at = at[k];
  const last = keys[keys.length - 1];
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

const j = (v: unknown) => JSON.stringify(v);

/** Text that is not JSON (or not whole JSON), starting from a valid file's text. */
function brokenJson(valid: string): { name: string; text: string; expect: RegExp }[] {
  const NOT_JSON = /not valid JSON/;
  const out = [
    { name: 'empty file', text: '', expect: /empty/ },
    { name: 'only whitespace', text: ' \n\t \r\n', expect: /empty/ },
    { name: 'only a byte-order mark', text: '\uFEFF', expect: /empty/ },
    { name: 'trailing comma', text: valid.replace(/}\s*$/, ',}'), expect: NOT_JSON },
    { name: 'single-quoted strings', text: valid.replace(/"/g, "'"), expect: NOT_JSON },
    { name: 'a comment before the data', text: `// exported\n${valid}`, expect: NOT_JSON },
    { name: 'NaN as a value', text: valid.replace(/^\{/, '{"n": NaN,'), expect: NOT_JSON },
    { name: 'two documents back to back', text: `${valid}${valid}`, expect: NOT_JSON },
    { name: 'unterminated string', text: '{"format": "deal-lens-backup', expect: NOT_JSON },
    { name: 'HTML page instead of JSON', text: `<!doctype html><html><body>${SCRIPT}</body></html>`, expect: NOT_JSON },
    { name: 'a script instead of JSON', text: `alert(1); ${SCRIPT}`, expect: NOT_JSON },
    { name: 'binary bytes', text: String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i)), expect: NOT_JSON },
    { name: 'raw control character inside a string', text: valid.replace('"', '"\u0001'), expect: NOT_JSON },
    { name: 'CSV instead of JSON', text: 'id,quote,verdict\n1,"over 200,000",inaccurate\n', expect: NOT_JSON },
    { name: 'JavaScript object literal (unquoted keys)', text: '{format: "deal-lens-backup", version: 1}', expect: NOT_JSON },
    { name: 'bad escape', text: '{"a": "\\x41"}', expect: NOT_JSON },
  ];
  // The valid file cut off at several points, as a failed download leaves it.
  for (const f of [0.02, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.99]) {
    out.push({ name: `truncated at ${Math.round(f * 100)}%`, text: valid.slice(0, Math.max(1, Math.floor(valid.length * f))), expect: NOT_JSON });
  }
  return out;
}

/** Values that are JSON but not the kind of document each import wants. */
const WRONG_DOCUMENTS: [string, string][] = [
  ['null', 'null'],
  ['true', 'true'],
  ['a number', '42'],
  ['a string', j('deal-lens-backup')],
  ['a string holding script', j(SCRIPT)],
  ['an empty object', '{}'],
  ['an array of numbers', '[1, 2, 3]'],
  ['an array of strings', j(['a', 'b'])],
  ['an array of nulls', '[null, null]'],
];

/** Nesting far beyond any real file, as arrays, as objects, and inside a valid field. */
function deepNesting(): { name: string; text: string }[] {
  const arrays = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const objects = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
  return [
    { name: 'arrays nested 41 deep', text: arrays(41) },
    { name: 'arrays nested 1,000 deep', text: arrays(1000) },
    { name: 'arrays nested 500,000 deep', text: arrays(500_000) },
    { name: 'objects nested 100 deep', text: objects(100) },
    { name: 'objects nested 100,000 deep', text: objects(100_000) },
    { name: 'unbalanced opening brackets (1,000,000)', text: '['.repeat(1_000_000) },
  ];
}

const DEEP = /nested deeper/;
const TOO_LARGE = /too large/;

/** Every case, for every import path. */
export function badFiles(): BadFile[] {
  const cases: BadFile[] = [];
  const add = (path: ImportPath, name: string, text: string, expect: RegExp) => cases.push({ path, name, text, expect });

  const valid: Record<ImportPath, Json> = { annotations: validAnnotationFile(), backup: validBackup(), pack: validPack() };
  const notThisKind: Record<ImportPath, RegExp> = {
    annotations: /not an annotation file|nothing was imported/,
    backup: /not a Deal Lens backup/,
    pack: /\(root\)|meta|claims|reports/,
  };

  for (const path of ['annotations', 'backup', 'pack'] as ImportPath[]) {
    const text = j(valid[path]);
    for (const c of brokenJson(text)) add(path, `broken JSON: ${c.name}`, c.text, c.expect);
    for (const [name, t] of WRONG_DOCUMENTS) add(path, `wrong document: ${name}`, t, notThisKind[path]);
    for (const c of deepNesting()) add(path, `deep nesting: ${c.name}`, c.text, DEEP);
    // Deep nesting inside an otherwise valid file.
    const deepInside = path === 'annotations' ? setAt(valid[path], 'first.items[0].body[0].value', 0) : setAt(valid[path], path === 'backup' ? 'reviewer.name' : 'meta.name', 0);
    add(path, 'deep nesting inside a valid field', j(deepInside).replace(/:0([,}])/, `:${'['.repeat(60)}${']'.repeat(60)}$1`), DEEP);
    // Enormous files: over the 20,000,000-character limit, in whitespace and in one long string.
    add(path, 'enormous: 21 million spaces around a valid file', `${' '.repeat(21_000_000)}${text}`, TOO_LARGE);
    add(path, 'enormous: a 21-million-character string value', text.replace(/^\{/, `{"junk":"${'A'.repeat(21_000_000)}",`), TOO_LARGE);
    // A valid document wrapped so the expected shape is one level down.
    add(path, 'valid document wrapped in an array', j([valid[path], valid[path]]), notThisKind[path]);
  }

  // ---- annotation import: prototype keys ------------------------------------------------------
  const A = 'first.items[0]';
  const annoFile = valid.annotations;
  const protoA: [string, string, RegExp][] = [
    ['the whole file is one __proto__ key', '{"__proto__": {"type": "AnnotationCollection", "first": {"items": []}}}', /not an annotation file/],
    ['target supplied only through __proto__', j(setAt(annoFile, `${A}.target`, '@T@')).replace('"@T@"', `{"__proto__":${j(annoFile.first.items[0].target)}}`), /target\.source: missing/],
    ['the annotation list supplied through constructor.prototype', '{"type":"AnnotationCollection","constructor":{"prototype":{"first":{"items":[]}}}}', /not an annotation file/],
    ['items supplied through __proto__ of first', j(annoFile).replace('"first":{', '"first":{"__proto__":'), /not valid JSON|not an annotation file/],
    ['selector quote supplied through __proto__', j(annoFile).replace(/"type":"TextQuoteSelector","exact":"[^"]*"/, '"type":"TextQuoteSelector","__proto__":{"exact":"smuggled"}'), /exact: missing/],
  ];
  for (const [name, text, expect] of protoA) add('annotations', `prototype keys: ${name}`, text, expect);

  // ---- annotation import: wrong types and script in fields -----------------------------------
  const annoBreaks: [string, unknown, RegExp][] = [
    ['id', 42, /\.id: must be text/],
    ['id', [], /\.id: must be text/],
    ['id', {}, /\.id: must be text/],
    ['id', true, /\.id: must be text/],
    ['id', '', /\.id: is empty/],
    ['id', '   ', /\.id: is empty/],
    ['id', SCRIPT, /\.id: must be a URI/],
    ['id', `javascript:${IMG}`, /\.id: must be a URI/],
    ['id', 'x'.repeat(301), /\.id: longer than/],
    ['type', 'Script', /\.type: must be "Annotation"/],
    ['type', 7, /\.type: must be "Annotation"/],
    ['created', 'yesterday', /\.created: is not a date/],
    ['created', 1715000000000, /\.created: must be text/],
    ['created', null, /\.created: missing/],
    ['created', SCRIPT, /\.created: is not a date/],
    ['modified', 'never', /\.modified: is not a date/],
    ['modified', ['2026-05-01'], /\.modified: must be text/],
    ['target', 'https://www.cnbc.com/', /\.target: missing/],
    ['target', null, /\.target: missing/],
    ['target', [], /\.target: missing/],
    ['target.source', 'javascript:alert(1)', /\.target\.source: must be an http\(s\) address/],
    ['target.source', `data:text/html,${SCRIPT}`, /\.target\.source: must be an http\(s\) address/],
    ['target.source', 'file:///etc/passwd', /\.target\.source: must be an http\(s\) address/],
    ['target.source', SCRIPT, /\.target\.source: is not a web address/],
    ['target.source', 12, /\.target\.source: must be text/],
    ['target.source', undefined, /\.target\.source: missing/],
    ['target.source', `https://x.example/${'a'.repeat(4001)}`, /\.target\.source: longer than/],
    ['target.title', { text: 'x' }, /\.target\.title: must be text/],
    ['target.title', 'T'.repeat(2001), /\.target\.title: longer than/],
    ['target.selector', [], /needs a TextQuoteSelector/],
    ['target.selector', 'TextQuoteSelector', /needs a TextQuoteSelector/],
    ['target.selector[0]', 'TextQuoteSelector', /selector\[0\]: must be an object/],
    ['target.selector[0].exact', 5, /exact: must be text/],
    ['target.selector[0].exact', '   ', /exact: is empty/],
    ['target.selector[0].exact', undefined, /exact: missing/],
    ['target.selector[0].prefix', 99, /prefix: must be text/],
    ['target.selector[0].suffix', 'S'.repeat(401), /suffix: longer than/],
    ['target.selector[1].start', -1, /TextPositionSelector needs whole numbers/],
    ['target.selector[1].start', 1.5, /TextPositionSelector needs whole numbers/],
    ['target.selector[1].start', '10', /TextPositionSelector needs whole numbers/],
    ['target.selector[1].end', 0, /TextPositionSelector needs whole numbers/],
    ['target.selector[1].end', 1e300, /TextPositionSelector needs whole numbers/],
    ['body', 'a note', /body\[0\]: must be an object/],
    ['body', [null], /body\[0\]: must be an object/],
    ['body[0].value', SCRIPT, /unknown verdict/],
    ['body[0].value', 'true; alert(1)', /unknown verdict/],
    ['body[0].value', 3, /value: must be text/],
    ['body[1].value', IMG.repeat(40), /value: longer than 200/],
    ['body[1].value', { tag: 'x' }, /value: must be text/],
    ['body[2].value', ['note'], /value: must be text/],
    ['body[2].value', 'N'.repeat(20_001), /value: longer than 20000/],
  ];
  for (const [field, value, expect] of annoBreaks) {
    add('annotations', `wrong field: ${field} = ${j(value)?.slice(0, 40) ?? 'removed'}`, j(setAt(annoFile, `${A}.${field}`, value)), expect);
  }
  // Body order in our export: assessing, tagging, commenting.
  const annoBodies = valid.annotations.first.items[0].body.map((b: Json) => b.purpose);
  if (annoBodies.join() !== 'assessing,tagging,commenting') throw new Error(`corpus assumes body order assessing,tagging,commenting; got ${annoBodies}`);
  add('annotations', 'too many tags (60)', j(setAt(annoFile, `${A}.body`, [...Array.from({ length: 60 }, (_, i) => ({ type: 'TextualBody', purpose: 'tagging', value: `t${i}` }))])), /more than 50 tags/);
  add('annotations', 'claim link with a script id', j(setAt(annoFile, `${A}.body`, [{ type: 'SpecificResource', purpose: 'linking', source: `urn:deal-lens:claim:${SCRIPT}` }])), /claim id must be kebab-case/);
  add('annotations', 'one good and one bad annotation: nothing imported', j(setAt(annoFile, 'first.items', [annoFile.first.items[0], { ...annoFile.first.items[0], id: 'not a uri' }])), /nothing was imported: first\.items\[1\]\.id/);
  add('annotations', 'AnnotationCollection without items', j({ ...annoFile, first: { type: 'AnnotationPage' } }), /not an annotation file/);
  add('annotations', 'Hypothesis export with a bad id', j({ export_date: '2026-05-09', annotations: [{ id: SCRIPT, created: '2026-05-09T00:00:00Z', updated: '2026-05-09T00:00:00Z', target: [{ source: 'https://a.example/', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }] }] }), /is not a Hypothesis id/);
  add('annotations', 'Hypothesis export with non-text tags', j({ export_date: '2026-05-09', annotations: [{ id: 'abc', created: '2026-05-09T00:00:00Z', uri: 'https://a.example/', tags: [{ evil: true }], target: [{ source: 'https://a.example/', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }] }] }), /tags: must be a list of text/);
  add('annotations', 'Hypothesis export with a javascript: page', j({ export_date: '2026-05-09', annotations: [{ id: 'abc', created: '2026-05-09T00:00:00Z', uri: 'javascript:alert(1)', target: [{ source: 'javascript:alert(1)', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }] }] }), /must be an http\(s\) address/);
  add('annotations', 'over 50,000 annotations', j(Array.from({ length: 50_001 }, () => 0)), /too many annotations/);

  // ---- backup restore ------------------------------------------------------------------------
  const bk = valid.backup;
  const backupBreaks: [string, unknown, RegExp][] = [
    ['format', 'deal-lens-backup ', /not a Deal Lens backup/],
    ['format', SCRIPT, /not a Deal Lens backup/],
    ['format', undefined, /not a Deal Lens backup/],
    ['version', 2, /backup version 2 is not supported/],
    ['version', '1', /backup version 1 is not supported|version/],
    ['version', null, /backup version null is not supported/],
    ['annotations', {}, /annotations: must be a list/],
    ['annotations', 'all', /annotations: must be a list/],
    ['annotations', undefined, /annotations: must be a list/],
    ['claimPacks', {}, /claimPacks: must be a list/],
    ['claimPacks', null, /claimPacks: must be a list/],
    ['annotations[0].id', 42, /annotations.*\.id: must be text/],
    ['annotations[0].target.source', 'javascript:alert(1)', /annotations.*must be an http\(s\) address/],
    ['annotations[0].created', 'soon', /annotations.*is not a date/],
    ['annotations[0].body[0].value', SCRIPT, /annotations.*unknown verdict/],
    ['annotations[0]', 'annotation', /annotations.*must be an object/],
    ['claimPacks[0]', 'pack', /claimPacks\[0\]/],
    ['claimPacks[0].meta', null, /claimPacks\[0\]: meta/],
    ['claimPacks[0].claims[0].appearances[0].report', 'rep-missing', /claimPacks\[0\]:.*unknown report "rep-missing"/],
    ['claimPacks[0].conflicts[0].claims[1]', 'claim-missing', /claimPacks\[0\]:.*unknown claim "claim-missing"/],
    ['claimPacks[0].claims[0].topic', SCRIPT, /claimPacks\[0\]:.*topic/],
    ['claimPacks[0].claims[1].lessPreciseOf', 'nowhere', /claimPacks\[0\]:.*unknown claim "nowhere"/],
  ];
  for (const [field, value, expect] of backupBreaks) add('backup', `wrong field: ${field} = ${j(value)?.slice(0, 40) ?? 'removed'}`, j(setAt(bk, field, value)), expect);
  const protoB: [string, string][] = [
    ['__proto__ at the root', j(bk).replace(/^\{/, '{"__proto__":{"isAdmin":true},')],
    ['constructor in an annotation', j(bk).replace('"annotations":[{', '"annotations":[{"constructor":{"prototype":{"x":1}},')],
    ['prototype key in a pack', j(bk).replace('"claimPacks":[{', '"claimPacks":[{"prototype":{"x":1},')],
    ['__proto__ as the reviewer', j(setAt(bk, 'reviewer', '@R@')).replace('"@R@"', '{"__proto__":{"name":"x","organisation":"y"}}')],
  ];
  for (const [name, text] of protoB) add('backup', `prototype keys: ${name}`, text, /contains the key "(__proto__|constructor|prototype)", which is not allowed/);

  // ---- claim pack import ---------------------------------------------------------------------
  const pk = valid.pack;
  const packBreaks: [string, unknown, RegExp][] = [
    ['meta', undefined, /meta: missing/],
    ['meta', 'pack', /meta: must be an object|meta/],
    ['meta.name', '', /meta\.name/],
    ['meta.name', 5, /meta\.name/],
    ['meta.version', null, /meta\.version/],
    ['meta.asOf', 'last week', /meta\.asOf/],
    ['meta.asOf', SCRIPT, /meta\.asOf/],
    ['reports', {}, /reports/],
    ['reports[0].id', 'Rep A', /reports\[0\]\.id/],
    ['reports[0].id', SCRIPT, /reports\[0\]\.id/],
    ['reports[0].kind', 'rumour', /reports\[0\]\.kind/],
    ['reports[0].publisher', 7, /reports\[0\]\.publisher/],
    ['reports[1].id', 'rep-a', /reports.*(duplicate|twice|rep-a)/],
    ['claims', 'many', /claims/],
    ['claims[0].id', 'Claim A', /claims\[0\]\.id/],
    ['claims[0].id', `${IMG}`, /claims\[0\]\.id/],
    ['claims[1].id', 'claim-a', /claims.*(duplicate|twice|claim-a)/],
    ['claims[0].topic', 'gpu', /claims\[0\]\.topic/],
    ['claims[0].status', 'true', /claims\[0\]\.status/],
    ['claims[0].statement', 12, /claims\[0\]\.statement/],
    ['claims[0].statement', 'S'.repeat(2001), /claims\[0\]\.statement/],
    ['claims[0].variants', 'over 220,000 GPUs', /claims\[0\]\.variants/],
    ['claims[0].variants', [42], /claims\[0\]\.variants/],
    ['claims[0].anchors', [['gpu'], 'x'], /claims\[0\]\.anchors/],
    ['claims[0].anchors', 'gpu', /claims\[0\]\.anchors/],
    ['claims[0].appearances', null, /claims\[0\]\.appearances/],
    ['claims[0].appearances[0].report', 'rep-z', /unknown report "rep-z"/],
    ['claims[0].appearances[0].report', SCRIPT, /claims\[0\]\.appearances\[0\]\.report/],
    ['claims[0].appearances[0].cites', 'Reuters', /claims\[0\]\.appearances\[0\]\.cites/],
    ['claims[0].appearances[0].cites', ['rep-nowhere'], /unknown report "rep-nowhere"/],
    ['claims[1].lessPreciseOf', 'claim-zzz', /unknown claim "claim-zzz"/],
    ['claims[1].lessPreciseOf', 'claim-b', /claims\[1\]\.lessPreciseOf/],
    ['claims[2].supersededBy', 'claim-gone', /unknown claim "claim-gone"/],
    ['claims[0].slots', 'big', /claims\[0\]\.slots/],
    ['claims[0].slots', { quantity: { value: 'many', bound: 'over', unit: 'gpu' } }, /claims\[0\]\.slots\.quantity/],
    ['claims[0].slots', { quantity: { value: 1, bound: 'roughly', unit: 'gpu' } }, /claims\[0\]\.slots\.quantity\.bound/],
    ['claims[0].slots', { date: 'May' }, /claims\[0\]\.slots\.date/],
    ['conflicts', 'none', /conflicts/],
    ['conflicts[0].claims', ['claim-a', 'claim-ghost'], /unknown claim "claim-ghost"/],
    ['conflicts[0].claims', ['claim-a', 'claim-a'], /lists a claim twice/],
    ['conflicts[0].claims', ['claim-a', 'claim-c'], /must share a topic/],
    ['conflicts[0].preferred', 'claim-c', /is not one of the group's claims/],
    ['conflicts[0].kind', 'opinion', /conflicts\[0\]\.kind/],
    ['conflicts[0].id', 'GPU COUNT', /conflicts\[0\]\.id/],
  ];
  for (const [field, value, expect] of packBreaks) add('pack', `wrong field: ${field} = ${j(value)?.slice(0, 40) ?? 'removed'}`, j(setAt(pk, field, value)), expect);
  const manyClaims = structuredClone(pk);
  manyClaims.claims = Array.from({ length: 5001 }, (_, i) => ({ ...pk.claims[2], id: `claim-${i}` }));
  add('pack', 'more than 5,000 claims', j(manyClaims), /claims/);
  const protoP: [string, string][] = [
    ['__proto__ at the root', j(pk).replace(/^\{/, '{"__proto__":{"polluted":true},')],
    ['constructor in meta', j(pk).replace('"meta":{', '"meta":{"constructor":{"prototype":{"polluted":true}},')],
    ['__proto__ in a claim', j(pk).replace('"claims":[{', '"claims":[{"__proto__":{"status":"corroborated"},')],
    ['prototype in a conflict group', j(pk).replace('"conflicts":[{', '"conflicts":[{"prototype":{},')],
    ['__proto__ as a slot', j(pk).replace('"variants":["over 220,000', '"slots":{"__proto__":{"x":1}},"variants":["over 220,000')],
  ];
  for (const [name, text] of protoP) add('pack', `prototype keys: ${name}`, text, /contains the key "(__proto__|constructor|prototype)", which is not allowed/);

  return cases;
}
