import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import raw from '../../src/claims/deal.json';
import type { ClaimPack } from '../../src/claims/types';
import { validatePack } from '../../src/core/pack-validate';
import { normalizeText } from '../../src/core/normalize';
import { formatPackStats, packStats } from '../../src/core/pack-stats';
import { createAnalyser, extraNamesOf } from '../../src/core/claim-analysis';
import { canonicalEntity } from '../../src/core/aliases';
import { EntityLexicon } from '../../src/core/text-features';

const SEED_DIR = join(__dirname, '..', 'fixtures', 'seeds');

const result = validatePack(raw);
const pack = (result.ok ? result.value : raw) as ClaimPack;
const seedText = new Map(
  pack.reports.filter((r) => r.seedFile).map((r) => [r.id, readFileSync(join(SEED_DIR, r.seedFile!), 'utf8')]),
);

describe('the bundled claim pack', () => {
  it('passes the validator', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('covers the five seed reports, each with appearances', () => {
    expect(seedText.size).toBe(5);
    for (const id of seedText.keys()) {
      const n = pack.claims.filter((c) => c.appearances.some((a) => a.report === id)).length;
      expect(n, `claims appearing in ${id}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('quotes every seed report verbatim, and only seed reports', () => {
    const problems: string[] = [];
    for (const c of pack.claims) {
      for (const a of c.appearances) {
        const text = seedText.get(a.report);
        if (text === undefined) {
          if (a.quote !== null) problems.push(`${c.id}: quote for reference-only report ${a.report}`);
        } else if (a.quote === null) {
          problems.push(`${c.id}: no quote for seed report ${a.report}`);
        } else if (!text.includes(a.quote)) {
          problems.push(`${c.id}: quote not in ${a.report}: ${a.quote}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has unique ids and no dangling references', () => {
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    for (const list of [ids(pack.reports), ids(pack.claims), ids(pack.conflicts)]) {
      expect(new Set(list).size).toBe(list.length);
    }
    const reports = new Set(ids(pack.reports));
    const claims = new Set(ids(pack.claims));
    for (const c of pack.claims) {
      for (const a of c.appearances) {
        expect(reports.has(a.report), a.report).toBe(true);
        for (const x of a.cites) expect(reports.has(x), x).toBe(true);
      }
      if (c.lessPreciseOf) expect(claims.has(c.lessPreciseOf), c.lessPreciseOf).toBe(true);
      if (c.supersededBy) expect(claims.has(c.supersededBy), c.supersededBy).toBe(true);
    }
  });

  it('groups conflicts of one topic, with a preferred version from the group, each claim in one group', () => {
    const byId = new Map(pack.claims.map((c) => [c.id, c]));
    const seen = new Map<string, string>();
    for (const g of pack.conflicts) {
      expect(g.claims.length, g.id).toBeGreaterThanOrEqual(2);
      expect(new Set(g.claims.map((id) => byId.get(id)?.topic)).size, g.id).toBe(1);
      if (g.preferred !== null) expect(g.claims).toContain(g.preferred);
      for (const id of g.claims) {
        expect(seen.get(id), `${id} is in ${seen.get(id)} and ${g.id}`).toBeUndefined();
        seen.set(id, g.id);
      }
    }
  });

  it('never puts a less-precise version in conflict with the claim it is vaguer than', () => {
    for (const g of pack.conflicts) {
      for (const id of g.claims) {
        const c = pack.claims.find((x) => x.id === id)!;
        if (c.lessPreciseOf) expect(g.claims, `${id} in ${g.id}`).not.toContain(c.lessPreciseOf);
      }
    }
  });

  it('records "over 200,000" GPUs as less precise than "more than 220,000", and "about 200,000" as a conflict', () => {
    const c200 = pack.claims.find((c) => c.slots?.quantity?.value === 200000 && c.slots.quantity.bound === 'over')!;
    const c220 = pack.claims.find((c) => c.slots?.quantity?.value === 220000 && c.slots.quantity.bound === 'over')!;
    expect(c200.lessPreciseOf).toBe(c220.id);
    const about = pack.claims.find((c) => c.slots?.quantity?.value === 200000 && c.slots.quantity.bound === 'about')!;
    const group = pack.conflicts.find((g) => g.claims.includes(about.id))!;
    expect(group.claims).toContain(c220.id);
    expect(group.preferred).toBe(c220.id);
  });

  it('gives a superseded claim its date and successor', () => {
    for (const c of pack.claims.filter((x) => x.status === 'superseded')) {
      expect(c.supersededOn, c.id).toBeTruthy();
      expect(c.supersededBy, c.id).toBeTruthy();
    }
  });

  it('gives every claim variants and anchors a sentence can meet', () => {
    for (const c of pack.claims) {
      expect(c.variants.length, c.id).toBeGreaterThanOrEqual(3);
      expect(c.variants.length, c.id).toBeLessThanOrEqual(8);
      expect(c.anchors.length, c.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps seed reports described as printed', () => {
    const nb1t = pack.reports.find((r) => r.seedFile?.startsWith('004_'))!;
    expect(nb1t.published).toBe('Thu Apr 09 2026');
    expect(nb1t.author).toBe('Nitin Bansal');
    const dnd = pack.reports.find((r) => r.seedFile?.startsWith('000_'))!;
    expect(dnd.kind).toBe('machine-written');
    expect(dnd.published).toBe('May 11, 2026');
  });
});

/** The gate as the schema defines it: every anchor group has a term on word boundaries (case-insensitive). */
function meetsAnchors(sentence: string, anchors: string[][]): boolean {
  const text = normalizeText(sentence);
  const has = (term: string) => {
    // A leading "=" (the party itself, not its family) is the matcher's business: the words are the same.
    const t = normalizeText(term.replace(/^=/, '')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^a-z0-9])${t}($|[^a-z0-9])`).test(text);
  };
  return anchors.every((group) => group.some(has));
}

describe('anchor gates of the bundled pack', () => {
  it('let every claim\'s own variants through', () => {
    const blocked = pack.claims.flatMap((c) => c.variants.filter((v) => !meetsAnchors(v, c.anchors)).map((v) => `${c.id}: ${v}`));
    expect(blocked).toEqual([]);
  });

  it('let deal sentences that name no party through, and stop other companies\' GPU deals', () => {
    const gpu = pack.claims.find((c) => c.id === 'gpu-count-over-220k')!;
    expect(meetsAnchors('The deal provides over 200,000 Nvidia GPUs.', gpu.anchors)).toBe(true);
    expect(meetsAnchors('The Memphis facility packs more than 220,000 GPUs.', gpu.anchors)).toBe(true);
    expect(meetsAnchors("Tesla's Cortex supercomputer in Austin runs about 50,000 H100 GPUs.", gpu.anchors)).toBe(false);
    expect(meetsAnchors('Meta bought 350,000 Nvidia H100 GPUs for its data centers.', gpu.anchors)).toBe(false);
    expect(meetsAnchors('Microsoft will spend billions on 200,000 GPUs this year.', gpu.anchors)).toBe(false);
  });
});

describe('packStats', () => {
  it('counts the bundled pack consistently', () => {
    const s = packStats(pack);
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    expect(sum(s.byTopic)).toBe(pack.claims.length);
    expect(sum(s.byStatus)).toBe(pack.claims.length);
    expect(sum(s.conflictsByKind)).toBe(pack.conflicts.length);
    expect(s.byReport.reduce((a, r) => a + r.appearances, 0)).toBe(s.appearances);
    expect(s.byReport.slice(0, 5).every((r) => r.seed)).toBe(true);
    expect(s.claims).toBeGreaterThanOrEqual(60);
    expect(s.claims).toBeLessThanOrEqual(100);
    expect(s.conflicts).toBeGreaterThanOrEqual(20);
    for (const t of Object.keys(s.byTopic)) expect(s.byTopic[t as keyof typeof s.byTopic], t).toBeGreaterThan(0);
  });

  it('counts a small pack exactly and renders every table', () => {
    const small: ClaimPack = {
      meta: { name: 'Small', version: '1', asOf: '2026-05-07' },
      reports: [
        { id: 'seed-a', publisher: 'Seed A', kind: 'news', seedFile: 'a.txt' },
        { id: 'wire-b', publisher: 'Wire B', kind: 'news' },
      ],
      claims: [
        { id: 'c1', topic: 'power', statement: 'x', variants: ['x'], anchors: [['x']], status: 'corroborated',
          appearances: [{ report: 'seed-a', quote: 'x', cites: ['wire-b'] }, { report: 'wire-b', quote: null, cites: [] }, { report: 'seed-a', quote: 'y', cites: [] }] },
        { id: 'c2', topic: 'power', statement: 'y', variants: ['y'], anchors: [['y']], status: 'contradicted', appearances: [] },
      ],
      conflicts: [{ id: 'g', kind: 'numeric', explanation: 'e', claims: ['c1', 'c2'], preferred: null }],
    };
    const s = packStats(small);
    expect(s.byTopic.power).toBe(2);
    expect(s.byTopic.ipo).toBe(0);
    expect(s.byStatus).toMatchObject({ corroborated: 1, contradicted: 1, superseded: 0 });
    expect(s.conflictsByKind.numeric).toBe(1);
    expect(s.unresolvedConflicts).toBe(1);
    expect(s.appearances).toBe(3);
    expect(s.quoted).toBe(2);
    expect(s.byReport).toEqual([
      { id: 'seed-a', publisher: 'Seed A', seed: true, appearances: 2, claims: 1, citedBy: 0 },
      { id: 'wire-b', publisher: 'Wire B', seed: false, appearances: 1, claims: 1, citedBy: 1 },
    ]);
    expect(s.claimsWithoutAppearances).toEqual(['c2']);
    const text = formatPackStats(s);
    for (const heading of ['Claims per topic', 'Claims per status', 'Conflict groups per kind', 'Appearances per report']) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/seed-a\s+2\s+1\s+0\s+\[seed\] Seed A/);
  });
});

describe('anchor phrases of the bundled pack', () => {
  it('keep more than one word of what they say: none collapses to a single token ("each GPU" to GPU, "not disclose" to disclose)', () => {
    const names = extraNamesOf(pack.claims);
    const analyser = createAnalyser(new EntityLexicon(names.names), names.key, null);
    const collapsed = pack.claims.flatMap((c) =>
      c.anchors.flat().filter((term) => term.trim().split(/\s+/).length > 1 && !canonicalEntity(term) && analyser.anchor(term).tokens.length === 1).map((term) => `${c.id}: ${term}`),
    );
    expect(collapsed).toEqual([]);
  });
});
