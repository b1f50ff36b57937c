import { describe, expect, it } from 'vitest';
import { countClaims, groupClaims, topicLabel } from '../../src/popup/group-claims';
import type { SentenceMatch } from '../../src/core/match-types';
import type { Topic } from '../../src/claims/types';

function match(claimId: string, topic: Topic, start: number, conflict = false): SentenceMatch {
  return {
    index: start,
    sentence: `${claimId} sentence at ${start}.`,
    start,
    end: start + 10,
    claimId,
    topic,
    score: 1,
    verdict: conflict ? 'conflicts' : 'agrees',
    conflict,
    preferredId: null,
    slots: [],
    claimStatus: 'corroborated',
  };
}

describe('groupClaims', () => {
  it('puts topics with a conflict first, then the rest in page order', () => {
    const matches = [match('deal', 'agreement', 0), match('gpus', 'gpu-count', 100), match('anthropic-ipo', 'ipo', 200, true)];
    const groups = groupClaims({ matches, cards: {} });
    expect(groups.map((g) => g.topic)).toEqual(['ipo', 'agreement', 'gpu-count']);
    expect(groups[0].conflict).toBe(true);
    expect(groups[1].conflict).toBe(false);
  });

  it('lists a claim once with all its sentences, and keeps show-on-page indexes into matches', () => {
    const matches = [match('deal', 'agreement', 50), match('other', 'agreement', 10), match('deal', 'agreement', 300)];
    const [g] = groupClaims({ matches, cards: {} });
    expect(g.claims.map((c) => c.claimId)).toEqual(['other', 'deal']);
    const deal = g.claims[1];
    expect(deal.sentences.map((s) => s.matchIndex)).toEqual([0, 2]);
    expect(countClaims([g])).toEqual({ claims: 2, conflicts: 0 });
  });

  it('orders conflicting claims before agreeing ones inside a topic', () => {
    const matches = [match('spacex-ipo', 'ipo', 0), match('anthropic-ipo', 'ipo', 500, true)];
    const [g] = groupClaims({ matches, cards: {} });
    expect(g.claims.map((c) => c.claimId)).toEqual(['anthropic-ipo', 'spacex-ipo']);
    expect(countClaims([g])).toEqual({ claims: 2, conflicts: 1 });
  });

  it('returns nothing for a page without matches', () => {
    expect(groupClaims({ matches: [], cards: {} })).toEqual([]);
  });

  it('gives readable topic names', () => {
    expect(topicLabel('gpu-count')).toBe('GPU count');
    expect(topicLabel('environment')).toBe('Environment');
  });
});
