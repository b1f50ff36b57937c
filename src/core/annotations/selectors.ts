/**
 * From a selection (offsets into the page text) to the two selectors we store. The page text is the
 * content script's extraction, so the same text on a later visit gives the same offsets.
 */
import { CONTEXT_CHARS, type TextPositionSelector, type TextQuoteSelector } from './model.ts';

export interface SelectorPair {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Longest passage a tag may cover; longer selections are refused rather than silently cut. */
export const MAX_QUOTE_CHARS = 5000;

/**
 * Describes `text[start, end)` with a TextQuoteSelector (exact, 32 characters of prefix and suffix)
 * and a TextPositionSelector. Whitespace at either edge of the selection is left out, so a sloppy
 * double-click selection and a precise one give the same quote. Returns null for an empty,
 * out-of-range or over-long selection.
 */
export function describeRange(text: string, start: number, end: number): SelectorPair | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > text.length || start >= end) return null;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start >= end || end - start > MAX_QUOTE_CHARS) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Collapses runs of whitespace to one space and trims: how quotes are compared and shown. */
export function squashSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
