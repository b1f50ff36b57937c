// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClaimCard } from '../../src/core/card-model';
import type { SentenceMatch } from '../../src/core/match-types';
import { createCardHost } from '../../src/content/card';
import { announcement, renderCard } from '../../src/content/card-view';
import { safeUrl } from '../../src/core/safe-url';

const card: ClaimCard = {
  claimId: 'part',
  topic: 'access-scope',
  statement: 'Anthropic gets part of Colossus 1 <img src=x onerror="alert(1)">.',
  status: 'disputed',
  supersededOn: null,
  asOf: '2026-06-01',
  packName: 'Deal pack',
  appearances: [
    {
      outlet: 'Unnamed newsletter', kind: 'newsletter', author: 'unattributed', date: 'undated', url: 'javascript:alert(1)',
      title: null, quote: 'access to <b>capacity</b>', cites: [{ outlet: 'CNBC', url: 'https://www.cnbc.com/x' }],
    },
    { outlet: 'Neural Digest', kind: 'machine-written', author: 'Team', date: 'May 11, 2026', url: 'https://example.com/a', title: 'T', quote: null, cites: [] },
  ],
  preferred: { claimId: 'all', statement: 'Anthropic will use all of Colossus 1.' },
  conflicts: [
    {
      groupId: 'scope', kind: 'scope', explanation: 'All of it, or part?',
      versions: [
        { claimId: 'all', statement: 'Anthropic will use all of Colossus 1.', preferred: true, status: 'corroborated', sources: ['CNBC', 'TechCrunch'] },
        { claimId: 'part', statement: 'Anthropic gets part of Colossus 1.', preferred: false, status: 'disputed', sources: ['Unnamed newsletter'] },
      ],
    },
  ],
};

const match: SentenceMatch = {
  index: 3, sentence: 'SpaceX grants Anthropic access to some resources.', start: 10, end: 60, claimId: 'part', topic: 'access-scope',
  score: 1, verdict: 'conflicts', conflict: true, preferredId: 'all', slots: [], claimStatus: 'disputed',
};

beforeEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('deal-lens-ui').forEach((e) => e.remove());
});

describe('renderCard', () => {
  it('renders database text as text, never as markup', () => {
    const view = renderCard(document, match, card, { n: 2, of: 5 });
    expect(view.querySelector('img')).toBeNull();
    expect(view.querySelector('b')).toBeNull();
    expect(view.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(view.textContent).toContain('access to <b>capacity</b>');
  });

  it('links only http(s) sources', () => {
    const view = renderCard(document, match, card, { n: 2, of: 5 });
    const hrefs = Array.from(view.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://www.cnbc.com/x', 'https://example.com/a']);
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
  });

  it('shows status, provenance with citations marked unchecked, the preferred version and the versions side by side', () => {
    const text = renderCard(document, match, card, { n: 2, of: 5 }).textContent ?? '';
    expect(text).toContain('Disputed');
    expect(text).toContain('This sentence conflicts with the best-supported report.');
    expect(text).toContain('Best-supported version');
    expect(text).toContain('Anthropic will use all of Colossus 1.');
    expect(text).toContain('unattributed');
    expect(text).toContain('undated');
    expect(text).toContain('machine-written');
    expect(text).toMatch(/Cites CNBC \(as cited, not checked\)/);
    expect(text).toContain('Sources: CNBC, TechCrunch');
    expect(text).toContain('as of 2026-06-01');
  });

  it('does not offer a preferred version for a sentence that agrees with the preferred claim', () => {
    const agreeing = { ...card, claimId: 'all', statement: 'Anthropic will use all of Colossus 1.', status: 'corroborated' as const, preferred: null };
    const text = renderCard(document, { ...match, claimId: 'all', verdict: 'agrees', conflict: false, preferredId: 'all' }, agreeing, { n: 1, of: 1 }).textContent ?? '';
    expect(text).not.toContain('Best-supported version');
    expect(text).toContain('This sentence states a known claim.');
  });

  it('is a labelled dialog, with a one-line announcement for screen readers', () => {
    const view = renderCard(document, match, card, { n: 2, of: 5 });
    expect(view.getAttribute('role')).toBe('dialog');
    expect(view.querySelector('#dl-claim')?.textContent).toBe(card.statement);
    expect(announcement(match, card, { n: 2, of: 5 })).toMatch(/^Deal Lens, claim 2 of 5\. This sentence conflicts.*Best-supported version: Anthropic will use all of Colossus 1\.$/);
  });
});

describe('card host', () => {
  it('lives in a closed shadow root on our own element, announces on open and empties on close', () => {
    const host = createCardHost(document);
    host.open(match, card, { n: 1, of: 1 }, { top: 10, bottom: 30, left: 20 }, false);
    const el = document.querySelector('deal-lens-ui') as HTMLElement;
    expect(el).toBe(host.element);
    expect(el.shadowRoot).toBeNull();
    expect(document.body.textContent).not.toContain(card.statement);
    expect(host.isOpen()).toBe(true);
    host.close();
    expect(host.isOpen()).toBe(false);
  });
});
