/**
 * Precomputed text analysis of the bundled pack. This source says "none" (the matcher then analyses
 * every text itself, as under Node and in tests); the extension build replaces this module with the
 * analysis of `deal.json` made at build time, so a starting service worker skips that work.
 */
import type { ClaimAnalysis } from '../core/claim-analysis';

/** The build's analysis of the bundled pack, or null when running from source. */
export const bundledAnalysis: ClaimAnalysis | null = null;
