/**
 * Finding a stored passage again in today's page text. Order: the stored position with the quote
 * checked there; then every place the quote occurs, ranked by how well the context agrees; then an
 * approximate match of the quote with a minimum score. A passage that is not found is an orphan,
 * reported to the caller, never dropped.
 */
import { approxSearchSteps, finish, TextIndex } from './fuzzy.ts';
import type { TextPositionSelector, TextQuoteSelector } from './model.ts';

/** Default least similarity (1 − edits / quote length) for a fuzzy anchor. */
export const DEFAULT_MIN_SCORE = 0.75;
/** Quotes shorter than this are only anchored exactly: a fuzzy match of a few characters means nothing. */
export const MIN_FUZZY_CHARS = 12;

/** One edit between the tagged passage and what the page says now. */
export interface TextChange {
  before: string;
  after: string;
}

export type AnchorResult =
  | { status: 'exact'; start: number; end: number }
  /** Same text, elsewhere on the page (or only whitespace differs). */
  | { status: 'moved'; start: number; end: number }
  /** The passage was edited: `found` is today's text, `changes` what differs from the tagged quote. */
  | { status: 'fuzzy'; start: number; end: number; score: number; found: string; changes: TextChange[] }
  | { status: 'orphan'; reason: string };

export interface AnchorOptions {
  minScore?: number;
}

/** What the re-anchoring needs from a stored annotation. */
export interface AnchorTarget {
  quote: TextQuoteSelector;
  position?: TextPositionSelector | null;
}

/** Characters shared at the junction: how much of the stored prefix/suffix the page still has there. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let score = 0;
  for (let i = 1; i <= prefix.length && start - i >= 0; i++) {
    if (text[start - i] !== prefix[prefix.length - i]) break;
    score++;
  }
  for (let i = 0; i < suffix.length && end + i < text.length; i++) {
    if (text[end + i] !== suffix[i]) break;
    score++;
  }
  return score;
}

const MAX_OCCURRENCES = 2000;

/** Anchors one target on the page text (or a shared TextIndex of it). */
export function anchor(page: string | TextIndex, target: AnchorTarget, options: AnchorOptions = {}): AnchorResult {
  return finish(anchorSteps(typeof page === 'string' ? new TextIndex(page) : page, target, options));
}

/** `anchor` as steps (only the approximate search has any to take); returns the same result. */
function* anchorSteps(index: TextIndex, target: AnchorTarget, options: AnchorOptions): Generator<void, AnchorResult> {
  const text = index.text;
  const { exact, prefix, suffix } = target.quote;
  if (!exact) return { status: 'orphan', reason: 'the tag has no quote' };
  const hint = target.position?.start ?? 0;

  // 1. The stored position, with the quote and its whole context checked there. When only part of
  //    the context agrees, step 2 weighs this place against the quote's other occurrences.
  if (target.position) {
    const { start, end } = target.position;
    if (text.slice(start, end) === exact && contextScore(text, start, end, prefix, suffix) === prefix.length + suffix.length) {
      return { status: 'exact', start, end };
    }
  }

  // 2. The quote wherever it occurs, best context first, then nearest to the old position.
  let bestStart = -1;
  let bestScore = -1;
  for (let at = text.indexOf(exact), seen = 0; at !== -1 && seen < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1), seen++) {
    const score = contextScore(text, at, at + exact.length, prefix, suffix);
    if (score > bestScore || (score === bestScore && Math.abs(at - hint) < Math.abs(bestStart - hint))) {
      bestScore = score;
      bestStart = at;
    }
  }
  if (bestStart !== -1) {
    const end = bestStart + exact.length;
    return { status: bestStart === target.position?.start ? 'exact' : 'moved', start: bestStart, end };
  }

  // 3. An approximate match of the quote.
  if (exact.length < MIN_FUZZY_CHARS) return { status: 'orphan', reason: 'the quote no longer occurs on the page' };
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const maxErrors = Math.floor(exact.length * (1 - minScore));
  const found = yield* approxSearchSteps(index, exact, maxErrors, hint);
  if (!found) return { status: 'orphan', reason: 'no passage on the page is close enough to the quote' };
  const now = text.slice(found.start, found.end);
  const changes = wordChanges(exact, now);
  if (changes.length === 0) return { status: 'moved', start: found.start, end: found.end };
  return {
    status: 'fuzzy',
    start: found.start,
    end: found.end,
    score: Math.round((1 - found.errors / exact.length) * 1000) / 1000,
    found: now,
    changes,
  };
}

/** Anchors many targets on one page, sharing the q-gram index. Results are in input order. */
export function anchorAll(text: string, targets: readonly AnchorTarget[], options: AnchorOptions = {}): AnchorResult[] {
  const index = new TextIndex(text);
  return targets.map((t) => anchor(index, t, options));
}

/**
 * `anchorAll` as steps, for the page's main thread: yields after every target and every bounded
 * piece of an approximate search, so a driver such as the content script's `runSliced` can give the
 * page a turn between slices. The results are the ones `anchorAll` returns for the same input.
 */
export function* anchorAllSteps(text: string, targets: readonly AnchorTarget[], options: AnchorOptions = {}): Generator<void, AnchorResult[]> {
  const index = new TextIndex(text);
  const results: AnchorResult[] = [];
  for (const t of targets) {
    results.push(yield* anchorSteps(index, t, options));
    yield;
  }
  return results;
}

/**
 * Word-level differences between two versions of a passage (longest common subsequence of words),
 * grouped into runs: `{ before: "over 200,000", after: "more than 220,000" }`. Whitespace-only
 * differences produce no change.
 */
export function wordChanges(before: string, after: string): TextChange[] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  const rows = a.length + 1;
  const cols = b.length + 1;
  const lcs = new Int32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * cols + j] = a[i] === b[j] ? lcs[(i + 1) * cols + j + 1] + 1 : Math.max(lcs[(i + 1) * cols + j], lcs[i * cols + j + 1]);
    }
  }
  const changes: TextChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length || added.length) changes.push({ before: removed.join(' '), after: added.join(' ') });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i * cols + j + 1] >= lcs[(i + 1) * cols + j])) {
      added.push(b[j++]);
    } else {
      removed.push(a[i++]);
    }
  }
  flush();
  return changes;
}
