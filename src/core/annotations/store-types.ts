/**
 * Shapes the annotation store speaks in, shared by the background (which owns the database) and
 * the pages that ask it for lists: kept in the core so pages never import background code.
 */
import type { ClaimPack } from '../../claims/types.ts';
import type { TagVerdict } from './model.ts';

/** What the annotations page filters by; every field is optional and they combine with AND. */
export interface AnnotationFilter {
  verdict?: TagVerdict | 'none';
  tag?: string;
  /** Site (registrable domain), e.g. `cnbc.com`. */
  site?: string;
  /** Words that must all appear in the quote, note, tags or title (case-insensitive). */
  text?: string;
}

/** An imported claim pack with the figures the options page lists. */
export interface StoredPack {
  /** The pack's `meta.name`: importing a pack of the same name replaces it. */
  id: string;
  name: string;
  version: string;
  asOf: string;
  addedAt: string;
  counts: { claims: number; reports: number; conflicts: number };
  pack: ClaimPack;
}

/** A stored pack without its contents. */
export type PackSummary = Omit<StoredPack, 'pack'>;
