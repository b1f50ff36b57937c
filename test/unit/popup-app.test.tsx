// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../src/popup/App';
import type { PopupApi } from '../../src/popup/popup-api';
import { createPopupApi, tabFromQuery } from '../../src/popup/popup-api';
import type { ClaimCard, PageResult, SiteState } from '../../src/messages';
import type { SentenceMatch } from '../../src/core/match-types';

const ipoCard: ClaimCard = {
  claimId: 'anthropic-june-ipo',
  topic: 'ipo',
  statement: 'Anthropic plans an IPO in June 2026.',
  status: 'contradicted',
  supersededOn: null,
  asOf: '2026-05-12',
  packName: 'deal',
  appearances: [
    { outlet: 'Monexus', kind: 'machine-written', author: 'unattributed', date: 'undated', url: 'javascript:alert(1)', title: null, quote: null, cites: [{ outlet: 'Decrypt', url: 'https://decrypt.co/x' }] },
  ],
  preferred: { claimId: 'spacex-ipo', statement: 'SpaceX, not Anthropic, is preparing an IPO, possibly in June 2026.' },
  conflicts: [
    {
      groupId: 'whose-ipo',
      kind: 'entity',
      explanation: 'Reports disagree on whose IPO is coming.',
      versions: [
        { claimId: 'spacex-ipo', statement: 'SpaceX, not Anthropic, is preparing an IPO, possibly in June 2026.', preferred: true, status: 'corroborated', sources: ['CNBC', 'TechCrunch'] },
        { claimId: 'anthropic-june-ipo', statement: 'Anthropic plans an IPO in June 2026.', preferred: false, status: 'contradicted', sources: ['Monexus'] },
      ],
    },
  ],
};
const dealCard: ClaimCard = {
  ...ipoCard,
  claimId: 'deal',
  topic: 'agreement',
  statement: 'Anthropic signed a deal to use compute at SpaceX’s Colossus 1.',
  status: 'corroborated',
  appearances: [{ outlet: 'NBC News', kind: 'news', author: 'unattributed', date: 'May 6, 2026', url: 'https://nbcnews.com/a', title: null, quote: null, cites: [] }],
  preferred: null,
  conflicts: [],
};

function m(claimId: string, topic: SentenceMatch['topic'], sentence: string, start: number, conflict: boolean): SentenceMatch {
  return { index: start, sentence, start, end: start + sentence.length, claimId, topic, score: 3, verdict: conflict ? 'conflicts' : 'agrees', conflict, preferredId: null, slots: [], claimStatus: 'corroborated' };
}

const result: PageResult = {
  url: 'https://www.wired.com/story/x/',
  title: 'A story',
  published: '2026-05-07',
  scannedAt: 1,
  matches: [
    m('deal', 'agreement', 'On 6 May 2026, Anthropic announced it had signed a deal.', 0, false),
    m('anthropic-june-ipo', 'ipo', "Anthropic's planned June IPO provides important context <b>.", 400, true),
  ],
  cards: { deal: dealCard, 'anthropic-june-ipo': ipoCard },
};

function fakeApi(over: Partial<PopupApi> & { site?: SiteState; result?: PageResult | null } = {}): PopupApi & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const site = over.site ?? { host: 'www.wired.com', paused: false, supported: true };
  return {
    calls,
    getTabResult: async (tabId) => (calls.push(['get-tab-result', tabId]), { ok: true, value: over.result === undefined ? result : over.result }),
    getSiteState: async () => ({ ok: true, value: site }),
    scanTab: over.scanTab ?? (async (tabId) => (calls.push(['scan-tab', tabId]), { ok: true, value: null })),
    showOnPage: async (tabId, index) => (calls.push(['show-on-page', tabId, index]), { ok: true, value: null }),
    setPaused: async (host, paused) => (calls.push(['set-paused', host, paused]), { ok: true, value: null }),
  };
}

async function mount(api: PopupApi, tabId: number | null = 7) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<App api={api} tabId={tabId} refreshMs={0} />, root);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup App', () => {
  it('lists the conflicting topic first, with the preferred version, sources and citations', async () => {
    const root = await mount(fakeApi());
    const topics = [...root.querySelectorAll('section.topic h3')].map((h) => h.textContent);
    expect(topics).toEqual(['IPO', 'Agreement']);
    const first = root.querySelector('li.claim')!;
    expect(first.getAttribute('data-conflict')).toBe('true');
    expect(first.textContent).toContain('Best-supported version: SpaceX, not Anthropic, is preparing an IPO');
    expect(first.textContent).toContain('machine written · undated · unattributed');
    expect(first.textContent).toContain('cites Decrypt');
    expect(first.textContent).toContain('(as cited, not checked)');
    expect(first.querySelector('.versions')!.textContent).toContain('Sources: CNBC, TechCrunch');
    expect(root.querySelector('.summary')!.textContent).toBe('2 claims on this page, 1 in conflict with the best-supported reports');
  });

  it('says when a sentence is less precise than the best-supported report', async () => {
    const vague = { ...result, matches: [{ ...result.matches[0], verdict: 'less-precise' as const }] };
    const root = await mount(fakeApi({ result: vague }));
    expect(root.querySelector('li.sentence')!.textContent).toContain('less precise than the best-supported report, but compatible');
    expect(root.querySelector('li.claim')!.getAttribute('data-conflict')).toBe('false');
  });

  it('renders page text as text, and never links a non-http URL', async () => {
    const root = await mount(fakeApi());
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('important context <b>.');
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.some((h) => h?.startsWith('javascript'))).toBe(false);
    expect(hrefs).toContain('https://decrypt.co/x');
  });

  it('"Show on page" sends the index of the match in the page result', async () => {
    const api = fakeApi();
    const root = await mount(api);
    const buttons = [...root.querySelectorAll('button.show')] as HTMLButtonElement[];
    await act(async () => buttons[0].click());
    await act(async () => buttons[1].click());
    expect(api.calls.filter((c) => c[0] === 'show-on-page')).toEqual([
      ['show-on-page', 7, 1],
      ['show-on-page', 7, 0],
    ]);
  });

  it('shows a clear empty state on a page with no deal claims', async () => {
    const root = await mount(fakeApi({ result: { ...result, matches: [], cards: {} } }));
    expect(root.textContent).toContain('No claims about the Anthropic–SpaceX deal found on this page.');
    expect(root.querySelector('li.claim')).toBeNull();
  });

  it('offers "Scan this page" outside the outlet list and scans the tab', async () => {
    let scanned = false;
    const api = fakeApi({ site: { host: 'example.org', paused: false, supported: false }, result: null });
    const base = api.getTabResult;
    api.getTabResult = async (id) => (scanned ? { ok: true, value: { ...result, scannedAt: 5 } } : base(id));
    api.scanTab = async () => {
      scanned = true;
      return { ok: true, value: null };
    };
    const root = await mount(api);
    expect(root.textContent).toContain('example.org is not on Deal Lens’s list of outlets');
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Scan this page')!;
    await act(async () => {
      button.click();
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(root.querySelectorAll('li.claim').length).toBe(2);
  });

  it('"Pause on this site" asks the background to pause the host', async () => {
    const api = fakeApi();
    const root = await mount(api);
    const box = root.querySelector('.pause input') as HTMLInputElement;
    await act(async () => {
      box.click();
    });
    expect(api.calls).toContainEqual(['set-paused', 'www.wired.com', true]);
  });

  it('says so when paused, instead of listing claims', async () => {
    const root = await mount(fakeApi({ site: { host: 'www.wired.com', paused: true, supported: true } }));
    expect(root.textContent).toContain('Deal Lens is paused on www.wired.com');
    expect(root.querySelector('li.claim')).toBeNull();
  });
});

describe('popup-api', () => {
  it('reads the tab id from ?tab= and rejects junk', () => {
    expect(tabFromQuery('?tab=42')).toBe(42);
    expect(tabFromQuery('?tab=4x2')).toBeNull();
    expect(tabFromQuery('')).toBeNull();
  });

  it('sends the contract messages and turns a missing reply into an error result', async () => {
    const send = vi.fn(async () => undefined);
    const api = createPopupApi(send);
    const r = await api.showOnPage(3, 2);
    expect(send).toHaveBeenCalledWith({ type: 'show-on-page', tabId: 3, index: 2 });
    expect(r.ok).toBe(false);
  });
});
