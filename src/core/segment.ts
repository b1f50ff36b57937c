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
    const segments: Iterable<{ segment: string; index: number }> = ONE_SENTENCE.test(slice) ? [{ segment: slice, index: 0 }] : seg.segment(slice);
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
