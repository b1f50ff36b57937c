/**
 * Approximate substring search for re-anchoring edited passages. Seeds: exact 8-character pieces of
 * the quote, found with indexOf; pieces that land on nearly the same diagonal (text offset minus
 * quote offset) vote for one candidate place. The best-voted places are verified by a semi-global
 * edit-distance alignment. Only when no voted place is within the error budget does a bit-parallel
 * scan (Myers) read the whole text, so a passage that exists within the budget is never missed.
 *
 * Every search also exists as steps (a generator that yields every few tens of thousands of table
 * cells), so a content script can run it in time slices; the steps compute exactly what the direct
 * call does.
 */

/** The page text, shared by every search on one page. */
export class TextIndex {
  constructor(readonly text: string) {}
}

/** A substring of the text and its edit distance from the pattern. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

const PIECE = 8;
/** A piece found more often than this says nothing about where the quote is: it does not vote. */
const MAX_SEED_HITS = 64;
/** Candidate places aligned before falling back to the full scan. */
const MAX_CANDIDATES = 8;
/** Table cells (text columns × pattern characters, or × 32-character blocks) computed between two yields. */
const CELLS_PER_STEP = 1 << 16;

/** Runs a step generator to its end at once; how the direct (unsliced) searches are built. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The substring of `index.text` closest to `pattern` with at most `maxErrors` edits (Levenshtein),
 * or null. Among equally close candidates the one nearest to `hint` (the old start) wins.
 */
export function approxSearch(index: TextIndex, pattern: string, maxErrors: number, hint = 0): ApproxMatch | null {
  return finish(approxSearchSteps(index, pattern, maxErrors, hint));
}

/** `approxSearch` as steps: yields between bounded amounts of work, returns the same match. */
export function* approxSearchSteps(index: TextIndex, pattern: string, maxErrors: number, hint = 0): Generator<void, ApproxMatch | null> {
  const text = index.text;
  const m = pattern.length;
  const k = Math.max(0, Math.floor(maxErrors));
  if (m === 0 || k >= m || text.length === 0) return null;
  let best: ApproxMatch | null = null;
  for (const [ws, we] of yield* seedWindows(text, pattern, k, hint)) {
    const found = yield* alignInWindow(text, ws, we, pattern, k, hint);
    if (found && isBetter(found, best, hint)) best = found;
  }
  if (best) return best;
  yield;
  const end = yield* bestEndSteps(text, pattern, k, hint);
  if (end === null) return null;
  return yield* alignInWindow(text, Math.max(0, end - m - k), end, pattern, k, hint);
}

function isBetter(a: ApproxMatch, b: ApproxMatch | null, hint: number): boolean {
  if (!b) return true;
  if (a.errors !== b.errors) return a.errors < b.errors;
  return Math.abs(a.start - hint) < Math.abs(b.start - hint);
}

/**
 * Text windows around the places most pieces agree on: diagonals of piece hits are grouped when
 * they lie within 2k of each other, and groups are ranked by how many distinct pieces they hold,
 * then by nearness to the hint.
 */
function* seedWindows(text: string, pattern: string, k: number, hint: number): Generator<void, Array<[number, number]>> {
  const m = pattern.length;
  const pieces = Math.floor(m / PIECE);
  const hits: Array<{ d: number; piece: number }> = [];
  for (let p = 0; p < pieces; p++) {
    const off = p * PIECE;
    const piece = pattern.substr(off, PIECE);
    const found: number[] = [];
    for (let at = text.indexOf(piece); at !== -1 && found.length <= MAX_SEED_HITS; at = text.indexOf(piece, at + 1)) found.push(at);
    if (found.length <= MAX_SEED_HITS) for (const at of found) hits.push({ d: at - off, piece: p });
    // Each piece is a search of the whole text: on a very long page a few dozen of them add up.
    if (p % 16 === 15) yield;
  }
  hits.sort((x, y) => x.d - y.d);
  const groups: Array<{ low: number; high: number; votes: number }> = [];
  for (let i = 0; i < hits.length; ) {
    let j = i;
    const seen = new Set<number>();
    while (j < hits.length && hits[j].d - hits[i].d <= 2 * k) seen.add(hits[j++].piece);
    groups.push({ low: hits[i].d, high: hits[j - 1].d, votes: seen.size });
    i = j;
  }
  const most = groups.reduce((n, g) => Math.max(n, g.votes), 0);
  // One lone piece is weak evidence when the quote has several: such places are left to the full scan.
  const needed = pieces >= 3 ? Math.min(2, most) : 1;
  return groups
    .filter((g) => g.votes >= needed)
    .sort((x, y) => y.votes - x.votes || Math.abs(x.low - hint) - Math.abs(y.low - hint))
    .slice(0, MAX_CANDIDATES)
    .map((g): [number, number] => [Math.max(0, g.low - k), Math.min(text.length, g.high + m + k)]);
}

/**
 * Myers' bit-parallel approximate search in blocks of 32 pattern characters (Hyyrö's formulation):
 * one pass over the text keeps each text column of the edit-distance table as bit vectors of
 * vertical +1/−1 steps. Returns the end offset of the best match (fewest edits, then nearest the
 * hint), or null when none is within k.
 */
export function bestEnd(text: string, pattern: string, k: number, hint: number): number | null {
  return finish(bestEndSteps(text, pattern, k, hint));
}

/** `bestEnd` as steps: yields every CELLS_PER_STEP block-columns of the scan. */
export function* bestEndSteps(text: string, pattern: string, k: number, hint: number): Generator<void, number | null> {
  const m = pattern.length;
  const blocks = Math.ceil(m / 32);
  // Each distinct pattern character gets a slot (0 = absent); peq holds its match mask per block.
  const slotOf = new Uint16Array(65536);
  let slots = 0;
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (!slotOf[c]) slotOf[c] = ++slots;
  }
  const peq = new Int32Array((slots + 1) * blocks);
  for (let i = 0; i < m; i++) peq[slotOf[pattern.charCodeAt(i)] * blocks + (i >> 5)] |= 1 << (i & 31);
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  const last = blocks - 1;
  const rowsIn = (b: number) => (b === last ? m - 32 * last : 32);
  const topOf = (b: number) => (b === last ? 1 << ((m - 1) & 31) : 1 << 31);
  // Ukkonen's cut-off: only blocks that can still hold a value within k are computed. Block y is
  // the last active one; every cell below it is known to exceed k.
  let y = Math.min(last, Math.max(0, Math.ceil(k / 32) - 1));
  for (let b = 0; b <= y; b++) score[b] = 32 * b + rowsIn(b);

  const advance = (b: number, eqIn: number, hin: number): number => {
    let eq = eqIn;
    const p = pv[b];
    const mm = mv[b];
    const hinNeg = hin < 0 ? 1 : 0;
    const xv = eq | mm;
    eq |= hinNeg;
    const xh = (((eq & p) + p) ^ p) | eq;
    let ph = mm | ~(xh | p);
    let mh = p & xh;
    const top = topOf(b);
    const hout = ph & top ? 1 : mh & top ? -1 : 0;
    ph = (ph << 1) | (hin > 0 ? 1 : 0);
    mh = (mh << 1) | hinNeg;
    pv[b] = mh | ~(xv | ph);
    mv[b] = ph & xv;
    return hout;
  };

  let best: number | null = null;
  let bestErrors = k + 1;
  const columnsPerStep = Math.max(1, Math.floor(CELLS_PER_STEP / blocks));
  for (let j = 0, budget = columnsPerStep; j < text.length; j++) {
    if (--budget === 0) {
      budget = columnsPerStep;
      yield;
    }
    const base = slotOf[text.charCodeAt(j)] * blocks;
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advance(b, peq[base + b], carry);
      score[b] += carry;
    }
    // Wake the next block when the last active one reaches within k at its bottom row.
    if (y < last && score[y] - carry <= k && ((peq[base + y + 1] & 1) !== 0 || carry < 0)) {
      y++;
      pv[y] = -1;
      mv[y] = 0;
      score[y] = score[y - 1] + rowsIn(y) - carry;
      carry = advance(y, peq[base + y], carry);
      score[y] += carry;
    }
    while (y > 0 && score[y] >= k + 32) y--;
    if (y !== last) continue;
    const errors = score[last];
    if (errors < bestErrors || (errors === bestErrors && best !== null && Math.abs(j + 1 - m - hint) < Math.abs(best - m - hint))) {
      bestErrors = errors;
      best = j + 1;
    }
  }
  return best;
}

/**
 * Semi-global alignment (Sellers): the pattern must be used whole, the text substring may start and
 * end anywhere in [ws, we). Keeps one column of costs and of start offsets.
 */
function* alignInWindow(text: string, ws: number, we: number, pattern: string, k: number, hint: number): Generator<void, ApproxMatch | null> {
  const m = pattern.length;
  let cost = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    from[i] = ws;
  }
  const codes = new Int32Array(m);
  for (let i = 0; i < m; i++) codes[i] = pattern.charCodeAt(i);
  let best: ApproxMatch | null = null;
  const columnsPerStep = Math.max(1, Math.floor(CELLS_PER_STEP / m));
  for (let j = ws, budget = columnsPerStep; j < we; j++) {
    if (--budget === 0) {
      budget = columnsPerStep;
      yield;
    }
    const c = text.charCodeAt(j);
    nextCost[0] = 0;
    nextFrom[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let v = cost[i - 1] + (codes[i - 1] === c ? 0 : 1);
      let f = from[i - 1];
      const skipText = cost[i] + 1;
      if (skipText < v) {
        v = skipText;
        f = from[i];
      }
      const skipPattern = nextCost[i - 1] + 1;
      if (skipPattern < v) {
        v = skipPattern;
        f = nextFrom[i - 1];
      }
      nextCost[i] = v;
      nextFrom[i] = f;
    }
    const errors = nextCost[m];
    if (errors <= k) {
      const found = { start: nextFrom[m], end: j + 1, errors };
      if (isBetter(found, best, hint)) best = found;
    }
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
  }
  return best;
}
