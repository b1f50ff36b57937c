/**
 * Sentence segmentation with exact offsets. `Intl.Segmenter` splits after abbreviations such as
 * "Mr." or "U.S." when a capital follows; we merge those pieces back so a claim is never cut in two.
 */
import type { SentenceInput } from './match-types.ts';

/** A block of the page text (a paragraph, heading, list item) given as offsets into that text. */
export interface TextBlock {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'u.s.', 'u.k.', 'u.n.', 'e.u.', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.',
    'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
    'inc.', 'corp.', 'co.', 'ltd.', 'llc.', 'st.', 'vs.', 'v.', 'e.g.', 'i.e.', 'etc.', 'no.', 'jr.', 'sr.',
    'approx.', 'est.', 'a.m.', 'p.m.',
  ],
);

let segmenter: Intl.Segmenter | null = null;
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

/** True when a trimmed piece ends in a known abbreviation (so the sentence goes on after it). */
function endsInAbbreviation(piece: string): boolean {
  // The last word: a letter, then letters and dots, ending in a dot, after a space, quote or bracket.
  const end = piece.length;
  if (end === 0 || piece.charCodeAt(end - 1) !== 46) return false;
  let j = end - 1;
  while (j > 0 && isLetterOrDot(piece.charCodeAt(j - 1))) j--;
  if (!isLetter(piece.charCodeAt(j))) return false;
  if (j > 0 && !WORD_OPENER.test(piece[j - 1])) return false;
  return ABBREVIATIONS.has(piece.slice(j).toLowerCase());
}
const WORD_OPENER = /[\s(“"'‘]/;
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isLetterOrDot(c: number): boolean {
  return c === 46 || isLetter(c);
}

/**
 * Where a sentence ends before a name that starts with a lower-case letter ("…directly. xAI's Grok"),
 * which `Intl.Segmenter` does not treat as a sentence start: terminal punctuation, optional closing
 * quote or bracket, space, then a word with a capital after its first letter (xAI, iPhone, eBay).
 */
const LOWER_NAME_START = /[.!?]["”’)\]]?\s+(?=[a-z]+[A-Z][A-Za-z]*\b)/g;

/** Offsets (relative to `piece`) after which a new sentence starts before a lower-case-initial name. */
function lowerNameBreaks(piece: string): number[] {
  const breaks: number[] = [];
  LOWER_NAME_START.lastIndex = 0;
  for (let m = LOWER_NAME_START.exec(piece); m; m = LOWER_NAME_START.exec(piece)) {
    const end = m.index + m[0].length;
    if (!endsInAbbreviation(piece.slice(0, m.index + 1))) breaks.push(end);
  }
  return breaks;
}

function isSpace(ch: string): boolean {
  return /\s|[\u200b-\u200d\ufeff]/u.test(ch);
}

/** Pushes [start, end) trimmed of whitespace, if anything is left. */
function pushTrimmed(text: string, start: number, end: number, out: SentenceInput[]): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

/**
 * Splits each block into sentences. Offsets are exact into `text`: `text.slice(s.start, s.end) === s.text`.
 * Sentences never cross block boundaries; leading and trailing whitespace is trimmed.
 */
export function segmentBlocks(text: string, blocks: TextBlock[]): SentenceInput[] {
  const steps = segmentBlockSteps(text, blocks);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * A block of plain ASCII whose only sentence-ending marks (. ! ?) end it, with no line break: the
 * segmenter would return it whole (no sentence boundary rule applies inside it), so it is not asked.
 * Checked against the segmenter on every such block of the fixtures and labelled set, and 300,000
 * random ones (see the segment tests).
 */
export const ONE_SENTENCE = /^[^.!?\n\r\u0080-\uffff]*(?:[.!?]+[ \t\v\f]*)?$/;

/**
 * Sentence-break classes (UAX #29) of the characters the segmenter's rules are applied to here, without
 * asking it: asking costs more than the rest of segmentation together. 0: unknown, ask the segmenter.
 */
const OTHER = 1;
const SP = 2;
const LOWER = 3;
const UPPER = 4;
const NUMERIC = 5;
const ATERM = 6;
const STERM = 7;
const CLOSE = 8;
const SCONTINUE = 9;
const BREAK_CLASS = new Uint8Array(0x2030);
{
  const set = (from: number, to: number, k: number) => BREAK_CLASS.fill(k, from, to + 1);
  const each = (chars: string, k: number) => {
    for (const c of chars) BREAK_CLASS[c.charCodeAt(0)] = k;
  };
  set(0x20, 0x7e, OTHER);
  set(0x61, 0x7a, LOWER);
  set(0x41, 0x5a, UPPER);
  set(0x30, 0x39, NUMERIC);
  set(0xc0, 0xd6, UPPER);
  set(0xd8, 0xde, UPPER);
  set(0xdf, 0xf6, LOWER);
  set(0xf8, 0xff, LOWER);
  set(0x2000, 0x200a, SP);
  each(' \t\v\f\u00a0\u202f', SP);
  each('.', ATERM);
  each('!?', STERM);
  each(`"'()[]{}\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a`, CLOSE);
  each(',-:\u2013\u2014', SCONTINUE);
  each('\u00a3\u00a7\u00a9\u00ae\u00b0\u00b1\u00b7\u00d7\u00f7\u2010\u2011\u2012\u2015\u2020\u2022\u2026\u2030', OTHER);
  // ";" is a continuation only in recent Unicode versions: left to the platform's segmenter.
  BREAK_CLASS[0x3b] = 0;
}
function breakClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 0x2030 ? BREAK_CLASS[c] : 0;
}

/**
 * The segmenter's pieces of a block whose characters all have a known class, by the rules of UAX #29
 * (a break can only follow a terminator, its closing marks and spaces: SB6 to SB11), or null when some
 * character is unknown. Checked against the segmenter on the fixtures, the labelled set and 4 million
 * random strings of these characters; at first use against the platform's own (see `fastPathAgrees`).
 */
export function ruleSegments(text: string): Array<{ segment: string; index: number }> | null {
  const n = text.length;
  const out: Array<{ segment: string; index: number }> = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const k = breakClass(text, i);
    if (k === 0) return null;
    if (k !== ATERM && k !== STERM) continue;
    // The only place a break may follow this terminator: after its closing marks and spaces.
    let m = i + 1;
    while (m < n && breakClass(text, m) === CLOSE) m++;
    while (m < n && breakClass(text, m) === SP) m++;
    if (m >= n) break;
    const next = breakClass(text, m);
    if (next === 0) return null;
    // SB8a: a continuation or another terminator goes on with the sentence.
    let cut = next !== SCONTINUE && next !== ATERM && next !== STERM;
    if (cut && k === ATERM) {
      const prev = i > 0 ? breakClass(text, i - 1) : 0;
      // SB6 "3.5", SB7 "U.S": a full stop right before a digit, or between letters and a capital.
      if (m === i + 1 && (next === NUMERIC || (next === UPPER && (prev === UPPER || prev === LOWER)))) cut = false;
      else {
        // SB8: no break when a lower-case letter comes before any capital or terminator.
        for (let j = m; j < n; j++) {
          const c = breakClass(text, j);
          if (c === 0) return null;
          if (c === LOWER) cut = false;
          if (c === LOWER || c === UPPER || c === ATERM || c === STERM) break;
        }
      }
    }
    if (cut) {
      out.push({ segment: text.slice(start, m), index: start });
      start = m;
    }
    i = m - 1;
  }
  for (let i = start; i < n; i++) if (breakClass(text, i) === 0) return null;
  if (start < n) out.push({ segment: text.slice(start), index: start });
  return out;
}

/** Texts that exercise every class and rule above, asked of the platform's segmenter once. */
const RULE_PROBES = [
  'Hi. Bob went. bob went. It cost 3.5 bn. The U.S. Army said no! Really? "Yes." (No.) Go, now. Fine... Ok',
  'He said "stop." Then left. Items: a. b. c. Done.) Next [one]. {Two} ok. x.Y z.9 A. 1. B.',
  'Wait. , then. - then. : then. \u2013 then. \u2014 then. \u2019Quote.\u2019 \u201cThis.\u201d \u00abThat.\u00bb Then',
  '\u00c9t\u00e9. \u00c9cole. \u00e9cole. x \u00d7 y. \u00b7 z. \u2022 a. \u2026 B. 5%. $9. #1. Mr. Smith.\u00a0Yes.\u202fNo.\tTab.\u2009Thin.',
  'Ha!! Ha?! "Why?" he asked. \'Why?\' She asked. (Why?) they asked. Why?) And. Is it 5.? No.5 yes',
];
let fastPath: boolean | null = null;
/** True when the rules above give the platform segmenter's pieces on every probe. */
function fastPathAgrees(seg: Intl.Segmenter): boolean {
  const key = (pieces: Iterable<{ segment: string; index: number }>) => Array.from(pieces, (p) => `${p.index}:${p.segment}`).join('|');
  return RULE_PROBES.every((t) => {
    const fast = ruleSegments(t);
    return fast !== null && key(fast) === key(seg.segment(t));
  });
}

/** How many segmenter pieces one step of {@link segmentBlockSteps} handles at most. */
const PIECES_PER_STEP = 64;

/**
 * `segmentBlocks` as steps: yields after each block and every few dozen sentences inside a long
 * one, so a caller on a page's main thread can pause between steps. Returns the same sentences.
 */
export function* segmentBlockSteps(text: string, blocks: TextBlock[]): Generator<void, SentenceInput[]> {
  const out: SentenceInput[] = [];
  const seg = getSegmenter();
  let pieces = 0;
  for (const block of blocks) {
    yield;
    const bStart = Math.max(0, block.start);
    const bEnd = Math.min(text.length, block.end);
    if (bEnd <= bStart) continue;
    const slice = text.slice(bStart, bEnd);
    let pendingStart = -1;
    fastPath ??= fastPathAgrees(seg);
    const segments: Iterable<{ segment: string; index: number }> = ONE_SENTENCE.test(slice) ? [{ segment: slice, index: 0 }] : ((fastPath ? ruleSegments(slice) : null) ?? seg.segment(slice));
    for (const piece of segments) {
      if (++pieces % PIECES_PER_STEP === 0) yield;
      const pStart = bStart + piece.index;
      const pEnd = pStart + piece.segment.length;
      if (pendingStart < 0) pendingStart = pStart;
      for (const cut of lowerNameBreaks(piece.segment)) {
        pushTrimmed(text, pendingStart, pStart + cut, out);
        pendingStart = pStart + cut;
      }
      if (endsInAbbreviation(piece.segment.trimEnd())) continue;
      pushTrimmed(text, pendingStart, pEnd, out);
      pendingStart = -1;
    }
    if (pendingStart >= 0) pushTrimmed(text, pendingStart, bEnd, out);
  }
  return out;
}

/** Plain-text convenience: every line is a block, then `segmentBlocks`. */
export function segmentText(text: string): SentenceInput[] {
  const blocks: TextBlock[] = [];
  // Line ends found with indexOf (a native scan) rather than character by character: pages are long.
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  let start = 0;
  for (;;) {
    if (nextLf >= 0 && nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextCr >= 0 && nextCr < start) nextCr = text.indexOf('\r', start);
    const i = nextLf < 0 ? (nextCr < 0 ? text.length : nextCr) : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
    if (i > start) blocks.push({ start, end: i });
    if (i === text.length) break;
    start = i + 1;
  }
  return segmentBlocks(text, blocks);
}
