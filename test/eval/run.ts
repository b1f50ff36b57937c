/**
 * `npm run eval [-- --split tune|test|all] [--quiet] [--by-batch] [--isolated]`: measures the matcher on the labelled sentences
 * (written for this project in batches by writers who never ran the matcher; each batch split once,
 * by kind, into a tuning half and a test half before any of it was matched). Prints precision, recall
 * and F1 of claim detection overall, by claim and by topic, the accuracy of the conflict flag, and
 * every error. Tuning decisions are made on the `tune` half only; the default report is the `test` half.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClaimPack } from '../../src/claims/types';
import { createMatcher, DEFAULT_TUNING, type MatcherTuning } from '../../src/core/matcher';
import type { SentenceMatch } from '../../src/core/match-types';

/** One labelled sentence. `claim` null means the sentence states no claim of the database. */
export interface Labelled {
  id: string;
  split: 'tune' | 'test';
  kind: string;
  claim: string | null;
  conflict: boolean;
  published?: string;
  /** Sentences written as one whole article carry its name; they are matched as a page, in reading order. */
  article?: string;
  text: string;
}

/** Detection and conflict figures for one run. */
export interface EvalResult {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Conflict flag accuracy over labelled claim sentences the matcher matched. */
  conflictAccuracy: number;
  conflictN: number;
  /** Conflict flag accuracy over all labelled claim sentences (a missed sentence counts as "no conflict"). */
  conflictAccuracyStrict: number;
  errors: string[];
  byClaim: Map<string, { tp: number; fp: number; fn: number }>;
  byTopic: Map<string, { tp: number; fp: number; fn: number }>;
}

export function loadLabelled(): Labelled[] {
  return JSON.parse(readFileSync(fileURLToPath(new URL('./labelled.json', import.meta.url)), 'utf8')) as Labelled[];
}

export function loadPack(): ClaimPack {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../../src/claims/deal.json', import.meta.url)), 'utf8')) as ClaimPack;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function bump(map: Map<string, { tp: number; fp: number; fn: number }>, key: string, field: 'tp' | 'fp' | 'fn'): void {
  const v = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  v[field]++;
  map.set(key, v);
}

/**
 * Runs the matcher over the chosen sentences and scores it against the labels. A sentence of a whole
 * article is matched as the extension meets it, with the rest of its article (from `context`, every
 * labelled sentence by default: both halves, in reading order) around it, so "the company" can find its
 * antecedent; `isolated` matches every sentence on its own.
 */
export function evaluate(pack: ClaimPack, items: Labelled[], tuning: MatcherTuning = DEFAULT_TUNING, opts: { context?: Labelled[]; isolated?: boolean } = {}): EvalResult {
  const matcher = createMatcher([pack], tuning);
  let context = opts.context;
  const pages = new Map<string, Map<string, SentenceMatch>>();
  const matchOf = (item: Labelled): SentenceMatch | undefined => {
    if (!item.article || opts.isolated) return matcher.match([{ text: item.text, start: 0, end: item.text.length }], { published: item.published ?? null })[0];
    let page = pages.get(item.article);
    if (!page) {
      context ??= loadLabelled();
      const article = context.filter((x) => x.article === item.article);
      let at = 0;
      const sentences = article.map((x) => {
        const s = { text: x.text, start: at, end: at + x.text.length };
        at = s.end + 1;
        return s;
      });
      const published = article.find((x) => x.published)?.published ?? null;
      page = new Map(matcher.match(sentences, { published }).map((m) => [article[m.index].id, m]));
      pages.set(item.article, page);
    }
    return page.get(item.id);
  };
  const topicOf = (id: string) => matcher.claimById(id)?.topic ?? '(unknown claim)';
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let cOk = 0;
  let cN = 0;
  let cStrictOk = 0;
  let cStrictN = 0;
  const errors: string[] = [];
  const byClaim = new Map<string, { tp: number; fp: number; fn: number }>();
  const byTopic = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const item of items) {
    const m = matchOf(item);
    const got = m?.claimId ?? null;
    if (item.claim && !matcher.claimById(item.claim)) errors.push(`${item.id} LABEL  claim "${item.claim}" is not in the pack`);
    if (got === item.claim) {
      if (got) {
        tp++;
        bump(byClaim, got, 'tp');
        bump(byTopic, topicOf(got), 'tp');
      }
    } else {
      if (got) {
        fp++;
        bump(byClaim, got, 'fp');
        bump(byTopic, topicOf(got), 'fp');
      }
      if (item.claim) {
        fn++;
        bump(byClaim, item.claim, 'fn');
        bump(byTopic, topicOf(item.claim), 'fn');
      }
      const what = got && m ? `${got} (score ${m.score}, ${m.verdict})` : 'nothing';
      errors.push(`${item.id} ${item.claim ? (got ? 'WRONG ' : 'MISS  ') : 'FALSE+'} [${item.kind}] expected ${item.claim ?? 'nothing'}, got ${what}: ${item.text}`);
    }
    if (item.claim) {
      cStrictN++;
      const flag = m?.conflict ?? false;
      if (flag === item.conflict) cStrictOk++;
      if (m) {
        cN++;
        if (flag === item.conflict) cOk++;
        else {
          const diffs = m.slots.map((d) => `${d.slot}: ${d.page} vs ${d.preferred}`).join('; ');
          errors.push(`${item.id} FLAG   expected conflict=${item.conflict}, got ${m.verdict} on ${m.claimId}${diffs ? ` (${diffs})` : ''}: ${item.text}`);
        }
      }
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    n: items.length,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    conflictAccuracy: ratio(cOk, cN),
    conflictN: cN,
    conflictAccuracyStrict: ratio(cStrictOk, cStrictN),
    errors,
    byClaim,
    byTopic,
  };
}

function fmt(x: number): string {
  return x.toFixed(3);
}

function table(title: string, map: Map<string, { tp: number; fp: number; fn: number }>): string[] {
  const lines = [title];
  for (const [key, v] of [...map].sort((a, b) => a[0].localeCompare(b[0]))) {
    const p = ratio(v.tp, v.tp + v.fp);
    const r = ratio(v.tp, v.tp + v.fn);
    const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    lines.push(`  ${key.padEnd(32)} P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f)}  (tp ${v.tp}, fp ${v.fp}, fn ${v.fn})`);
  }
  return lines;
}

/** Prints the report for one split. */
export function report(split: string, r: EvalResult, quiet = false): string {
  const lines = [
    `split: ${split} (${r.n} sentences)`,
    `claim detection: precision ${fmt(r.precision)}  recall ${fmt(r.recall)}  F1 ${fmt(r.f1)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`,
    `conflict flag accuracy: ${fmt(r.conflictAccuracy)} over ${r.conflictN} matched claim sentences; ${fmt(r.conflictAccuracyStrict)} counting misses`,
  ];
  if (!quiet) {
    lines.push('', ...table('by claim:', r.byClaim), '', ...table('by topic:', r.byTopic));
  }
  lines.push('', `errors (${r.errors.length}):`, ...r.errors.map((e) => `  ${e}`));
  return lines.join('\n');
}

const invoked = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invoked) {
  const args = process.argv.slice(2);
  const si = args.indexOf('--split');
  const split = si >= 0 ? args[si + 1] : 'test';
  const quiet = args.includes('--quiet');
  const isolated = args.includes('--isolated');
  const all = loadLabelled();
  const items = split === 'all' ? all : all.filter((x) => x.split === split);
  const pack = loadPack();
  if (args.includes('--by-batch')) {
    // One line per batch of the labelled set (the letters its ids start with; "s" is the first set).
    const batchOf = (id: string) => id.replace(/\d+$/, '');
    const batches = [...new Set(items.map((x) => batchOf(x.id)))].sort();
    for (const b of batches) {
      const r = evaluate(pack, items.filter((x) => batchOf(x.id) === b), DEFAULT_TUNING, { context: all, isolated });
      console.log(`batch ${b}: ${r.n} sentences  precision ${fmt(r.precision)}  recall ${fmt(r.recall)}  conflict ${fmt(r.conflictAccuracy)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
    }
  } else {
    console.log(report(split, evaluate(pack, items, DEFAULT_TUNING, { context: all, isolated }), quiet));
  }
}
