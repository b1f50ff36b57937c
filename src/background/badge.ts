/**
 * The toolbar badge for a page: how many distinct claims it carries, in a warning colour when any
 * sentence conflicts with the best-supported version, otherwise a calm one.
 */
import type { PageResult } from '../messages';

/** Badge colour when at least one sentence on the page conflicts. */
export const CONFLICT_COLOR = '#c62828';
/** Badge colour when every claim found agrees with the best-supported version. */
export const CALM_COLOR = '#2e6b4f';

/** Text and colour of the badge; empty text hides it. */
export function badgeFor(result: PageResult | null): { text: string; color: string } {
  if (!result || result.matches.length === 0) return { text: '', color: CALM_COLOR };
  const claims = new Set(result.matches.map((m) => m.claimId));
  const conflict = result.matches.some((m) => m.conflict);
  const n = claims.size;
  return { text: n > 999 ? '999+' : String(n), color: conflict ? CONFLICT_COLOR : CALM_COLOR };
}
