/**
 * `npm run bench`: speed of the matcher as the extension uses it. Prints the index load time for the
 * bundled pack, and for 2,000- and 10,000-word pages (seed paragraphs shuffled and repeated) the time
 * of segmentation plus matching and sentences per second, against the bundled pack and generated
 * packs of 1,000 and 10,000 claims. Times are medians over repeated runs after a warm-up of 10 pages
 * (steady state); the first page each matcher sees is timed on its own.
 *
 * The index load a starting service worker pays is its first build in a fresh process: the bench
 * runs itself in child processes (`--first-build`) for it, once with the precomputed index the
 * extension build ships (its strings read as the worker's module does: `shippedAnalysis`) and once
 * without (what a user-imported pack costs when it names new entities; else the text analysis helps).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClaimPack } from '../../src/claims/types';
import { shippedAnalysis } from '../../src/core/claim-analysis';
import { createMatcher, DEFAULT_TUNING, shippedIndexParts } from '../../src/core/matcher';
import { validatePack } from '../../src/core/pack-validate';
import { segmentText } from '../../src/core/segment';
import { generatePack, rng } from './generate';

const root = new URL('../../', import.meta.url);
const bundled = JSON.parse(readFileSync(new URL('src/claims/deal.json', root), 'utf8')) as ClaimPack;

// Child mode: one first build in this fresh process. What the build ships (if anything) arrives on
// stdin, one line each: the tables' JSON, the text analysis' JSON, the pack module as the build emits it.
if (process.argv.includes('--first-build')) {
  const [tablesJson, analysisJson, packJson] = readFileSync(0, 'utf8').split('\n');
  const packModule = packJson ? (JSON.parse(packJson) as ClaimPack) : bundled; // loaded with the worker's code, before its first build
  const checked = validatePack(packModule as unknown);
  if (!checked.ok) throw new Error('bundled pack is invalid');
  const t = performance.now();
  const analysis = tablesJson ? shippedAnalysis(tablesJson, () => ({ packs: [packModule], tuning: DEFAULT_TUNING }), analysisJson) : null;
  createMatcher([checked.value], DEFAULT_TUNING, analysis);
  console.log(performance.now() - t);
  process.exit(0);
}
const seedDir = fileURLToPath(new URL('test/fixtures/seeds/', root));
const paragraphs = readdirSync(seedDir)
  .sort()
  .flatMap((f) => readFileSync(seedDir + f, 'utf8').split(/\n+/))
  .map((p) => p.trim())
  .filter((p) => p.split(/\s+/).length >= 5);

/** A page of about `words` words: seed paragraphs, shuffled, repeated as needed. */
function page(words: number, seed: number): string {
  const r = rng(seed);
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const order = paragraphs.map((p) => [r(), p] as const).sort((a, b) => a[0] - b[0]);
    for (const [, p] of order) {
      out.push(p);
      count += p.split(/\s+/).length;
      if (count >= words) break;
    }
  }
  return out.join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median and best of `runs` timings: on a shared machine the best shows the code's own cost. */
function time(fn: () => void, runs: number): { median: number; best: number } {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return { median: median(xs), best: Math.min(...xs) };
}

const ms = (x: number) => `${x.toFixed(2)} ms`;
const mb = (t: { median: number; best: number }) => `median ${ms(t.median)}, best ${ms(t.best)}`;

// Index load: the first build in a fresh process is what a starting worker pays (5 processes each way).
const self = fileURLToPath(import.meta.url);
const firstBuild = (input: string) =>
  Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, [...process.execArgv, self, '--first-build'], { input, encoding: 'utf8' })));
const validated = validatePack(bundled as unknown);
if (!validated.ok) throw new Error('bundled pack is invalid');
// As the extension build makes them (see bundledAnalysisPlugin in the vite config).
const [tablesJson, analysisJson] = shippedIndexParts([validated.value]);
const packJson = JSON.stringify(validated.value);
const firstPre = firstBuild([tablesJson, analysisJson, packJson].join('\n'));
const firstRaw = firstBuild('');
const packModule = JSON.parse(packJson) as ClaimPack;
const warmPre = time(() => createMatcher([validated.value], DEFAULT_TUNING, shippedAnalysis(tablesJson, () => ({ packs: [packModule], tuning: DEFAULT_TUNING }), analysisJson)), 15);
const warmRaw = time(() => createMatcher([bundled], DEFAULT_TUNING, null), 15);
const mbOf = (xs: number[]) => mb({ median: median(xs), best: Math.min(...xs) });
console.log(
  `index load (bundled, ${bundled.claims.length} claims), first build in a fresh process:\n` +
    `  with the shipped precomputed index (${(tablesJson.length / 1024).toFixed(0)} KB JSON of tables, parse and check included; ${(analysisJson.length / 1024).toFixed(0)} KB text analysis left unparsed; what the worker does): ${mbOf(firstPre)}; later builds ${mb(warmPre)}\n` +
    `  analysing every text (imported packs, or run from source): ${mbOf(firstRaw)}; later builds ${mb(warmRaw)}`,
);

const pages = { 2000: page(2000, 11), 10000: page(10000, 12) };
const dbs: Array<[string, ClaimPack]> = [
  ['bundled', bundled],
  ['generated 1k', generatePack(bundled, 1000, 1)],
  ['generated 10k', generatePack(bundled, 10000, 2)],
];

for (const [name, pack] of dbs) {
  const tb = performance.now();
  const matcher = createMatcher([pack]);
  const build = performance.now() - tb;
  const parts = [`${name} (${pack.claims.length} claims, index ${ms(build)})`];
  for (const [words, text] of Object.entries(pages)) {
    // The first page a fresh matcher sees pays for compiling the matcher's code: shown on its own.
    const tf = performance.now();
    matcher.match(segmentText(text));
    const first = performance.now() - tf;
    for (let i = 0; i < 10; i++) matcher.match(segmentText(text)); // warm-up: steady state below
    const sentences = segmentText(text);
    const total = time(() => matcher.match(segmentText(text)), 21);
    const matchOnly = time(() => matcher.match(sentences), 21);
    const found = matcher.match(sentences).length;
    parts.push(
      `  ${words}-word page (segment + match): ${mb(total)}; ${sentences.length} sentences, ${found} matched, ` +
        `${Math.round(sentences.length / (matchOnly.median / 1000)).toLocaleString('en-US')} sentences/s (median); ` +
        `first page for this matcher ${ms(first)}`,
    );
  }
  console.log(parts.join('\n'));
}
