import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledAnalysisPlugin } from '../../vite.config';
import type { ClaimPack } from '../../src/claims/types';
import { loadBundledPack } from '../../src/background/bundled-pack';
import { packChecked } from '../../src/claims/deal-analysis';
import { validatePack } from '../../src/core/pack-validate';
import { analysePacks, extraNamesOf, type ClaimAnalysis } from '../../src/core/claim-analysis';
import { createMatcher, DEFAULT_TUNING } from '../../src/core/matcher';
import { segmentText } from '../../src/core/segment';

const pack = JSON.parse(readFileSync(new URL('../../src/claims/deal.json', import.meta.url), 'utf8')) as ClaimPack;
const seedDir = new URL('../fixtures/seeds/', import.meta.url);
const sentences = readdirSync(seedDir)
  .sort()
  .flatMap((f) => segmentText(readFileSync(new URL(f, seedDir), 'utf8')));

/** What a page scan shows: every matched sentence with its claim, verdict and score. */
const scan = (analysis: ClaimAnalysis | null) => createMatcher([pack], DEFAULT_TUNING, analysis).match(sentences);
/** The analysis as the extension ships it: plain JSON. */
const shipped = (): ClaimAnalysis => JSON.parse(JSON.stringify(analysePacks([pack])));

describe('precomputed claim analysis (what the extension build ships for the bundled pack)', () => {
  const plain = scan(null);

  it('gives exactly the matches of a matcher that analyses every text itself', () => {
    expect(plain.length).toBeGreaterThan(20);
    expect(scan(shipped())).toEqual(plain);
  });

  it('is what the extension build ships: the build step analyses the pack the worker loads, fully', () => {
    const plugin = bundledAnalysisPlugin();
    const load = plugin.load as (this: unknown, id: string) => string;
    const code = load.call({ addWatchFile() {} }, fileURLToPath(new URL('../../src/claims/deal-analysis.ts', import.meta.url)));
    const call = /^export const bundledAnalysis = shippedAnalysis\((".*"), \(\) => .*, (".*")\);$/m.exec(code);
    expect(call).not.toBeNull();
    const built = JSON.parse(JSON.parse(call![2])) as ClaimAnalysis;
    const worker = loadBundledPack();
    expect(built.key).toBe(extraNamesOf(worker.claims).key);
    for (const c of worker.claims) {
      for (const t of [c.statement, ...(c.variants ?? [])]) expect(Object.hasOwn(built.texts, t)).toBe(true);
      for (const term of (c.anchors ?? []).flat()) expect(Object.hasOwn(built.anchors, term)).toBe(true);
    }
    expect(createMatcher([worker], DEFAULT_TUNING, built).match(sentences)).toEqual(plain);
  });

  it('is really used when made for the same entity names, so a wrong one would show', () => {
    const wrong = shipped();
    for (const t of Object.keys(wrong.texts)) wrong.texts[t] = [[], []];
    for (const a of Object.keys(wrong.anchors)) wrong.anchors[a] = [['#never'], 0, []];
    expect(scan(wrong)).toEqual([]);
  });

  it('is ignored when made for other entity names (packs adding names change the analysis)', () => {
    const other = shipped();
    other.key = JSON.stringify(['Some Other Company']);
    for (const t of Object.keys(other.texts)) other.texts[t] = [[], []];
    expect(scan(other)).toEqual(plain);
  });

  it('falls back to analysing any claim text or anchor it lacks (a pack edited after the build)', () => {
    const partial = shipped();
    const texts = Object.keys(partial.texts);
    for (const t of texts.slice(0, texts.length / 2)) delete partial.texts[t];
    const anchors = Object.keys(partial.anchors);
    for (const a of anchors.slice(anchors.length / 2)) delete partial.anchors[a];
    expect(scan(partial)).toEqual(plain);
  });
});

describe('the bundled pack as the worker loads it', () => {
  const plugin = bundledAnalysisPlugin();
  const load = (file: string) => (plugin.load as (this: unknown, id: string) => string).call({ addWatchFile() {} }, fileURLToPath(new URL(file, import.meta.url)));

  it('from source, is validated when loaded (nothing has checked it yet)', () => {
    expect(packChecked).toBe(false);
    expect(loadBundledPack()).toEqual((validatePack(pack) as { value: ClaimPack }).value);
  });

  it('in a build, is the validator\'s own output, so the build may tell the worker to skip the check', () => {
    const checked = validatePack(pack);
    expect(checked.ok).toBe(true);
    expect(JSON.parse(load('../../src/claims/deal.json'))).toEqual((checked as { value: ClaimPack }).value);
    expect(load('../../src/claims/deal-analysis.ts')).toMatch(/^export const packChecked = true;$/m);
  });
});
