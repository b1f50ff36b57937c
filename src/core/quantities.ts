/**
 * Quantities as newsrooms write them: "220,000", "220K", "220 thousand", "two hundred twenty thousand",
 * "300MW", "0.3 GW", "$1.25B", "10M", with their bounds ("more than", "nearly", "about", "220,000+").
 * Parsing is pure string work over normalised text; the result uses the claim schema's `Quantity`.
 */
import type { Bound, Quantity } from '../claims/types';
import { canonicalChars, stem } from './normalize';

/** A quantity found in a text, with where it was found (offsets into the normalised text). */
export interface FoundQuantity extends Quantity {
  /** The words that stated it, as found ("more than 220,000 NVIDIA GPUs"). */
  raw: string;
  start: number;
  end: number;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SUFFIX_SCALE: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mil: 1e6, million: 1e6, millions: 1e6, b: 1e9, bn: 1e9, billion: 1e9,
  billions: 1e9, t: 1e12, tn: 1e12, trillion: 1e12, hundred: 100, dozen: 12,
};

/** Unit words → the schema's unit names. Power is kept in megawatts. */
const UNIT_WORDS: Record<string, { unit: string; factor?: number }> = {
  gpu: { unit: 'gpu' }, gpus: { unit: 'gpu' }, chip: { unit: 'gpu' }, chips: { unit: 'gpu' },
  accelerator: { unit: 'gpu' }, accelerators: { unit: 'gpu' }, processor: { unit: 'gpu' }, processors: { unit: 'gpu' },
  'graphics processing units': { unit: 'gpu' }, 'graphics processors': { unit: 'gpu' }, 'graphics chips': { unit: 'gpu' },
  h100s: { unit: 'gpu' }, h200s: { unit: 'gpu' }, gb200s: { unit: 'gpu' }, cards: { unit: 'gpu' },
  mw: { unit: 'mw' }, megawatt: { unit: 'mw' }, megawatts: { unit: 'mw' },
  gw: { unit: 'mw', factor: 1000 }, gigawatt: { unit: 'mw', factor: 1000 }, gigawatts: { unit: 'mw', factor: 1000 },
  kw: { unit: 'mw', factor: 0.001 }, kilowatts: { unit: 'mw', factor: 0.001 },
  dollars: { unit: 'usd' }, dollar: { unit: 'usd' }, usd: { unit: 'usd' },
  percent: { unit: 'percent' }, '%': { unit: 'percent' }, 'per cent': { unit: 'percent' }, pct: { unit: 'percent' },
  tokens: { unit: 'tokens' }, token: { unit: 'tokens' },
  hours: { unit: 'hours' }, hour: { unit: 'hours' }, hrs: { unit: 'hours' },
  days: { unit: 'days' }, day: { unit: 'days' }, weeks: { unit: 'weeks' }, week: { unit: 'weeks' },
  months: { unit: 'months' }, month: { unit: 'months' }, years: { unit: 'years' }, year: { unit: 'years' },
  times: { unit: 'times' }, x: { unit: 'times' }, fold: { unit: 'times' },
};

/** Words that may sit between a number and its unit noun ("220,000 NVIDIA H100 GPUs"). */
const UNIT_FILLERS = new Set([
  'nvidia', 'h100', 'h200', 'gb200', 'high-end', 'advanced', 'ai', 'graphics', 'of', 'compute', 'additional',
  'more', 'new', 'total', 'cutting-edge', 'top-of-the-line', 'input', 'output', 'and', 'power', 'powerful',
  'data', 'center', 'worth', 'in', 'the', 'additional', 'extra', 'hopper', 'blackwell', 'equivalent',
]);

const BOUND_BEFORE: [RegExp, Bound][] = [
  [/(?:more than|over|upwards of|upward of|in excess of|at least|north of|above|greater than|exceeding|surpassing|beyond|well over|just over|no fewer than|no less than|a minimum of|minimum of|topping)\s*$/, 'over'],
  [/(?:nearly|almost|under|less than|fewer than|up to|below|just shy of|shy of|short of|not quite|just under|a maximum of|at most|no more than)\s*$/, 'under'],
  [/(?:about|roughly|some|around|approximately|approx\.?|circa|ca\.|an estimated|estimated|on the order of|close to|in the region of|~|an approximate|approximate|or so)\s*$/, 'about'],
];

function isWordChar(ch: string | undefined): boolean {
  return !!ch && /[a-z0-9]/.test(ch);
}

const HAS_NUMBER_WORD = new RegExp(`\\b(?:${Object.keys(SMALL).join('|')})\\b|\\ba (?:hundred|thousand|million|billion|trillion)\\b`);

/** Replaces runs of number words ("two hundred and twenty thousand") with digits, keeping everything else. */
export function wordNumbersToDigits(lower: string): string {
  if (!HAS_NUMBER_WORD.test(lower)) return lower;
  const re = /[a-z]+|[^a-z]+/g;
  const parts = lower.match(re) ?? [];
  let out = '';
  let i = 0;
  while (i < parts.length) {
    const run = readNumberRun(parts, i);
    if (run) {
      out += String(run.value) + run.trailing;
      i = run.next;
    } else {
      out += parts[i];
      i++;
    }
  }
  return out;
}

function numberWordValue(w: string): { small?: number; scale?: number } | null {
  if (w in SMALL) return { small: SMALL[w] };
  if (w in SCALE) return { scale: SCALE[w] };
  return null;
}

function readNumberRun(parts: string[], i: number): { value: number; next: number; trailing: string } | null {
  const first = parts[i];
  let startIsA = false;
  if (first === 'a' || first === 'one') {
    // "a million", "a hundred thousand": only a number when a scale word follows
    const nxt = parts[i + 2];
    if (parts[i + 1] === ' ' && nxt && nxt in SCALE) startIsA = true;
    else if (first === 'a') return null;
  }
  if (!startIsA && !(first in SMALL)) return null;
  let total = 0;
  let current = 0;
  let seen = 0;
  let j = i;
  let lastEnd = i;
  while (j < parts.length) {
    const w = parts[j];
    const v = w === 'a' && j === i ? { small: 1 } : numberWordValue(w);
    if (v) {
      if (v.small !== undefined) current += v.small;
      else if (v.scale === 100) current = (current || 1) * 100;
      else if (v.scale) {
        total += (current || 1) * v.scale;
        current = 0;
      }
      seen++;
      lastEnd = j + 1;
      j++;
      continue;
    }
    if ((w === ' ' || w === '-') && j + 1 < parts.length) {
      const nxt = parts[j + 1];
      if (numberWordValue(nxt)) { j++; continue; }
      if (nxt === 'and' && parts[j + 2] === ' ' && parts[j + 3] && numberWordValue(parts[j + 3])) { j += 3; continue; }
    }
    break;
  }
  if (seen === 0) return null;
  return { value: total + current, next: lastEnd, trailing: '' };
}

const NUMBER_RE =
  /(\$|usd\s?|us\$)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(k|mn|m|bn|b|tn|thousand|millions?|billions?|trillion|hundred|dozen)\b)?(\+)?(?:\s?(%|percent\b|per cent\b|mw\b|gw\b|kw\b|megawatts?\b|gigawatts?\b|x\b))?/g;

/** Finds every quantity in a text, in order. Years and ordinals are skipped. */
export function parseQuantities(text: string): FoundQuantity[] {
  const lower = wordNumbersToDigits(canonicalChars(text).toLowerCase());
  const out: FoundQuantity[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(lower); m; m = NUMBER_RE.exec(lower)) {
    const start = m.index;
    let end = start + m[0].length;
    if (isWordChar(lower[start - 1]) && !m[1]) continue;
    const after = lower.slice(end, end + 3);
    if (/^(st|nd|rd|th)\b/.test(after)) continue;
    const [, currency, digits, scaleWord, plus, unitSuffix] = m;
    if (isWordChar(lower[end]) && !unitSuffix && !scaleWord) {
      // "300mw" handled by unitSuffix; "h100" and "5g" are not quantities
      continue;
    }
    let value = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (scaleWord) value *= SUFFIX_SCALE[scaleWord] ?? 1;
    const isYear = !currency && !scaleWord && !unitSuffix && !plus && /^(19|20)\d{2}$/.test(digits);
    // A bare year ("in 2026") is a date, not a quantity, unless a unit noun follows.
    let unit = '';
    let factor = 1;
    if (currency) unit = 'usd';
    if (unitSuffix) {
      const u = UNIT_WORDS[unitSuffix.trim()];
      if (u) { unit = u.unit; factor = u.factor ?? 1; }
    }
    if (!unit) {
      const found = unitAfter(lower, end);
      if (found) { unit = found.unit; factor = found.factor; end = found.end; }
    }
    if (isYear && !unit) continue;
    if (unit === 'usd') {
      const per = /^\s*(?:a|per|each|every|\/)\s*(month|year|week|day|hour)\b|^\s*(monthly|annually|yearly|weekly)\b/.exec(lower.slice(end));
      if (per) {
        const period = per[1] ?? { monthly: 'month', annually: 'year', yearly: 'year', weekly: 'week' }[per[2]];
        unit = `usd-per-${period}`;
        end += per[0].length;
      }
    }
    if (!unit) unit = unitBefore(lower, start) ?? '';
    let bound: Bound = 'exact';
    if (plus) bound = 'over';
    else {
      const before = lower.slice(Math.max(0, start - 24), start);
      for (const [re, b] of BOUND_BEFORE) if (re.test(before)) { bound = b; break; }
      if (bound === 'exact' && /^\s*(or more|plus|and up|and counting)\b/.test(lower.slice(end))) bound = 'over';
      if (bound === 'exact' && /^\s*or so\b/.test(lower.slice(end))) bound = 'about';
    }
    out.push({ value: value * factor, bound, unit, raw: lower.slice(start, end), start, end });
  }
  return out;
}

function unitAfter(lower: string, from: number): { unit: string; factor: number; end: number } | null {
  const re = /\s*(-)?\s*([a-z0-9%][a-z0-9-]*)/y;
  let pos = from;
  for (let k = 0; k < 4; k++) {
    re.lastIndex = pos;
    const m = re.exec(lower);
    if (!m) return null;
    const word = m[2];
    const two = word + ' ' + (/^\s*([a-z]+)/.exec(lower.slice(re.lastIndex))?.[1] ?? '');
    const three = lower.slice(pos).trim().split(/\s+/).slice(0, 3).join(' ');
    const u = UNIT_WORDS[three] ?? UNIT_WORDS[two] ?? UNIT_WORDS[word] ?? UNIT_WORDS[stem(word)];
    if (u) return { unit: u.unit, factor: u.factor ?? 1, end: re.lastIndex };
    if (!UNIT_FILLERS.has(word)) return null;
    pos = re.lastIndex;
  }
  return null;
}

function unitBefore(lower: string, start: number): string | null {
  const before = lower.slice(Math.max(0, start - 40), start).split(/[^a-z%]+/).filter(Boolean).slice(-4);
  for (let k = before.length - 1; k >= 0; k--) {
    const u = UNIT_WORDS[before[k]];
    if (u && !u.factor && ['gpu', 'mw'].includes(u.unit)) return u.unit;
  }
  return null;
}

/** How a page's quantity stands against a reference quantity. */
export type QuantityRelation = 'same' | 'sharper' | 'vaguer' | 'conflict' | 'unrelated';

const ABOUT_TOLERANCE = 0.1;
const EQUAL_TOLERANCE = 0.01;

function interval(q: Quantity): [number, number, boolean, boolean] {
  // [low, high, lowOpen, highOpen]
  switch (q.bound) {
    case 'over': return [q.value, Infinity, true, true];
    case 'under': return [0, q.value, false, true];
    case 'about': return [q.value * (1 - ABOUT_TOLERANCE), q.value * (1 + ABOUT_TOLERANCE), false, false];
    default: return [q.value, q.value, false, false];
  }
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= EQUAL_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Compares what a page states with a reference. `same`: equal figure (an exact figure stated for a
 * bounded one of the same value counts as the same: newsrooms round); `sharper`: the page is more
 * precise and compatible; `vaguer`: compatible but less precise ("over 200,000" for "more than 220,000");
 * `conflict`: both cannot be true; `unrelated`: different units.
 */
export function compareQuantity(page: Quantity, ref: Quantity): QuantityRelation {
  if (page.unit !== ref.unit) return 'unrelated';
  if (near(page.value, ref.value)) {
    if (page.bound === ref.bound) return 'same';
    if (page.bound === 'exact') return 'same';
    if (ref.bound === 'exact') return page.bound === 'about' ? 'vaguer' : 'same';
    if (page.bound === 'about') return 'vaguer';
    if (ref.bound === 'about') return 'sharper';
    return 'conflict'; // "over N" against "under N"
  }
  const [pl, ph] = interval(page);
  const [rl, rh] = interval(ref);
  const pageInsideRef = pl >= rl && ph <= rh && !(page.bound === 'exact' && ref.bound === 'exact');
  const refInsidePage = rl >= pl && rh <= ph;
  if (refInsidePage) return 'vaguer';
  if (pageInsideRef) return 'sharper';
  const overlap = Math.max(pl, rl) < Math.min(ph, rh);
  return overlap ? 'vaguer' : 'conflict';
}

/** A reader's rendering of a quantity: "more than 220,000 GPUs", "300 MW", "$1.25 billion". */
export function formatQuantity(q: Quantity): string {
  const bound = { exact: '', over: 'more than ', under: 'under ', about: 'about ' }[q.bound];
  const n = q.value;
  const num = n >= 1e9 && q.unit === 'usd' ? `${+(n / 1e9).toFixed(2)} billion` : n.toLocaleString('en-US');
  switch (q.unit) {
    case 'usd': return `${bound}$${num}`;
    case 'usd-per-month': return `${bound}$${num} a month`;
    case 'usd-per-year': return `${bound}$${num} a year`;
    case 'mw': return `${bound}${n >= 1000 ? `${+(n / 1000).toFixed(2)} GW` : `${num} MW`}`;
    case 'gpu': return `${bound}${num} GPUs`;
    case 'percent': return `${bound}${num}%`;
    case '': return `${bound}${num}`;
    default: return `${bound}${num} ${q.unit}`;
  }
}
