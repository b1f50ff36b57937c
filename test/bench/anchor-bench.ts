/**
 * Re-anchoring benchmark: 500 tagged passages on a 10,000-word page, found again on the same page
 * and on an edited copy (paragraphs inserted above, 10% of passages reworded, 5% removed). Then the
 * same work as the content script runs it, in time slices (`runSliced`, 25 ms): the longest slice
 * is the longest task re-anchoring puts on the page's main thread; also on a 1 MB edited page.
 * Run: npx tsx test/bench/anchor-bench.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { anchorAll, anchorAllSteps, type AnchorResult, type AnchorTarget } from '../../src/core/annotations/anchor';
import { runSliced, SLICE_MS } from '../../src/content/yield';
import { describeRange } from '../../src/core/annotations/selectors';

const seedsDir = new URL('../fixtures/seeds/', import.meta.url);
const seeds = readdirSync(seedsDir).sort().map((f) => readFileSync(new URL(f, seedsDir), 'utf8'));

let state = 20260506;
function rand(): number {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
}

/**
 * A 10,000-word page: the five reports, then text generated from their word pairs (a first-order
 * Markov chain), so the page reads like news copy without repeating the reports verbatim.
 */
function buildPage(wordCount = 10_000): string {
  const source = seeds.join('\n');
  const tokens = source.split(/\s+/).filter(Boolean);
  const next = new Map<string, string[]>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const list = next.get(tokens[i]);
    if (list) list.push(tokens[i + 1]);
    else next.set(tokens[i], [tokens[i + 1]]);
  }
  const words = [...tokens];
  let current = tokens[0];
  let sinceBreak = 0;
  while (words.length < wordCount) {
    const options = next.get(current) ?? tokens;
    current = options[Math.floor(rand() * options.length)];
    words.push(sinceBreak > 60 && /[.!?]$/.test(current) ? `${current}\n` : current);
    sinceBreak = /\n$/.test(words[words.length - 1]) ? 0 : sinceBreak + 1;
  }
  return `${source}\n${words.slice(tokens.length).join(' ').replace(/\n /g, '\n')}`;
}

interface Span {
  start: number;
  end: number;
}

/** Non-overlapping spans of 8 to 20 words; 500 of them chosen at random. */
function chooseSpans(text: string, count: number): Span[] {
  const wordStarts: number[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) wordStarts.push(m.index);
  const spans: Span[] = [];
  let w = 0;
  while (w < wordStarts.length - 21) {
    const len = 8 + Math.floor(rand() * 13);
    const startWord = w;
    const endWord = w + len - 1;
    const endIdx = text.slice(wordStarts[endWord]).search(/\s|$/) + wordStarts[endWord];
    spans.push({ start: wordStarts[startWord], end: endIdx });
    w += len + 1;
  }
  for (let i = spans.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [spans[i], spans[j]] = [spans[j], spans[i]];
  }
  return spans.slice(0, count).sort((a, b) => a.start - b.start);
}

type Fate = 'kept' | 'reworded' | 'removed';

/** Applies the edits (end to start, so earlier offsets stay valid) and says what happened to each passage. */
function editPage(text: string, spans: Span[]): { edited: string; fates: Fate[] } {
  const fates: Fate[] = spans.map(() => 'kept');
  const order = spans.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  order.slice(0, 50).forEach((i) => (fates[i] = 'reworded'));
  order.slice(50, 75).forEach((i) => (fates[i] = 'removed'));
  // Paragraphs inserted at the top and at a paragraph break mid-page that no passage spans.
  const insert = 'Editor’s note: this article was updated on 8 May 2026 to add comment from SpaceX and to correct details of the agreement.\n';
  let cut = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
  while (spans.some((s) => s.start < cut && cut < s.end)) cut = text.indexOf('\n', cut) + 1;
  let edited = insert + text.slice(0, cut) + insert.repeat(3) + text.slice(cut);
  const shift = (at: number) => at + insert.length + (at >= cut ? insert.length * 3 : 0);
  for (let i = spans.length - 1; i >= 0; i--) {
    const start = shift(spans[i].start);
    const end = shift(spans[i].end);
    if (fates[i] === 'removed') edited = edited.slice(0, start) + edited.slice(end);
    if (fates[i] === 'reworded') {
      const words = edited.slice(start, end).split(' ');
      const k = 1 + Math.floor(rand() * (words.length - 2));
      words[k] = 'reportedly';
      edited = edited.slice(0, start) + words.join(' ') + edited.slice(end);
    }
  }
  return { edited, fates };
}

function timeIt(fn: () => AnchorResult[], runs: number): { ms: number; results: AnchorResult[] } {
  fn(); // warm up
  const times: number[] = [];
  let results: AnchorResult[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    results = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], results };
}

/**
 * Runs `anchorAllSteps` through the content script's own `runSliced`, with a window whose
 * zero-delay timer notes when each slice gives the page its turn. Returns every slice's length.
 */
async function sliced(text: string, targets: AnchorTarget[]): Promise<{ results: AnchorResult[]; slices: number[]; totalMs: number }> {
  const slices: number[] = [];
  let sliceStart = performance.now();
  const win = {
    performance,
    setTimeout(fn: () => void) {
      slices.push(performance.now() - sliceStart);
      setImmediate(() => {
        sliceStart = performance.now();
        fn();
      });
      return 0;
    },
  } as unknown as Window & typeof globalThis;
  const t0 = performance.now();
  sliceStart = t0;
  const results = await runSliced(win, anchorAllSteps(text, targets));
  slices.push(performance.now() - sliceStart);
  return { results, slices, totalMs: performance.now() - t0 };
}

function targetsFor(text: string, spans: Span[]): AnchorTarget[] {
  return spans.map((s) => {
    const sel = describeRange(text, s.start, s.end)!;
    return { quote: sel.quote, position: sel.position };
  });
}

const page = buildPage();
const spans = chooseSpans(page, 500);
const targets = targetsFor(page, spans);
const { edited, fates } = editPage(page, spans);

const same = timeIt(() => anchorAll(page, targets), 5);
const after = timeIt(() => anchorAll(edited, targets), 5);

const tally = (results: AnchorResult[], fate?: Fate) => {
  const t: Record<string, number> = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  results.forEach((r, i) => {
    if (!fate || fates[i] === fate) t[r.status]++;
  });
  return t;
};
const surviving = fates.filter((f) => f !== 'removed').length;
const found = after.results.filter((r, i) => fates[i] !== 'removed' && r.status !== 'orphan').length;
const falseFinds = after.results.filter((r, i) => fates[i] === 'removed' && r.status !== 'orphan').length;

console.log(`page: ${page.split(/\s+/).length} words, ${page.length} characters; ${targets.length} annotations`);
console.log(`unchanged page: ${same.ms.toFixed(1)} ms (median of 5), ${JSON.stringify(tally(same.results))}`);
console.log(`edited page:    ${after.ms.toFixed(1)} ms (median of 5), ${JSON.stringify(tally(after.results))}`);
console.log(`  kept passages:     ${JSON.stringify(tally(after.results, 'kept'))}`);
console.log(`  reworded passages: ${JSON.stringify(tally(after.results, 'reworded'))}`);
console.log(`  removed passages:  ${JSON.stringify(tally(after.results, 'removed'))}`);
console.log(`found ${found} of ${surviving} surviving passages (${((100 * found) / surviving).toFixed(1)}%); ${falseFinds} of ${fates.length - surviving} removed passages wrongly found`);

// ---- the same work in time slices, as the content script runs it ------------------------------
const runSlicedOn = async (label: string, text: string, ts: AnchorTarget[], direct: AnchorResult[] | null) => {
  await sliced(text, ts); // warm up
  const best = { longest: Infinity, totalMs: 0, count: 0, same: true };
  let worst = 0;
  for (let r = 0; r < 3; r++) {
    const { results, slices, totalMs } = await sliced(text, ts);
    const longest = Math.max(...slices);
    worst = Math.max(worst, longest);
    if (longest < best.longest) Object.assign(best, { longest, totalMs, count: slices.length });
    if (direct && JSON.stringify(results) !== JSON.stringify(direct)) best.same = false;
  }
  const same = direct ? (best.same ? '; same anchors as the direct run' : '; ANCHORS DIFFER from the direct run') : '';
  console.log(`${label}: ${best.count} slices in ${best.totalMs.toFixed(1)} ms, longest slice ${best.longest.toFixed(1)} ms (best of 3 runs; ${worst.toFixed(1)} ms in the worst; budget ${SLICE_MS} ms)${same}`);
};

await runSlicedOn('sliced, edited 10,000-word page', edited, targets, after.results);

// A 1 MB article (about 150,000 words) with the same kinds of edits: the direct run is one long task.
const bigPage = buildPage(150_000);
const bigSpans = chooseSpans(bigPage, 500);
const bigTargets = targetsFor(bigPage, bigSpans);
const big = editPage(bigPage, bigSpans);
const t0 = performance.now();
const bigDirect = anchorAll(big.edited, bigTargets);
const bigMs = performance.now() - t0;
const bigFound = bigDirect.filter((r, i) => big.fates[i] !== 'removed' && r.status !== 'orphan').length;
console.log(`1 MB page: ${bigPage.length} characters; direct run ${bigMs.toFixed(0)} ms in one task; found ${bigFound} of ${big.fates.filter((f) => f !== 'removed').length} surviving passages`);
await runSlicedOn('sliced, edited 1 MB page', big.edited, bigTargets, bigDirect);
