/** The matcher over the bundled claim pack, as the matcher tests of sentences use it. */
import { readFileSync } from 'node:fs';
import type { ClaimPack } from '../../src/claims/types';
import { createMatcher } from '../../src/core/matcher';
import type { SentenceMatch } from '../../src/core/match-types';

export const bundledPack = JSON.parse(readFileSync(new URL('../../src/claims/deal.json', import.meta.url), 'utf8')) as ClaimPack;
const matcher = createMatcher([bundledPack]);

/** The first match for `text` as one sentence of an article published on 7 May 2026, or null. */
export const firstMatch = (text: string): SentenceMatch | null =>
  matcher.match([{ text, start: 0, end: text.length }], { published: '2026-05-07' })[0] ?? null;

/** The claim each sentence states when the sentences are one page in reading order (null: none). */
export const pageClaims = (sentences: string[]): Array<string | null> => {
  let at = 0;
  const input = sentences.map((text) => {
    const s = { text, start: at, end: at + text.length };
    at = s.end + 1;
    return s;
  });
  const found = new Map(matcher.match(input, { published: '2026-05-07' }).map((m) => [m.index, m.claimId]));
  return sentences.map((_, i) => found.get(i) ?? null);
};
