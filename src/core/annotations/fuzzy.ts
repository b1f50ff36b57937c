/**
 * Approximate substring search for re-anchoring edited passages: q-gram seeded, then verified by a
 * semi-global edit-distance alignment on the few windows the seeds point at.
 *
 * Filter (q-gram lemma): if the pattern (length m) matches a text substring with at most k edits,
 * at least m + 1 - (k + 1)·q of the pattern's q-grams occur in that substring, on diagonals
 * (text position − pattern position) within k of each other. Votes are counted per diagonal bin of
 * width 2k + 1, so any such match puts at least that many votes into two adjacent bins. Only those
 * windows are aligned; the filter can let through extra windows but never loses a match.
 */

const Q = 3;

/** The page text with a lazily built q-gram → positions index, shared by every search on one page. */
export class TextIndex {
  private grams: Map<string, number[]> | null = null;

  constructor(readonly text: string) {}

  /** Positions where `gram` (length 3) starts. */
  positions(gram: string): readonly number[] | undefined {
    if (!this.grams) this.grams = buildGrams(this.text);
    return this.grams.get(gram);
  }
}

function buildGrams(text: string): Map<string, number[]> {
  const grams = new Map<string, number[]>();
  for (let j = 0; j + Q <= text.length; j++) {
    const g = text.substr(j, Q);
    const list = grams.get(g);
    if (list) list.push(j);
    else grams.set(g, [j]);
  }
  return grams;
}

/** A substring of the text and its edit distance from the pattern. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * The substring of `index.text` closest to `pattern` with at most `maxErrors` edits (Levenshtein),
 * or null. Among equally close candidates the one nearest to `hint` (the old start offset) wins.
 */
export function approxSearch(index: TextIndex, pattern: string, maxErrors: number, hint = 0): ApproxMatch | null {
  const text = index.text;
  const m = pattern.length;
  const k = Math.max(0, Math.floor(maxErrors));
  if (m === 0 || k >= m || text.length === 0) return null;
  const windows = candidateWindows(index, pattern, k);
  let best: ApproxMatch | null = null;
  for (const [ws, we] of windows) {
    const found = alignInWindow(text, ws, we, pattern, k, hint);
    if (found && isBetter(found, best, hint)) best = found;
  }
  return best;
}

function isBetter(a: ApproxMatch, b: ApproxMatch | null, hint: number): boolean {
  if (!b) return true;
  if (a.errors !== b.errors) return a.errors < b.errors;
  return Math.abs(a.start - hint) < Math.abs(b.start - hint);
}

/** Text windows worth aligning, merged and sorted; the whole text when the filter cannot help. */
function candidateWindows(index: TextIndex, pattern: string, k: number): Array<[number, number]> {
  const n = index.text.length;
  const m = pattern.length;
  const threshold = m + 1 - (k + 1) * Q;
  if (m < Q || threshold < 1) return [[0, n]];
  const width = 2 * k + 1;
  // Diagonal d = j - i lies in [-m, n]; bin = floor((d + m) / width).
  const bins = new Int32Array(Math.floor((n + m) / width) + 2);
  for (let i = 0; i + Q <= m; i++) {
    const posts = index.positions(pattern.substr(i, Q));
    if (!posts) continue;
    for (const j of posts) bins[Math.floor((j - i + m) / width)]++;
  }
  const windows: Array<[number, number]> = [];
  for (let b = 0; b < bins.length; b++) {
    const votes = bins[b] + (b + 1 < bins.length ? bins[b + 1] : 0);
    if (votes < threshold) continue;
    const dLow = b * width - m;
    const dHigh = (b + 2) * width - m;
    const ws = Math.max(0, dLow - k);
    const we = Math.min(n, dHigh + m + k);
    const last = windows[windows.length - 1];
    if (last && ws <= last[1]) last[1] = Math.max(last[1], we);
    else windows.push([ws, we]);
  }
  return windows;
}

/**
 * Semi-global alignment (Sellers): the pattern must be used whole, the text substring may start and
 * end anywhere in [ws, we). Keeps one column of costs and of start offsets.
 */
function alignInWindow(text: string, ws: number, we: number, pattern: string, k: number, hint: number): ApproxMatch | null {
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
  for (let j = ws; j < we; j++) {
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
