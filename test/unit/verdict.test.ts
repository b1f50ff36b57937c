import { describe, expect, it } from 'vitest';
import type { ClaimPack } from '../../src/claims/types';
import { decideVerdict, type SentenceSlots, type VerdictContext } from '../../src/core/verdict';
import { MINI_PACK } from './mini-pack';

function contextOf(pack: ClaimPack): VerdictContext {
  return {
    claim: (id) => pack.claims.find((c) => c.id === id),
    groupsOf: (id) => pack.conflicts.filter((g) => g.claims.includes(id)),
  };
}

const ctx = contextOf(MINI_PACK);
const claim = (id: string) => MINI_PACK.claims.find((c) => c.id === id)!;
const slots = (over: Partial<SentenceSlots> = {}): SentenceSlots => ({ quantities: [], dates: [], entities: [], ...over });

describe('decideVerdict (the one conflict rule)', () => {
  it('agrees when the sentence states the preferred version', () => {
    const v = decideVerdict(slots({ quantities: [{ value: 220000, bound: 'over', unit: 'gpu' }] }), claim('gpus-220k'), ctx);
    expect(v).toEqual({ verdict: 'agrees', conflict: false, preferredId: 'gpus-220k', slots: [] });
  });

  it('calls a compatible vaguer figure less precise, not a conflict', () => {
    const v = decideVerdict(slots({ quantities: [{ value: 200000, bound: 'over', unit: 'gpu' }] }), claim('gpus-200k'), ctx);
    expect(v.verdict).toBe('less-precise');
    expect(v.conflict).toBe(false);
    expect(v.slots).toEqual([{ slot: 'quantity', page: 'more than 200,000 GPUs', preferred: 'more than 220,000 GPUs' }]);
  });

  it('flags a figure the preferred version rules out, naming the slot', () => {
    const v = decideVerdict(slots({ quantities: [{ value: 200000, bound: 'exact', unit: 'gpu' }] }), claim('gpus-200k'), ctx);
    expect(v.verdict).toBe('conflicts');
    expect(v.conflict).toBe(true);
    expect(v.slots).toEqual([{ slot: 'quantity', page: '200,000 GPUs', preferred: 'more than 220,000 GPUs' }]);
  });

  it('flags a non-preferred version of a conflict group with the differing entities', () => {
    const v = decideVerdict(slots({ entities: ['Starlink', 'Memphis'] }), claim('built-for-starlink'), ctx);
    expect(v.verdict).toBe('conflicts');
    expect(v.preferredId).toBe('built-by-xai');
    expect(v.slots).toEqual([{ slot: 'entity', page: 'Starlink', preferred: 'xAI, Grok' }]);
  });

  it('flags a wrong date against a claim with no conflict group', () => {
    const v = decideVerdict(slots({ dates: ['2026-05-08'] }), claim('deal-signed'), ctx);
    expect(v).toMatchObject({ verdict: 'conflicts', conflict: true, preferredId: null });
    expect(v.slots).toEqual([{ slot: 'date', page: '8 May 2026', preferred: '6 May 2026' }]);
  });

  it('calls a month for a day less precise', () => {
    const v = decideVerdict(slots({ dates: ['2026-05'] }), claim('deal-signed'), ctx);
    expect(v.verdict).toBe('less-precise');
  });

  it('raises no conflict inside an unresolved group', () => {
    const pack: ClaimPack = {
      ...MINI_PACK,
      conflicts: MINI_PACK.conflicts.map((g) => (g.id === 'origin' ? { ...g, preferred: null } : g)),
    };
    const v = decideVerdict(slots(), claim('built-for-starlink'), contextOf(pack));
    expect(v).toEqual({ verdict: 'agrees', conflict: false, preferredId: null, slots: [] });
  });
});
