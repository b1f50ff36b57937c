/**
 * Quantities as newsrooms write them: "220,000", "220K", "220 thousand", "two hundred twenty thousand",
 * "300MW", "0.3 GW", "$1.25B", "10M", with their bounds ("more than", "nearly", "about", "220,000+").
 * Parsing is pure string work over normalised text; the result uses the claim schema's `Quantity`.
 */
import type { Bound, Quantity } from '../claims/types.ts';
import { canonicalChars, stem } from './normalize.ts';
import { wordMap } from './word-table.ts';

/** A quantity found in a text, with where it was found (offsets into the normalised text). */
export interface FoundQuantity extends Quantity {
  /** The words that stated it, as found ("more than 220,000 NVIDIA GPUs"). */
  raw: string;
  start: number;
  end: number;
}

const SMALL = wordMap<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
});
const SCALE = wordMap<number>({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
const SUFFIX_SCALE = wordMap<number>({
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mil: 1e6, million: 1e6, millions: 1e6, b: 1e9, bn: 1e9, billion: 1e9,
  billions: 1e9, t: 1e12, tn: 1e12, trillion: 1e12, hundred: 100, dozen: 12,
});

/** Unit words → the schema's unit names. Power is kept in megawatts. */
const UNIT_WORDS = wordMap<{ unit: string; factor?: number }>({
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
});

/** True when the parser can produce this unit (base units and their per-period and input/output forms). */
export function isParsedUnit(unit: string): boolean {
  const base = unit.replace(/-per-(second|minute|hour|day|week|month|year)$/, '').replace(/^(input|output)-/, '');
  return PARSED_UNITS.has(base);
}
const PARSED_UNITS = new Set([...UNIT_WORDS.values()].map((u) => u.unit));

/** The unit a single word names ("megawatts" → mw, "chips" → gpu), or null. */
export function unitOfWord(word: string): string | null {
  const w = word.toLowerCase().trim();
  return UNIT_WORDS.get(w)?.unit ?? null;
}

/** Words that may sit between a number and its unit noun ("220,000 NVIDIA H100 GPUs"). */
const UNIT_FILLERS = new Set([
  'nvidia', 'h100', 'h200', 'gb200', 'high-end', 'advanced', 'ai', 'graphics', 'of', 'compute', 'additional',
  'more', 'new', 'total', 'cutting-edge', 'top-of-the-line', 'input', 'output', 'and', 'power', 'powerful',
  'data', 'center', 'worth', 'in', 'the', 'additional', 'extra', 'hopper', 'blackwell', 'equivalent', 'plus', 'or',
]);

const BOUND_BEFORE: [RegExp, Bound][] = [
  [/(?:more than|over|upwards of|upward of|in excess of|at least|north of|above|greater than|exceeding|surpassing|beyond|well over|just over|no fewer than|no less than|a minimum of|minimum of|topping|tops|exceeds|exceed|exceeded|surpasses|surpass|surpassed|better than)\s*$/, 'over'],
  [/(?:nearly|almost|under|less than|fewer than|up to|below|just shy of|shy of|short of|not quite|just under|a maximum of|at most|no more than)\s*$/, 'under'],
  [/(?:about|roughly|some|around|approximately|approx\.?|circa|ca\.|an estimated|estimated|on the order of|close to|in the region of|~|an approximate|approximate|or so)\s*$/, 'about'],
];

function isWordChar(ch: string | undefined): boolean {
  return !!ch && /[a-z0-9]/.test(ch);
}

const HAS_NUMBER_WORD = new RegExp(`\\b(?:${[...SMALL.keys()].join('|')})\\b|\\ba (?:hundred|thousand|million|billion|trillion)\\b`);

/** Replaces runs of number words ("two hundred and twenty thousand") with digits, keeping everything else. */
export function wordNumbersToDigits(lower: string): string {
  if (!HAS_NUMBER_WORD.test(lower)) return lower;
  // Hundreds said as two numbers, the way one reads "180" aloud: "one-eighty", "two-twenty-five".
  if (lower.includes('-')) lower = lower.replace(SPOKEN_HUNDREDS, (_, h: string, t: string, u?: string) => String(SMALL.get(h)! * 100 + SMALL.get(t)! + (u ? SMALL.get(u)! : 0)));
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
  // "ninety-nine point one" is 99.1 ("point" and then one digit word).
  return out.includes(' point ') ? out.replace(/\b(\d+) point (\d)\b/g, '$1.$2') : out;
}

const UNIT_WORDS_RE = 'one|two|three|four|five|six|seven|eight|nine';
const SPOKEN_HUNDREDS = new RegExp(`\\b(${UNIT_WORDS_RE})-(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(${UNIT_WORDS_RE}))?\\b`, 'g');

function numberWordValue(w: string): { small?: number; scale?: number } | null {
  const small = SMALL.get(w);
  if (small !== undefined) return { small };
  const scale = SCALE.get(w);
  if (scale !== undefined) return { scale };
  return null;
}

function readNumberRun(parts: string[], i: number): { value: number; next: number; trailing: string } | null {
  const first = parts[i];
  // A run starts with "a" or a SMALL word (3 letters or more): most parts (spaces, short words) stop here.
  if (first !== 'a' && (first.length < 3 || !SMALL.has(first))) return null;
  let startIsA = false;
  if (first === 'a' || first === 'one') {
    // "a million", "a hundred thousand": only a number when a scale word follows
    const nxt = parts[i + 2];
    if (parts[i + 1] === ' ' && nxt && SCALE.has(nxt)) startIsA = true;
    else if (first === 'a') return null;
  }
  if (!startIsA && !SMALL.has(first)) return null;
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

/**
 * Finds every quantity in a text, in order. Years and ordinals are skipped. `cased` is the text's
 * `canonicalChars`, when the caller has it already.
 */
export function parseQuantities(text: string, cased = canonicalChars(text)): FoundQuantity[] {
  const lower = wordNumbersToDigits(cased.toLowerCase());
  const sameOffsets = lower.length === cased.length;
  const out: FoundQuantity[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(lower); m; m = NUMBER_RE.exec(lower)) {
    const start = m.index;
    let end = start + m[0].length;
    const numEnd = end;
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
    if (scaleWord) value *= SUFFIX_SCALE.get(scaleWord) ?? 1;
    const isYear = !currency && !scaleWord && !unitSuffix && !plus && /^(19|20)\d{2}$/.test(digits);
    // A bare year ("in 2026") is a date, not a quantity, unless a unit noun follows.
    let unit = '';
    let factor = 1;
    if (currency) unit = 'usd';
    if (unitSuffix) {
      const u = UNIT_WORDS.get(unitSuffix.trim());
      if (u) { unit = u.unit; factor = u.factor ?? 1; }
    }
    if (!unit) {
      const found = unitAfter(lower, end, sameOffsets ? cased : null);
      if (found) { unit = found.unit; factor = found.factor; end = found.end; }
    }
    if (isYear && !unit) continue;
    // "Colossus 1", "Tier 4", "Falcon 9": a bare number right after a capitalised word is part of a name.
    if (!unit && !currency && !plus && sameOffsets && /[A-Z][A-Za-z]*\s$/.test(cased.slice(Math.max(0, start - 20), start))) continue;
    if (unit && unit !== 'percent' && unit !== 'mw') {
      const per = PER_PERIOD.exec(lower.slice(end));
      if (per) {
        const period = per[1] ? SHORT_PERIOD[per[1]] ?? per[1] : ADVERB_PERIOD[per[2]];
        const base = unit === 'hours' || unit === 'days' || unit === 'weeks' || unit === 'months' || unit === 'years' ? unit : unit;
        unit = `${base}-per-${period}`;
        end += per[0].length;
      }
    }
    if (!unit) unit = unitBefore(lower, start) ?? '';
    let bound: Bound = 'exact';
    if (plus) bound = 'over';
    else {
      const before = lower.slice(Math.max(0, start - 24), start);
      for (const [re, b] of BOUND_BEFORE) if (re.test(before)) { bound = b; break; }
      const tail = lower.slice(numEnd, numEnd + 20);
      if (bound === 'exact' && /^\s*-?\s*(or more|plus|and up|and counting)\b/.test(tail)) bound = 'over';
      if (bound === 'exact' && /^\s*or so\b/.test(tail)) bound = 'about';
    }
    out.push({ value: value * factor, bound, unit, raw: lower.slice(start, end), start, end });
  }
  // "Doubled", "tripled", "twofold": a multiple written as a word.
  if (mayMultiply(lower)) {
    MULTIPLIER.lastIndex = 0;
    for (let m = MULTIPLIER.exec(lower); m; m = MULTIPLIER.exec(lower)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((q) => q.start < end && q.end > start)) continue;
      // "the doubling" refers to a multiple stated elsewhere; it states none.
      if (/\b(?:the|this|that|its)\s+$/.test(lower.slice(Math.max(0, start - 6), start))) continue;
      out.push({ value: MULTIPLES[m[1] ?? m[2]], bound: 'exact', unit: 'times', raw: m[0], start, end });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Multiples written as words, by their stem. */
const MULTIPLES: Record<string, number> = { doubl: 2, twice: 2, twofold: 2, 'two-fold': 2, tripl: 3, threefold: 3, 'three-fold': 3, quadrupl: 4, fourfold: 4, 'four-fold': 4, halv: 0.5 };
const MULTIPLIER = /\b(doubl|tripl|quadrupl|halv)(?:e|es|ed|ing)\b(?!-)|\b(twice|twofold|two-fold|threefold|three-fold|fourfold|four-fold)\b/g;
/** What any multiple written as a word contains (plain substring tests: most texts hold none). */
function mayMultiply(lower: string): boolean {
  return lower.includes('doubl') || lower.includes('tripl') || lower.includes('twice') || lower.includes('fold') || lower.includes('quadrupl') || lower.includes('halv');
}

const NEXT_WORD = /\s*([a-z]+)/y;
const THREE_WORDS = /\s*(\S*)(?:\s+(\S+))?(?:\s+(\S+))?/y;
/** The first three whitespace-separated words from `pos`, space-joined (reads only those words). */
function firstThreeWords(lower: string, pos: number): string {
  THREE_WORDS.lastIndex = pos;
  const m = THREE_WORDS.exec(lower)!;
  return m[3] !== undefined ? `${m[1]} ${m[2]} ${m[3]}` : m[2] !== undefined ? `${m[1]} ${m[2]}` : m[1];
}

function unitAfter(lower: string, from: number, cased: string | null): { unit: string; factor: number; end: number } | null {
  const re = /\s*(-)?\s*([a-z0-9%][a-z0-9-]*)/y;
  let pos = from;
  let qualifier = '';
  for (let k = 0; k < 4; k++) {
    re.lastIndex = pos;
    const m = re.exec(lower);
    if (!m) return null;
    const word = m[2];
    NEXT_WORD.lastIndex = re.lastIndex;
    const two = word + ' ' + (NEXT_WORD.exec(lower)?.[1] ?? '');
    const three = firstThreeWords(lower, pos);
    const u = UNIT_WORDS.get(three) ?? UNIT_WORDS.get(two) ?? UNIT_WORDS.get(word) ?? UNIT_WORDS.get(stem(word));
    if (u) {
      let end = pos + (lower.slice(pos).length - lower.slice(pos).trimStart().length);
      end += (UNIT_WORDS.get(three) ? three : UNIT_WORDS.get(two) ? two : lower.slice(end).match(/^-?\s*[a-z0-9%][a-z0-9-]*/)?.[0] ?? word).length;
      const unit = qualifier && u.unit === 'tokens' ? `${qualifier}-tokens` : u.unit;
      return { unit, factor: u.factor ?? 1, end: Math.max(end, re.lastIndex) };
    }
    if (word === 'input' || word === 'output') qualifier = word;
    // Product names between a figure and its noun ("18,000 Grace Blackwell chips") are capitalised.
    const capitalised = cased !== null && /[A-Z]/.test(cased[re.lastIndex - word.length] ?? '');
    if (!UNIT_FILLERS.has(word) && !capitalised) return null;
    pos = re.lastIndex;
  }
  return null;
}

/**
 * A period after a unit: "per minute", "a month", "/min", "each year", "monthly"; "per" and "each" may
 * follow a word or two ("10M input tokens through per minute", "$1.25 billion in rent per month").
 */
const PER_PERIOD = /^\s*(?:(?:[a-z]+\s+){0,2}?(?:per|each|every)|a|an|\/)\s*(second|minute|hour|day|week|month|quarter|year|sec|min|hr|wk|mo|mth|qtr|yr)\b|^\s*(weekly|monthly|quarterly|annually|yearly|daily|hourly)\b/;
const ADVERB_PERIOD: Record<string, string> = { weekly: 'week', monthly: 'month', quarterly: 'quarter', annually: 'year', yearly: 'year', daily: 'day', hourly: 'hour' };
const SHORT_PERIOD: Record<string, string> = { sec: 'second', min: 'minute', hr: 'hour', wk: 'week', mo: 'month', mth: 'month', qtr: 'quarter', yr: 'year' };

/** Every word `unitBefore` can return a unit for (a GPU or megawatt noun) contains one of these. */
const LABEL_UNIT = /gpu|chip|accelerator|processor|h100s|h200s|gb200s|cards|mw|megawatt/;

function unitBefore(lower: string, start: number): string | null {
  // "GPUs: 220,000", "GPU count of 220,000", "capacity 300+ megawatts" style labels only: the unit noun
  // must sit right before the figure, with at most a colon or a linking word between.
  const before = lower.slice(Math.max(0, start - 30), start);
  if (!LABEL_UNIT.test(before)) return null;
  const m = /\b([a-z]+)\s*(?::|count of|count|total of|totalling|numbering|of|=)?\s*$/.exec(before);
  if (!m) return null;
  const u = UNIT_WORDS.get(m[1]);
  return u && !u.factor && ['gpu', 'mw'].includes(u.unit) ? u.unit : null;
}

const PERIOD_DAYS: Record<string, number> = { day: 1, week: 7, month: 365 / 12, quarter: 365 / 4, year: 365 };
const DURATION_DAYS: Record<string, number> = { days: 1, weeks: 7, months: 30, years: 365 };

/**
 * The page quantity expressed in the reference's unit, or null when they measure different things.
 * Converts durations (6 months = 180 days), money rates ($15 billion a year = $1.25 billion a month)
 * and lets an unqualified "tokens per minute" meet "input tokens per minute".
 */
export function alignUnit(page: Quantity, unit: string): Quantity | null {
  if (page.unit === unit) return page;
  if (page.unit in DURATION_DAYS && unit in DURATION_DAYS) {
    return { ...page, unit, value: (page.value * DURATION_DAYS[page.unit]) / DURATION_DAYS[unit] };
  }
  const a = /^(.*)-per-(day|week|month|quarter|year)$/.exec(page.unit);
  const b = /^(.*)-per-(day|week|month|quarter|year)$/.exec(unit);
  if (a && b && a[1] === b[1]) {
    return { ...page, unit, value: (page.value / PERIOD_DAYS[a[2]]) * PERIOD_DAYS[b[2]] };
  }
  const bare = (u: string) => u.replace(/^(input|output)-/, '');
  if (bare(page.unit) === unit || (page.unit === bare(page.unit) && bare(unit) === page.unit)) return { ...page, unit };
  return null;
}

/** How a page's quantity stands against a reference quantity. */
export type QuantityRelation = 'same' | 'sharper' | 'vaguer' | 'conflict' | 'unrelated';

const ABOUT_SHARE = 0.05;

/**
 * How far "about N" may stray: 5% of N, but never more than half a unit of N's last stated digit
 * ("about 99.1%" means 99.05–99.15, "about 200,000" means 190,000–210,000).
 */
function aboutTolerance(value: number): number {
  const v = Math.abs(value);
  if (v === 0) return 0;
  let unit = 10 ** Math.floor(Math.log10(v));
  for (let k = 0; k < 12 && Math.abs(Math.round(v / unit) * unit - v) > v * 1e-9; k++) unit /= 10;
  return Math.min(ABOUT_SHARE * v, unit / 2);
}
const EQUAL_TOLERANCE = 0.01;

/**
 * How far "more than N" / "nearly N" reach in news usage: the same order of magnitude. "More than
 * 300 MW" does not describe a 1.5 GW site; "more than 220,000" does describe 250,000.
 */
const OPEN_BOUND_REACH = 1.5;

function interval(q: Quantity): [number, number, boolean, boolean] {
  // [low, high, lowOpen, highOpen]
  switch (q.bound) {
    case 'over': return [q.value, q.value * OPEN_BOUND_REACH, true, false];
    case 'under': return [q.value / OPEN_BOUND_REACH, q.value, false, true];
    case 'about': {
      const t = aboutTolerance(q.value);
      return [q.value - t, q.value + t, false, false];
    }
    default: return [q.value, q.value, false, false];
  }
}

/** Equal as a newsroom would round: within 1% and within half a unit of the reference's last stated digit. */
function near(a: number, ref: number): boolean {
  return Math.abs(a - ref) <= Math.min(EQUAL_TOLERANCE * Math.abs(ref), aboutTolerance(ref)) + 1e-9 * Math.abs(ref);
}

/**
 * Compares what a page states with a reference. `same`: equal figure (an exact figure stated for a
 * bounded one of the same value counts as the same: newsrooms round); `sharper`: the page is more
 * precise and compatible; `vaguer`: compatible but less precise ("over 200,000" for "more than 220,000");
 * `conflict`: both cannot be true; `unrelated`: different units.
 */
export function compareQuantity(pageIn: Quantity, ref: Quantity): QuantityRelation {
  const page = alignUnit(pageIn, ref.unit);
  if (!page) return 'unrelated';
  if (near(page.value, ref.value)) {
    if (page.bound === ref.bound) return 'same';
    if (page.bound === 'exact') return 'same';
    if (ref.bound === 'exact') return page.bound === 'about' ? 'vaguer' : 'same';
    if (page.bound === 'about') return 'vaguer';
    if (ref.bound === 'about') return 'sharper';
    return 'conflict'; // "over N" against "under N"
  }
  // Two lower (or two upper) bounds give two different figures. A somewhat lower "more than" is only
  // vaguer ("more than 200,000" for "more than 220,000"); one beyond the bound's reach ("a little over
  // 150 MW" for "more than 300 MW") or a higher one ("more than 320,000") reports another figure.
  if (page.bound === ref.bound && page.bound === 'over') return page.value < ref.value && page.value * OPEN_BOUND_REACH >= ref.value ? 'vaguer' : 'conflict';
  if (page.bound === ref.bound && page.bound === 'under') return page.value > ref.value && page.value <= ref.value * OPEN_BOUND_REACH ? 'vaguer' : 'conflict';
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
  const big = q.unit.startsWith('usd') || q.unit.includes('tokens');
  const num =
    big && n >= 1e9 ? `${+(n / 1e9).toFixed(2)} billion` : big && n >= 1e6 ? `${+(n / 1e6).toFixed(2)} million` : n.toLocaleString('en-US');
  switch (q.unit) {
    case 'usd': return `${bound}$${num}`;
    case 'usd-per-month': return `${bound}$${num} a month`;
    case 'usd-per-year': return `${bound}$${num} a year`;
    case 'usd-per-quarter': return `${bound}$${num} a quarter`;
    case 'hours-per-week': return `${bound}${num} hours a week`;
    case 'input-tokens-per-minute': return `${bound}${num} input tokens a minute`;
    case 'output-tokens-per-minute': return `${bound}${num} output tokens a minute`;
    case 'mw': return `${bound}${n >= 1000 ? `${+(n / 1000).toFixed(2)} GW` : `${num} MW`}`;
    case 'gpu': return `${bound}${num} GPUs`;
    case 'percent': return `${bound}${num}%`;
    case '': return `${bound}${num}`;
    default: return `${bound}${num} ${q.unit}`;
  }
}
