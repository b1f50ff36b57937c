/**
 * Dates as articles write them ("6 May", "May 6th, 2026", "2026-05-06", "Wednesday", "earlier this
 * year", "in February"), resolved to ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY` against the article's
 * publication date. Relative forms without a reference date are left out rather than guessed.
 */
import { canonicalChars } from './normalize.ts';
import { wordTable } from './word-table.ts';

/** A date found in a text: ISO at the precision the text gives, and where it was found. */
export interface FoundDate {
  iso: string;
  raw: string;
  start: number;
  end: number;
}

const MONTHS = wordTable<number>({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
});
/** Weekdays in the order `Date.getUTCDay` numbers them. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Month names, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';

/** Days of the month written as ordinal words ("the sixth of May", "May the twenty-first"). */
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_DAYS = wordTable<number>(
  Object.fromEntries([
    ...ORDINAL_WORDS.map((w, i) => [w, i + 1]),
    ['twentieth', 20],
    ...ORDINAL_WORDS.slice(0, 9).map((w, i) => [`twenty-${w}`, 21 + i]),
    ['thirtieth', 30],
    ['thirty-first', 31],
  ]),
);
const ORDINAL = `(?:twenty-|thirty-)?(?:${ORDINAL_WORDS.join('|')})|twentieth|thirtieth`;
const DAY = `(\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL})`;

/** The day of the month a DAY match gives: digits with an optional suffix, or an ordinal word. */
function dayOf(text: string): number {
  return ORDINAL_DAYS[text] ?? parseInt(text, 10);
}

/** Weekday abbreviations, written with their full stop ("Wed., May 6"): bare "wed" or "sun" are words. */
const WEEKDAY_ABBR = wordTable<string>({ mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', thu: 'thursday', thur: 'thursday', thurs: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday' });
const YEAR = '(?:,?\\s+((?:19|20)\\d{2}))?';

interface Rule {
  re: RegExp;
  resolve: (m: RegExpExecArray, ref: RefDate | null, original: string) => string | null;
  /** What any match of `re` contains: a text without it is not searched (most sentences state no date). */
  needs: RegExp;
}

/** Necessary parts of the rules' matches: a month name's first three letters, a year. */
const NEEDS_MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;
const NEEDS_YEAR = /(?:19|20)\d\d/;

interface RefDate {
  y: number;
  m: number;
  d: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(y: number, m: number, d?: number): string {
  return d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses `YYYY-MM-DD` (or a longer ISO timestamp) into a reference date; null when not a date. */
export function parseReference(published: string | null | undefined): RefDate | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(published.trim());
  if (!m) return null;
  return { y: +m[1], m: +m[2], d: m[3] ? +m[3] : 1 };
}

function shiftDays(ref: RefDate, days: number): string {
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** A month without its year: the reference's year (articles speak of the current year by default). */
function yearFor(ref: RefDate | null, explicit: string | undefined): number | null {
  if (explicit) return +explicit;
  return ref ? ref.y : fallbackYear;
}

let fallbackYear: number | null = null;

/** A year said aloud: "twenty twenty-nine" is 2029, "twenty thirty" 2030. */
function spokenYear(words: string): string {
  const [, tens, unit] = /^twenty[- ](twenty|thirty)(?:-(\w+))?$/.exec(words) ?? [];
  const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  return String(2000 + (tens === 'thirty' ? 30 : 20) + (unit ? units.indexOf(unit) + 1 : 0));
}

/** "May" and "March" are also ordinary words: as a bare month they must be capitalised. */
function monthWordOk(original: string, m: RegExpExecArray, monthGroupText: string): boolean {
  const w = monthGroupText.toLowerCase();
  if (w !== 'may' && w !== 'march') return true;
  const idx = original.toLowerCase().indexOf(w, m.index);
  return idx >= 0 && original[idx] === original[idx].toUpperCase();
}

/** What follows a weekday that only labels an explicit date: "Wednesday, May 6", "Wed., 5/6/26", "Sunday, 10 May". */
const DATE_AFTER = new RegExp(`^\\.?,?\\s+(?:${MONTH}(?![a-z])|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![a-z])|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2}|\\d{4}-\\d{2}-\\d{2})`, 'i');

const RULES: Rule[] = [
  {
    re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => (validDay(+m[1], +m[2], +m[3]) ? iso(+m[1], +m[2], +m[3]) : null),
    needs: NEEDS_YEAR,
  },
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g,
    resolve: (m) => (validDay(+m[3], +m[1], +m[2]) ? iso(+m[3], +m[1], +m[2]) : null),
    needs: NEEDS_YEAR,
  },
  {
    // "5/6/26": month first, as American newsrooms write it, with a two-digit year.
    re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/g,
    resolve: (m) => (validDay(2000 + +m[3], +m[1], +m[2]) ? iso(2000 + +m[3], +m[1], +m[2]) : null),
    needs: /\d\/\d{1,2}\/\d/,
  },
  {
    // "06.05.2026": day first, as European newsrooms write it with dots.
    re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g,
    resolve: (m) => (validDay(+m[3], +m[2], +m[1]) ? iso(+m[3], +m[2], +m[1]) : null),
    needs: NEEDS_YEAR,
  },
  {
    // "6 May 2026", "6th of May", "6 May", "the sixth of May"
    re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}\\b`, 'g'),
    resolve: (m, ref) => {
      const y = yearFor(ref, m[3]);
      const mo = MONTHS[m[2]];
      const d = dayOf(m[1]);
      return y && validDay(y, mo, d) ? iso(y, mo, d) : null;
    },
    needs: NEEDS_MONTH,
  },
  {
    // "May 6", "May 6th, 2026", "May the sixth"
    re: new RegExp(`\\b${MONTH}\\s+(?:the\\s+)?${DAY}(?!\\d|,\\d{3})${YEAR}\\b`, 'g'),
    resolve: (m, ref, original) => {
      const y = yearFor(ref, m[3]);
      const mo = MONTHS[m[1]];
      if (!monthWordOk(original, m, m[1]) && !m[3]) return null;
      const d = dayOf(m[2]);
      return y && validDay(y, mo, d) ? iso(y, mo, d) : null;
    },
    needs: NEEDS_MONTH,
  },
  {
    // "May 2026", "in February", "February's", "June '25", "May of 2029", "May of twenty twenty-nine",
    // "last June" (the June before the reference), "next March"
    re: new RegExp(`\\b${MONTH}(?:\\s+(?:of\\s+)?(?:((?:19|20)\\d{2})|'(\\d{2})|(twenty[- ](?:twenty|thirty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?))(?![\\w'-]))?\\b`, 'g'),
    resolve: (m, ref, original) => {
      const year = m[2] ?? (m[3] ? String(2000 + +m[3]) : m[4] ? spokenYear(m[4]) : undefined);
      if (!year && !monthWordOk(original, m, m[1])) return null;
      const w = m[1].toLowerCase();
      if (!year && w.length <= 4 && !['may', 'june', 'july'].includes(w) && !original.slice(m.index, m.index + 6).includes('.')) {
        // bare "mar", "dec", "jan" without a year or a dot is too ambiguous
        if (!/^[A-Z]/.test(original.slice(m.index))) return null;
      }
      const mo = MONTHS[w];
      if (!year && ref) {
        // "last June" is the June before the reference month; "next March" the March after it.
        const before = original.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
        if (/\b(?:last|this past)\s+$/.test(before)) return iso(mo < ref.m ? ref.y : ref.y - 1, mo);
        if (/\bnext\s+$/.test(before)) return iso(mo > ref.m ? ref.y : ref.y + 1, mo);
      }
      const y = yearFor(ref, year);
      return y ? iso(y, mo) : null;
    },
    needs: NEEDS_MONTH,
  },
  {
    re: /\b(today|yesterday|tomorrow)\b/g,
    resolve: (m, ref) => (ref ? shiftDays(ref, { today: 0, yesterday: -1, tomorrow: 1 }[m[1]] ?? 0) : null),
    needs: /to(?:day|morrow)|yesterday/,
  },
  {
    re: /\b(?:(last|this past|next|this coming)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?=\.))/g,
    resolve: (m, ref, original) => {
      if (!ref) return null;
      const end = m.index + m[0].length;
      // An abbreviation is a weekday only capitalised ("Wed.", not "wed."); a weekday that labels the
      // date written after it ("Sunday, May 10", "Wed., 5/6/26") leaves the date to say when.
      if (WEEKDAY_ABBR[m[2]] && !/[A-Z]/.test(original[end - m[2].length])) return null;
      if (DATE_AFTER.test(original.slice(end, end + 16))) return null;
      const target = WEEKDAYS.indexOf(WEEKDAY_ABBR[m[2]] ?? m[2]);
      const refDow = new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay();
      if (m[1] === 'next' || m[1] === 'this coming') {
        const ahead = (target - refDow + 7) % 7 || 7;
        return shiftDays(ref, ahead);
      }
      let back = (refDow - target + 7) % 7;
      if (m[1] && back === 0) back = 7;
      return shiftDays(ref, -back);
    },
    // "day", or an abbreviation's full stop inside the text ("Wed., May 6").
    needs: /day|[a-z]\.[\s,]/,
  },
  {
    re: /\b(earlier|later)?\s*(this|last|next)\s+(year|month)\b/g,
    resolve: (m, ref) => {
      if (!ref) return null;
      const delta = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
      if (m[3] === 'year') return String(ref.y + delta);
      const t = new Date(Date.UTC(ref.y, ref.m - 1 + delta, 1));
      return iso(t.getUTCFullYear(), t.getUTCMonth() + 1);
    },
    needs: /year|month/,
  },
  {
    re: /\b(?:in|since|during|by|of|from|early|late|mid-?)\s*((?:19|20)\d{2})\b(?![-/]\d)/g,
    resolve: (m) => m[1],
    needs: NEEDS_YEAR,
  },
];

/**
 * Every date in a text, most specific forms first, no two overlapping. `published` (ISO) resolves
 * weekdays, "today", "earlier this year" and months given without a year; without it, `defaultYear`
 * (e.g. the claim pack's year) still places "6 May" or "in February", and relative forms are skipped.
 */
export function parseDates(text: string, published?: string | null, defaultYear?: number | null, original = canonicalChars(text)): FoundDate[] {
  const lower = original.toLowerCase();
  const ref = parseReference(published);
  fallbackYear = defaultYear ?? null;
  const taken: [number, number][] = [];
  const out: FoundDate[] = [];
  let needs: RegExp | null = null;
  let present = false;
  for (const rule of RULES) {
    // Neighbouring rules share what they need: tested once for them.
    if (rule.needs !== needs) {
      needs = rule.needs;
      present = needs.test(lower);
    }
    if (!present) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(lower); m; m = rule.re.exec(lower)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const value = rule.resolve(m, ref, original);
      if (!value) continue;
      taken.push([start, end]);
      out.push({ iso: value, raw: original.slice(start, end), start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How a page's date stands against a reference date. */
export type DateRelation = 'same' | 'sharper' | 'vaguer' | 'conflict';

/**
 * Compares ISO dates of any precision: "2026-05" for "2026-05-06" is vaguer (compatible), "2026-05-06"
 * for "2026-05" is sharper, "2026-05-07" for "2026-05-06" is a conflict.
 */
export function compareDate(page: string, ref: string): DateRelation {
  if (page === ref) return 'same';
  if (ref.startsWith(page)) return 'vaguer';
  if (page.startsWith(ref)) return 'sharper';
  return 'conflict';
}

/** A reader's rendering of an ISO date of any precision ("6 May 2026", "May 2026", "2026"). */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  if (!m) return y;
  const month = MONTH_NAMES[+m - 1] ?? m;
  return d ? `${+d} ${month} ${y}` : `${month} ${y}`;
}
