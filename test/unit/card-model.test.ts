import { describe, expect, it } from 'vitest';
import type { ClaimPack } from '../../src/claims/types';
import { buildCard, statusLabel } from '../../src/core/card-model';
import { validatePack } from '../../src/core/pack-validate';
import deal from '../../src/claims/deal.json';

const pack: ClaimPack = {
  meta: { name: 'Test pack', version: '1', asOf: '2026-06-01' },
  reports: [
    { id: 'brief', publisher: 'Unnamed newsletter', author: null, published: null, kind: 'newsletter', url: null, cites: [] },
    { id: 'cnbc', publisher: 'CNBC', author: 'Jane Doe', published: 'May 6, 2026', kind: 'news', url: 'https://www.cnbc.com/x', cites: [] },
    { id: 'ai-site', publisher: 'Neural Digest', author: 'Team', published: 'May 11, 2026', kind: 'machine-written', url: null, cites: [] },
  ],
  claims: [
    {
      id: 'all-capacity', topic: 'access-scope', statement: 'Anthropic gets all of Colossus 1.', variants: [], anchors: [],
      appearances: [{ report: 'cnbc', quote: 'all of the compute', cites: [] }], status: 'corroborated',
    },
    {
      id: 'some-capacity', topic: 'access-scope', statement: 'Anthropic gets part of Colossus 1.', variants: [], anchors: [],
      appearances: [
        { report: 'brief', quote: 'access to capacity', cites: ['cnbc'] },
        { report: 'ai-site', quote: null, cites: [] },
      ],
      status: 'disputed',
    },
    {
      id: 'ipo-june', topic: 'ipo', statement: 'The IPO is in June.', variants: [], anchors: [], appearances: [],
      status: 'superseded', supersededOn: '2026-05-20', supersededBy: 'ipo-july',
    },
    { id: 'ipo-july', topic: 'ipo', statement: 'The IPO is in July.', variants: [], anchors: [], appearances: [], status: 'single-source' },
  ],
  conflicts: [{ id: 'scope', kind: 'scope', explanation: 'All or part?', claims: ['all-capacity', 'some-capacity'], preferred: 'all-capacity' }],
};

describe('buildCard', () => {
  it('says "unattributed" and "undated" where a report gives none, and lists whom it cites', () => {
    const card = buildCard(pack, 'some-capacity');
    expect(card.appearances[0]).toMatchObject({ outlet: 'Unnamed newsletter', author: 'unattributed', date: 'undated', url: null, kind: 'newsletter' });
    expect(card.appearances[0].cites).toEqual([{ outlet: 'CNBC', url: 'https://www.cnbc.com/x' }]);
    expect(card.appearances[1]).toMatchObject({ outlet: 'Neural Digest', kind: 'machine-written', date: 'May 11, 2026' });
    expect(card.asOf).toBe('2026-06-01');
    expect(card.packName).toBe('Test pack');
  });

  it('names the preferred version for a contested claim, and shows all versions with their sources', () => {
    const card = buildCard(pack, 'some-capacity');
    expect(card.preferred).toEqual({ claimId: 'all-capacity', statement: 'Anthropic gets all of Colossus 1.' });
    expect(card.conflicts).toHaveLength(1);
    expect(card.conflicts[0].versions).toEqual([
      { claimId: 'all-capacity', statement: 'Anthropic gets all of Colossus 1.', preferred: true, status: 'corroborated', sources: ['CNBC'] },
      { claimId: 'some-capacity', statement: 'Anthropic gets part of Colossus 1.', preferred: false, status: 'disputed', sources: ['Unnamed newsletter', 'Neural Digest'] },
    ]);
  });

  it('gives no preferred version for the preferred claim itself', () => {
    expect(buildCard(pack, 'all-capacity').preferred).toBeNull();
  });

  it('points a superseded claim at the claim that overtook it, with the date in its status', () => {
    const card = buildCard(pack, 'ipo-june');
    expect(card.preferred?.claimId).toBe('ipo-july');
    expect(statusLabel(card.status, card.supersededOn)).toBe('Superseded on 2026-05-20');
    expect(statusLabel('single-source', null)).toBe('Single source');
  });

  it('throws on an unknown claim id', () => {
    expect(() => buildCard(pack, 'nope')).toThrow(/nope/);
  });

  it('builds a card for every claim of the bundled pack', () => {
    const checked = validatePack(deal);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    for (const c of checked.value.claims) {
      const card = buildCard(checked.value, c.id);
      expect(card.statement).toBe(c.statement);
      for (const a of card.appearances) {
        expect(a.outlet).not.toBe('');
        expect(a.author).not.toBe('');
        expect(a.date).not.toBe('');
      }
    }
  });
});
