import { describe, expect, it } from 'vitest';
import { parseBackup, makeBackup } from '../../src/core/annotations/backup';
import { exportJsonLd } from '../../src/core/annotations/export-jsonld';
import { parseAnnotationFile, planMerge } from '../../src/core/annotations/import';
import { updateAnnotation, fieldsOf } from '../../src/core/annotations/model';
import { makeAnnotation } from './annotations-fixtures';

const gpu = makeAnnotation('over 200,000 Nvidia GPUs', { verdict: 'inaccurate', tags: ['gpu-count'], note: 'Anthropic says over 220,000.', claimId: 'gpu-count-over-200k' });
const naacp = makeAnnotation('The NAACP has filed a lawsuit against SpaceX.', { verdict: 'misleading' });

function hypothesisExport(annotations: unknown[]): string {
  return JSON.stringify({ export_date: '2026-05-09T10:00:00.000Z', export_userid: 'acct:ada@hypothes.is', client_version: '1.1500.0', annotations });
}

const hypoAnnotation = {
  id: 'AbC123_xyz',
  created: '2026-05-08T12:00:00.000000+00:00',
  updated: '2026-05-08T12:30:00.000000+00:00',
  user: 'acct:ada@hypothes.is',
  uri: 'https://www.cnbc.com/2026/05/06/anthropic-spacex.html',
  text: 'Check this number',
  tags: ['gpus', 'to-verify'],
  group: '__world__',
  target: [
    {
      source: 'https://www.cnbc.com/2026/05/06/anthropic-spacex.html',
      selector: [
        { type: 'RangeSelector', startContainer: '/div[1]/p[2]', startOffset: 0, endContainer: '/div[1]/p[2]', endOffset: 20 },
        { type: 'TextPositionSelector', start: 120, end: 144 },
        { type: 'TextQuoteSelector', exact: 'over 200,000 Nvidia GPUs', prefix: 'the equivalent of ', suffix: ' in processing' },
      ],
    },
  ],
  document: { title: ['Anthropic signs SpaceX compute deal'] },
};

describe('import of our JSON-LD', () => {
  it('reads back exactly what "Export JSON-LD" wrote', () => {
    const parsed = parseAnnotationFile(exportJsonLd([gpu, naacp]));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.format).toBe('deal-lens-jsonld');
    const byId = new Map(parsed.value.annotations.map((a) => [a.id, a]));
    expect(byId.get(gpu.id)).toEqual(gpu);
    expect(byId.get(naacp.id)).toEqual(naacp);
  });

  it('accepts a bare annotation, an AnnotationPage and an array', () => {
    for (const doc of [gpu, { type: 'AnnotationPage', items: [gpu] }, [gpu]]) {
      const r = parseAnnotationFile(JSON.stringify(doc));
      expect(r.ok, JSON.stringify(doc).slice(0, 40)).toBe(true);
      if (r.ok) expect(r.value.annotations).toEqual([gpu]);
    }
  });

  it.each([
    ['not JSON', '{"type": "AnnotationCollection", ', /not valid JSON/],
    ['empty', '   ', /empty/],
    ['some other JSON', '{"hello": "world"}', /not an annotation file/],
    ['a missing quote', JSON.stringify([{ ...gpu, target: { ...gpu.target, selector: [gpu.target.selector[1]] } }]), /\[0\]\.target\.selector: needs a TextQuoteSelector/],
    ['a wrong type', JSON.stringify([{ ...gpu, created: 12 }]), /\[0\]\.created: must be text/],
    ['an unknown verdict', JSON.stringify([{ ...gpu, body: [{ type: 'TextualBody', purpose: 'assessing', value: 'pants-on-fire' }] }]), /unknown verdict "pants-on-fire"/],
    ['a non-web source', JSON.stringify([{ ...gpu, target: { ...gpu.target, source: 'javascript:alert(1)' } }]), /target\.source: must be an http\(s\) address/],
    ['a bad date', JSON.stringify([{ ...gpu, modified: 'yesterday' }]), /modified: is not a date/],
    ['deep nesting', `${'['.repeat(100)}${']'.repeat(100)}`, /nested deeper/],
  ])('refuses a file with %s and says what is wrong', (_name, text, message) => {
    const r = parseAnnotationFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses the whole file when one item is bad', () => {
    const r = parseAnnotationFile(JSON.stringify([gpu, { ...naacp, id: 42 }]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^nothing was imported: \[1\]\.id/);
  });

  it('drops __proto__ and constructor keys without polluting any prototype', () => {
    const text = `[{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(gpu).slice(1)}]`;
    const r = parseAnnotationFile(text);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.ok) {
      expect(Object.getPrototypeOf(r.value.annotations[0])).toBe(Object.prototype);
      expect(r.value.annotations[0]).toEqual(gpu);
    }
  });
});

describe('import of a Hypothesis export', () => {
  it('maps quote, position, tags, note, title and a stable id', () => {
    const r = parseAnnotationFile(hypothesisExport([hypoAnnotation]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.format).toBe('hypothesis');
    const [a] = r.value.annotations;
    expect(a.id).toBe('https://hypothes.is/a/AbC123_xyz');
    expect(a.target.source).toBe('https://www.cnbc.com/2026/05/06/anthropic-spacex.html');
    expect(a.target.title).toBe('Anthropic signs SpaceX compute deal');
    expect(a.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'over 200,000 Nvidia GPUs', prefix: 'the equivalent of ', suffix: ' in processing' },
      { type: 'TextPositionSelector', start: 120, end: 144 },
    ]);
    expect(fieldsOf(a)).toEqual({ verdict: null, tags: ['gpus', 'to-verify'], note: 'Check this number', claimId: null });
    expect(a.created).toBe('2026-05-08T12:00:00.000Z');
    expect(a.modified).toBe('2026-05-08T12:30:00.000Z');
  });

  it('skips page notes and replies, saying why', () => {
    const pageNote = { ...hypoAnnotation, id: 'note1', target: [{ source: hypoAnnotation.uri }] };
    const reply = { ...hypoAnnotation, id: 'reply1', references: ['AbC123_xyz'], target: [{ source: hypoAnnotation.uri }] };
    const r = parseAnnotationFile(hypothesisExport([hypoAnnotation, pageNote, reply]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.annotations).toHaveLength(1);
    expect(r.value.skipped).toEqual([
      { id: 'https://hypothes.is/a/note1', reason: 'a page note (no quoted passage)' },
      { id: 'https://hypothes.is/a/reply1', reason: 'a reply to another annotation (no passage of its own)' },
    ]);
  });
});

describe('planMerge', () => {
  const parsed = (annotations: typeof gpu[]) => ({ format: 'deal-lens-jsonld' as const, annotations, skipped: [] });

  it('adds new annotations and skips ones already stored', () => {
    const plan = planMerge([gpu], parsed([gpu, naacp]));
    expect(plan.toPut.map((a) => a.id)).toEqual([naacp.id]);
    expect(plan.summary.added).toBe(1);
    expect(plan.summary.skipped).toEqual([{ id: gpu.id, reason: 'already present (the stored version is the same or newer)' }]);
  });

  it('replaces a stored annotation only with a newer version', () => {
    const newer = updateAnnotation(gpu, { ...fieldsOf(gpu), note: 'edited' }, new Date('2026-05-09T00:00:00Z'));
    expect(planMerge([gpu], parsed([newer])).summary).toMatchObject({ added: 0, updated: 1 });
    expect(planMerge([newer], parsed([gpu])).summary).toMatchObject({ added: 0, updated: 0 });
  });

  it('skips the same passage with the same content under another id, and an id listed twice', () => {
    const copy = { ...gpu, id: 'urn:uuid:00000000-0000-4000-8000-000000000000' };
    const plan = planMerge([gpu], parsed([copy, naacp, naacp]));
    expect(plan.toPut.map((a) => a.id)).toEqual([naacp.id]);
    const reasons = plan.summary.skipped.map((s) => s.reason);
    expect(reasons).toContain('the same passage with the same verdict, tags and note is already present');
    expect(reasons).toContain('listed twice in the file (the newest copy is used)');
  });
});

describe('backup files', () => {
  it('round-trips annotations and the reviewer', () => {
    const text = makeBackup({ annotations: [gpu, naacp], claimPacks: [], reviewer: { name: 'Ada', organisation: 'Desk' } });
    const r = parseBackup(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.annotations).toEqual([gpu, naacp]);
      expect(r.value.reviewer).toEqual({ name: 'Ada', organisation: 'Desk' });
    }
  });

  it('refuses a file that is not a backup, or holds a bad pack', () => {
    expect(parseBackup(exportJsonLd([gpu])).ok).toBe(false);
    const bad = JSON.parse(makeBackup({ annotations: [], claimPacks: [], reviewer: null }));
    bad.claimPacks = [{ meta: { name: 'x' } }];
    const r = parseBackup(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^claimPacks\[0\]: /);
  });
});
