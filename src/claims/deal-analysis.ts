/**
 * Precomputed index of the bundled pack. This source says "none" (the matcher then builds its index
 * from the claims, as under Node and in tests); the extension build replaces this module with the
 * matcher's tables for `deal.json` and the text analysis of its claims, made at build time (see
 * `bundledAnalysisPlugin` in the vite config), so a starting service worker skips that work.
 */
import type { ClaimAnalysis } from '../core/claim-analysis.ts';

/** The build's index of the bundled pack, or null when running from source. */
export const bundledAnalysis: ClaimAnalysis | null = null;

/**
 * True in an extension build, whose `deal.json` is the pack exactly as `validatePack` returned it (the
 * build fails on an invalid pack), so the worker need not check it again. False from source.
 */
export const packChecked: boolean = false;
