import { describe, expect, it } from 'vitest';
import { normalizeSettings, parseBackgroundRequest, parseContentMessage, siteKey, MAX_SENTENCES } from '../../src/messages';
import { err, errorMessage, isResult, ok } from '../../src/core/result';

const sentence = { text: 'SpaceX signed a deal.', start: 0, end: 21 };

describe('parseBackgroundRequest', () => {
  it('accepts each well-formed request type', () => {
    const good = [
      { type: 'scan', url: 'https://www.cnbc.com/a', title: 'T', published: null, sentences: [sentence] },
      { type: 'scan', url: 'https://www.cnbc.com/a', title: 'T', published: '2026-05-07', sentences: [] },
      { type: 'get-tab-result', tabId: 3 },
      { type: 'scan-tab', tabId: 0 },
      { type: 'show-on-page', tabId: 3, index: 2 },
      { type: 'get-site-state', tabId: 9 },
      { type: 'set-paused', host: 'www.wired.com', paused: true },
    ];
    for (const m of good) expect(parseBackgroundRequest(m)).toEqual({ ok: true, value: m });
  });

  it('rejects malformed requests with a reason instead of throwing', () => {
    const bad: unknown[] = [
      null,
      'scan',
      [],
      { type: 'nope' },
      { type: 'constructor' },
      { type: 'scan', url: 'u', title: 'T', published: 5, sentences: [] },
      { type: 'scan', url: 'u', title: 'T', published: null, sentences: [{ text: 'x', start: 5, end: 2 }] },
      { type: 'scan', url: 'u', title: 'T', published: null, sentences: [{ text: 'x', start: -1, end: 2 }] },
      { type: 'scan', url: 'u', title: 'T', published: null, sentences: 'no' },
      { type: 'scan', url: 'u', title: 'T', published: null, sentences: Array(MAX_SENTENCES + 1).fill(sentence) },
      { type: 'get-tab-result', tabId: '3' },
      { type: 'get-tab-result', tabId: 1.5 },
      { type: 'show-on-page', tabId: 3, index: -1 },
      { type: 'set-paused', host: '', paused: true },
      { type: 'set-paused', host: 'a.com', paused: 'yes' },
    ];
    for (const m of bad) {
      const r = parseBackgroundRequest(m);
      expect(r.ok, JSON.stringify(m)?.slice(0, 80)).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
    }
  });
});

describe('parseContentMessage', () => {
  it('accepts show and rescan only', () => {
    expect(parseContentMessage({ type: 'show', index: 4 })).toEqual({ type: 'show', index: 4 });
    expect(parseContentMessage({ type: 'rescan', extra: 1 })).toEqual({ type: 'rescan' });
    expect(parseContentMessage({ type: 'show', index: '4' })).toBeNull();
    expect(parseContentMessage({ type: 'scan' })).toBeNull();
    expect(parseContentMessage(undefined)).toBeNull();
  });
});

describe('settings', () => {
  it('fills defaults and drops malformed fields', () => {
    expect(normalizeSettings(undefined)).toEqual({ painter: 'highlight-api', pausedHosts: [] });
    expect(normalizeSettings({ painter: 'markjs', pausedHosts: ['a.com', 3, '', 'a.com'] })).toEqual({ painter: 'markjs', pausedHosts: ['a.com'] });
    expect(normalizeSettings({ painter: 'comic-sans' }).painter).toBe('highlight-api');
  });
  it('treats www. and case as the same site', () => {
    expect(siteKey('WWW.Wired.com')).toBe('wired.com');
  });
});

describe('Result helpers', () => {
  it('build and recognise replies', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(err('nope')).toEqual({ ok: false, error: 'nope' });
    expect(isResult(ok(null))).toBe(true);
    expect(isResult({ ok: false })).toBe(false);
    expect(isResult(undefined)).toBe(false);
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage({ a: 1 })).toBe('{"a":1}');
  });
});
