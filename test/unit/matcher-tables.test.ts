import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledAnalysisPlugin } from '../../vite.config';
import type { ClaimPack } from '../../src/claims/types';
import { loadBundledPack } from '../../src/background/bundled-pack';
import { shippedAnalysis, type ClaimAnalysis } from '../../src/core/claim-analysis';
import { createMatcher, DEFAULT_TUNING, shippedIndexParts, type MatcherTuning } from '../../src/core/matcher';
import { packRecord, packRows, unpackRecord, unpackRows } from '../../src/core/packed-tables';
import type { SentenceInput } from '../../src/core/match-types';

/** The labelled sentences of the eval, as one page each (with their publication dates). */
const labelled = JSON.parse(readFileSync(new URL('../eval/labelled.json', import.meta.url), 'utf8')) as Array<{ text: string; published?: string }>;
const sentences: SentenceInput[] = labelled.map((l) => ({ text: l.text, start: 0, end: l.text.length }));

const pack = loadBundledPack();
const [tablesJson, analysisJson] = shippedIndexParts([pack]);
/** The pack module as the build emits it (the validator's form), loaded apart from the pack the worker validates. */
const packModule = JSON.parse(JSON.stringify(pack)) as ClaimPack;
/** The analysis as a starting worker has it: tables parsed from the build's strings, built from the pack module. */
const shipped = (): ClaimAnalysis => shippedAnalysis(tablesJson, () => ({ packs: [packModule], tuning: DEFAULT_TUNING }), analysisJson);
/** Shipped tables whose claims can never pass (threshold 99): a matcher that uses them matches nothing. */
const poisoned = (): ClaimAnalysis => {
  const a = shipped();
  const rows = a.tables!.rows;
  const c = rows[1].indexOf('threshold');
  rows[3][c] = (rows[3][c] as number[]).map(() => 99);
  return a;
};
/** Every matched sentence (claim, verdict, score, slots) and what `explain` says of a few of them. */
function run(packs: ClaimPack[], analysis: ClaimAnalysis | null, tuning: MatcherTuning = DEFAULT_TUNING) {
  const m = createMatcher(packs, tuning, analysis);
  const matches = labelled.flatMap((l, i) => m.match([sentences[i]], { published: l.published ?? null }));
  const explained = labelled.slice(0, 40).map((l) => m.explain(l.text, 5));
  return { matches, explained };
}

describe('precomputed matcher tables (what the extension build ships for the bundled pack)', () => {
  const plain = run([pack], null);

  it('give exactly the matches and explanations of a matcher that builds its index itself', () => {
    expect(plain.matches.length).toBeGreaterThan(1000);
    expect(run([pack], shipped())).toEqual(plain);
  });

  it('are really used for the pack and tuning they were built for, so a wrong table would show', () => {
    expect(run([pack], poisoned()).matches).toEqual([]);
  });

  it('are not used for a changed pack: the matcher builds its index from scratch', () => {
    const edited = structuredClone(pack);
    edited.claims[0].variants = [...(edited.claims[0].variants ?? []), 'An entirely new way to say it'];
    expect(run([edited], poisoned())).toEqual(run([edited], null));
    const anchor = structuredClone(pack);
    anchor.claims[3].anchors = [...(anchor.claims[3].anchors ?? []), ['zeppelin']];
    expect(run([anchor], poisoned())).toEqual(run([anchor], null));
    const conflicts = structuredClone(pack);
    conflicts.conflicts = conflicts.conflicts.slice(1);
    expect(run([conflicts], poisoned())).toEqual(run([conflicts], null));
  });

  it('are not used when packs are added (user-imported packs) or for other tuning (the tuning sweep)', () => {
    const imported: ClaimPack = { ...structuredClone(pack), claims: pack.claims.slice(0, 3).map((c) => ({ ...c, id: c.id + '-imported' })), conflicts: [] };
    expect(run([pack, imported], poisoned())).toEqual(run([pack, imported], null));
    const tuning = { ...DEFAULT_TUNING, threshold: 0.5 };
    const tuned = run([pack], poisoned(), tuning);
    expect(tuned.matches.length).toBeGreaterThan(1000);
    expect(tuned).toEqual(run([pack], null, tuning));
    // Same values, other key order: not the same input, so built from scratch (never wrongly reused).
    const reordered = Object.fromEntries(Object.entries(DEFAULT_TUNING).reverse()) as unknown as MatcherTuning;
    expect(run([pack], poisoned(), reordered)).toEqual(plain);
  });

  it('are not used when what they were built from differs from the packs at hand, even only in key order', () => {
    const raw = JSON.parse(readFileSync(new URL('../../src/claims/deal.json', import.meta.url), 'utf8')) as ClaimPack;
    const a = poisoned();
    a.tables!.builtFrom = () => ({ packs: [raw], tuning: DEFAULT_TUNING });
    expect(run([pack], a)).toEqual(plain);
    const b = poisoned();
    b.tables!.builtFrom = () => ({ packs: [packModule], tuning: { ...DEFAULT_TUNING, threshold: 0.5 } });
    expect(run([pack], b)).toEqual(plain);
  });

  it('are what the extension build ships, built from the pack module the worker loads', () => {
    const plugin = bundledAnalysisPlugin();
    const load = (file: string) => (plugin.load as (this: unknown, id: string) => string).call({ addWatchFile() {} }, fileURLToPath(new URL(file, import.meta.url)));
    // The pack module: the validator's own form, so the pack the worker validates from it stringifies the same.
    const emittedPack = load('../../src/claims/deal.json');
    expect(emittedPack).toBe(JSON.stringify(pack));
    const code = load('../../src/claims/deal-analysis.ts');
    expect(code).toContain(`import deal from './deal.json';`);
    const call = /^export const bundledAnalysis = shippedAnalysis\((".*"), \(\) => \(\{ packs: \[deal\], tuning: (\{.*?\}) \}\), (".*")\);$/m.exec(code);
    expect(call).not.toBeNull();
    expect(JSON.parse(call![2])).toEqual(DEFAULT_TUNING);
    expect([JSON.parse(call![1]), JSON.parse(call![3])]).toEqual([tablesJson, analysisJson]);
    const deal = JSON.parse(emittedPack) as ClaimPack;
    const built = shippedAnalysis(tablesJson, () => ({ packs: [deal], tuning: JSON.parse(call![2]) as MatcherTuning }), analysisJson);
    const c = built.tables!.rows[1].indexOf('threshold');
    built.tables!.rows[3][c] = (built.tables!.rows[3][c] as number[]).map(() => 99);
    expect(createMatcher([loadBundledPack()], DEFAULT_TUNING, built).match(sentences)).toEqual([]);
  });
});

describe('packed tables', () => {
  it('round-trip typed arrays, Maps, Sets, lists of them and records, through JSON', () => {
    const rows = [
      { a: Int32Array.from([1, 2]), f: Float64Array.from([0.1, 1 / 3]), t: [Int32Array.from([5]), Int32Array.from([])], s: new Set(['x', 'y']), j: [['p', 'q'], []], n: null, b: true },
      { a: Int32Array.from([]), f: Float64Array.from([Math.PI]), t: [], s: new Set<string>(), j: [], n: 'u', b: false },
    ];
    const record = { m: new Map([['k', [1, 2]], ['l', []]]), u: Uint8Array.from([0, 255]), sets: [new Set([1]), new Set([2, 3])], x: 0.1 + 0.2 };
    const packed = JSON.parse(JSON.stringify([packRows(rows, [], 'rows'), packRecord(record)]));
    expect(unpackRows(packed[0])).toEqual(rows);
    expect(unpackRecord(packed[1])).toEqual(record);
    const back = unpackRows<{ f: Float64Array }>(packed[0]);
    expect(Array.from(back[0].f)).toEqual([0.1, 1 / 3]);
    expect(unpackRows(packed[0], (i) => ({ id: i }))[1]).toMatchObject({ id: 1, n: 'u' });
  });

  it('refuse what JSON would change or lose, at build time', () => {
    expect(() => packRecord({ x: NaN })).toThrow();
    expect(() => packRecord({ x: -0 })).toThrow();
    expect(() => packRecord({ x: undefined })).toThrow();
    expect(() => packRecord({ x: Float64Array.from([Infinity]) })).toThrow();
    expect(() => packRecord({ x: new Set([undefined]) })).toThrow();
    expect(() => packRecord({ x: new Date(0) })).toThrow();
    expect(() => packRows([{ a: 1 }, { b: 1 }])).toThrow();
    expect(() => packRows([{ a: [1] }, { a: new Set([1]) }])).toThrow();
  });
});
