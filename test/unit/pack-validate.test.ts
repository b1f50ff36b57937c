import { describe, expect, it } from 'vitest';
import { isIsoDate, parsePack, validatePack } from '../../src/core/pack-validate';

/** A small valid pack; each test breaks one thing in a fresh copy. */
function pack(): any {
  return {
    meta: { name: 'Test pack', version: '1.0.0', asOf: '2026-05-20' },
    reports: [
      { id: 'outlet-a', publisher: 'Outlet A', kind: 'news', title: 'A story', url: 'https://example.org/a', cites: ['outlet-b'] },
      { id: 'outlet-b', publisher: 'Outlet B', kind: 'press-release' },
    ],
    claims: [
      {
        id: 'count-over-100',
        topic: 'gpu-count',
        statement: 'The site has over 100 GPUs.',
        slots: { quantity: { value: 100, bound: 'over', unit: 'gpu' }, entities: ['Colossus 1'] },
        variants: ['over 100 GPUs'],
        anchors: [['GPU', 'GPUs']],
        appearances: [{ report: 'outlet-a', quote: 'over 100 GPUs', cites: ['outlet-b'] }],
        status: 'corroborated',
      },
      {
        id: 'count-about-90',
        topic: 'gpu-count',
        statement: 'The site has about 90 GPUs.',
        variants: ['about 90 GPUs'],
        anchors: [['GPU', 'GPUs']],
        appearances: [{ report: 'outlet-b', quote: null, cites: [] }],
        status: 'superseded',
        supersededOn: '2026-05-10',
        supersededBy: 'count-over-100',
      },
    ],
    conflicts: [
      { id: 'count', kind: 'numeric', explanation: 'Two counts.', claims: ['count-over-100', 'count-about-90'], preferred: 'count-over-100' },
    ],
  };
}

function errorsOf(value: unknown): string[] {
  const r = validatePack(value);
  if (r.ok) throw new Error('expected the pack to be rejected');
  return r.errors;
}

describe('validatePack', () => {
  it('accepts a well-formed pack and returns its content', () => {
    const r = validatePack(pack());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.claims.map((c) => c.id)).toEqual(['count-over-100', 'count-about-90']);
      expect(r.value.claims[0].slots?.quantity).toEqual({ value: 100, bound: 'over', unit: 'gpu' });
      expect(r.value.conflicts[0].preferred).toBe('count-over-100');
    }
  });

  it('names the path of a missing field', () => {
    const p = pack();
    delete p.claims[1].statement;
    delete p.meta.asOf;
    const errors = errorsOf(p);
    expect(errors).toContain('claims[1].statement: missing');
    expect(errors).toContain('meta.asOf: missing');
  });

  it('rejects wrong types with what was found', () => {
    const p = pack();
    p.claims[0].variants = 'over 100 GPUs';
    p.claims[0].slots.quantity.value = '100';
    p.reports[0].cites = [42];
    const errors = errorsOf(p);
    expect(errors).toContain('claims[0].variants: expected an array, got string "over 100 GPUs"');
    expect(errors.some((e) => e.startsWith('claims[0].slots.quantity.value: expected a finite number'))).toBe(true);
    expect(errors.some((e) => e.startsWith('reports[0].cites[0]: expected a string'))).toBe(true);
  });

  it('rejects an unknown topic, status, bound, kind and conflict kind', () => {
    const p = pack();
    p.claims[0].topic = 'gpu';
    p.claims[0].status = 'probably';
    p.claims[0].slots.quantity.bound = 'nearly';
    p.reports[1].kind = 'rumour';
    p.conflicts[0].kind = 'numbers';
    const errors = errorsOf(p);
    expect(errors).toContain('claims[0].topic: unknown topic "gpu"');
    expect(errors).toContain('claims[0].status: unknown status "probably"');
    expect(errors).toContain('claims[0].slots.quantity.bound: unknown bound "nearly"');
    expect(errors).toContain('reports[1].kind: unknown report kind "rumour"');
    expect(errors).toContain('conflicts[0].kind: unknown conflict kind "numbers"');
  });

  it('rejects dangling ids in appearances, cites, conflicts and claim links', () => {
    const p = pack();
    p.claims[0].appearances[0].report = 'outlet-z';
    p.claims[0].appearances[0].cites = ['outlet-y'];
    p.reports[0].cites = ['outlet-x'];
    p.claims[1].supersededBy = 'count-gone';
    p.claims[0].lessPreciseOf = 'count-missing';
    p.conflicts[0].claims = ['count-over-100', 'count-nowhere'];
    p.conflicts[0].preferred = 'count-about-90';
    const errors = errorsOf(p);
    expect(errors).toContain('claims[0].appearances[0].report: unknown report "outlet-z"');
    expect(errors).toContain('claims[0].appearances[0].cites[0]: unknown report "outlet-y"');
    expect(errors).toContain('reports[0].cites[0]: unknown report "outlet-x"');
    expect(errors).toContain('claims[1].supersededBy: unknown claim "count-gone"');
    expect(errors).toContain('claims[0].lessPreciseOf: unknown claim "count-missing"');
    expect(errors).toContain('conflicts[0].claims[1]: unknown claim "count-nowhere"');
    expect(errors).toContain('conflicts[0].preferred: "count-about-90" is not one of the group\'s claims');
  });

  it('rejects a cycle of less-precise links', () => {
    const p = pack();
    p.conflicts = [];
    p.claims[0].lessPreciseOf = 'count-about-90';
    p.claims[1].lessPreciseOf = 'count-over-100';
    const errors = errorsOf(p);
    expect(errors).toContain('claims[0].lessPreciseOf: forms a cycle through "count-over-100"');
  });

  it('requires conflict groups of at least two claims of one topic', () => {
    const p = pack();
    p.claims[1].topic = 'power';
    let errors = errorsOf(p);
    expect(errors.some((e) => e.startsWith('conflicts[0].claims: claims of one group must share a topic'))).toBe(true);
    const q = pack();
    q.conflicts[0].claims = ['count-over-100'];
    q.conflicts[0].preferred = null;
    errors = errorsOf(q);
    expect(errors).toContain('conflicts[0].claims: needs at least 2 entries');
  });

  it('rejects duplicate and non-kebab-case ids', () => {
    const p = pack();
    p.claims[1].id = 'count-over-100';
    p.reports[1].id = 'Outlet_B';
    const errors = errorsOf(p);
    expect(errors).toContain('claims[1].id: duplicate id "count-over-100" (also claims[0])');
    expect(errors).toContain('reports[1].id: "Outlet_B" is not a kebab-case id');
  });

  it('rejects prototype keys anywhere, even when they arrive through JSON.parse', () => {
    const text = JSON.stringify(pack()).replace('"statement":"The site has over 100 GPUs."', '"__proto__":{"polluted":true},"statement":"x"');
    const r = parsePack(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain('claims[0]: forbidden key "__proto__"');
    expect(({} as any).polluted).toBeUndefined();
    const p = pack();
    p.meta.constructor = 'x';
    expect(errorsOf(p)).toContain('meta: forbidden key "constructor"');
  });

  it('rejects unknown fields, so a misspelt field is not silently ignored', () => {
    const p = pack();
    p.claims[0].varients = ['x'];
    expect(errorsOf(p)).toContain('claims[0].varients: unknown field');
  });

  it('enforces quote length, superseded dates and ISO dates', () => {
    const p = pack();
    p.claims[0].appearances[0].quote = Array.from({ length: 26 }, (_, i) => `w${i}`).join(' ');
    delete p.claims[1].supersededOn;
    p.meta.asOf = '2026-02-30';
    const errors = errorsOf(p);
    expect(errors).toContain('claims[0].appearances[0].quote: 26 words; a quote may have at most 25');
    expect(errors).toContain('claims[1].supersededOn: a superseded claim needs the date of the later disclosure');
    expect(errors).toContain('meta.asOf: "2026-02-30" is not an ISO date (YYYY-MM-DD or YYYY-MM)');
  });

  it('lets a claim slot be dated to the year ("founded in 2021"), but nothing else', () => {
    const p = pack();
    p.claims[0].slots = { date: '2021' };
    expect(validatePack(p)).toMatchObject({ ok: true, value: { claims: [{ slots: { date: '2021' } }, {}] } });
    p.claims[0].slots = { date: '21' };
    p.meta.asOf = '2026';
    const errors = errorsOf(p);
    expect(errors).toContain('claims[0].slots.date: "21" is not an ISO date (YYYY-MM-DD or YYYY-MM, or a year YYYY)');
    expect(errors).toContain('meta.asOf: "2026" is not an ISO date (YYYY-MM-DD or YYYY-MM)');
  });

  it('refuses absurd sizes and malformed text without throwing', () => {
    const p = pack();
    p.claims[0].variants = Array.from({ length: 1000 }, (_, i) => `v${i}`);
    expect(errorsOf(p)).toContain('claims[0].variants: more than 60 entries');
    expect(parsePack('x'.repeat(5_000_001))).toEqual({ ok: false, errors: ['(root): file larger than 5000000 characters'] });
    const bad = parsePack('{"meta": ');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatch(/^\(root\): not valid JSON/);
    expect(errorsOf([])).toEqual(['(root): expected an object, got an array']);
    expect(errorsOf(null)).toEqual(['(root): expected an object, got null']);
  });

  it('caps the error list so a huge broken pack still answers quickly', () => {
    const p = pack();
    p.claims = Array.from({ length: 500 }, () => ({ id: 'Bad Id', topic: 'nope' }));
    const errors = errorsOf(p);
    expect(errors.length).toBe(100);
  });
});

describe('isIsoDate', () => {
  it('accepts real days and months only', () => {
    expect(isIsoDate('2026-05-06')).toBe(true);
    expect(isIsoDate('2026-05')).toBe(true);
    expect(isIsoDate('2026-13')).toBe(false);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('May 6, 2026')).toBe(false);
  });
});

describe('npm run pack:stats', () => {
  it('prints the counts of a valid pack and every error of an invalid one', async () => {
    const { runPackStats } = await import('../../src/cli/pack-stats');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'pack-stats-'));
    const out: string[] = [];
    const err: string[] = [];
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(pack()));
    expect(runPackStats([good], (s) => out.push(s), (s) => err.push(s))).toBe(0);
    expect(out.join('\n')).toMatch(/gpu-count\s+2/);
    expect(out.join('\n')).toMatch(/numeric\s+1/);
    const broken = pack();
    broken.claims[0].topic = 'gpu';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(broken));
    expect(runPackStats([bad, '--json'], (s) => out.push(s), (s) => err.push(s))).toBe(1);
    expect(err).toContain('  claims[0].topic: unknown topic "gpu"');
    expect(runPackStats(['--verbose'], () => {}, (s) => err.push(s))).toBe(2);
  });
});
