/**
 * Turns a page reading into a page result: the matcher over the loaded claim packs (built once
 * per worker life) plus a card for each claim found.
 */
import type { ClaimPack } from '../claims/types';
import { createCardBuilder, type ClaimCard } from '../core/card-model';
import { createMatcher } from '../core/matcher';
import type { PageResult, ScanRequest } from '../messages';

/** Matches pages against a fixed set of packs. */
export interface Engine {
  scan(request: ScanRequest, now?: number): PageResult;
  /** Drops the built matcher so the next scan rebuilds it from `loadPacks` (imported packs changed). */
  reset(): void;
  /** Builds the matcher now, so the first page scan does not wait for it. */
  warm(): void;
}

/** An engine whose matcher and card lookups are built on first use, then reused. */
export function createEngine(loadPacks: () => ClaimPack[]): Engine {
  let state: { match: ReturnType<typeof createMatcher>; card: (id: string) => ClaimCard | null } | null = null;

  const init = () => {
    const packs = loadPacks();
    const match = createMatcher(packs);
    const builders = new Map<string, (id: string) => ClaimCard>();
    for (const pack of packs) {
      const build = createCardBuilder(pack);
      for (const claim of pack.claims) if (!builders.has(claim.id)) builders.set(claim.id, build);
    }
    const cache = new Map<string, ClaimCard>();
    const card = (id: string): ClaimCard | null => {
      const hit = cache.get(id);
      if (hit) return hit;
      const build = builders.get(id);
      if (!build) return null;
      const made = build(id);
      cache.set(id, made);
      return made;
    };
    return { match, card };
  };

  return {
    warm() {
      state ??= init();
    },
    reset() {
      state = null;
    },
    scan(request, now = Date.now()) {
      state ??= init();
      const matches = state.match.match(request.sentences, { published: request.published });
      const cards: Record<string, ClaimCard> = {};
      for (const m of matches) {
        if (cards[m.claimId]) continue;
        const c = state.card(m.claimId);
        if (c) cards[m.claimId] = c;
      }
      return { url: request.url, title: request.title, published: request.published, scannedAt: now, matches, cards };
    },
  };
}
