// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Settings, hostOf } from '../../src/options/Settings';
import { createSettingsStore } from '../../src/options/settings-store';
import type { KeyValueArea } from '../../src/platform/types';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (k) => data[k],
    set: async (k, v) => {
      data[k] = v;
    },
    remove: async (k) => {
      delete data[k];
    },
  };
}

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('settings store', () => {
  it('fills defaults for a fresh install and drops malformed values', async () => {
    expect(await createSettingsStore(memoryArea()).load()).toEqual({ painter: 'highlight-api', pausedHosts: [] });
    const junk = memoryArea({ settings: { painter: 'crayon', pausedHosts: ['a.com', 3, 'a.com'] } });
    expect(await createSettingsStore(junk).load()).toEqual({ painter: 'highlight-api', pausedHosts: ['a.com'] });
  });

  it('saves hosts as site keys (no www., lower case)', async () => {
    const area = memoryArea();
    await createSettingsStore(area).save({ painter: 'markjs', pausedHosts: ['WWW.Wired.com', 'wired.com'] });
    expect(area.data.settings).toEqual({ painter: 'markjs', pausedHosts: ['wired.com'] });
  });
});

describe('hostOf', () => {
  it('accepts a host or a URL and rejects words', () => {
    expect(hostOf(' www.CNBC.com ')).toBe('cnbc.com');
    expect(hostOf('https://techcrunch.com/2026/05/06/x/')).toBe('techcrunch.com');
    expect(hostOf('hello')).toBeNull();
    expect(hostOf('')).toBeNull();
  });
});

describe('Settings form', () => {
  it('switches the painter to mark.js and stores it', async () => {
    const area = memoryArea();
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<Settings store={createSettingsStore(area)} />, root));
    await settle();
    const markjs = root.querySelector('input[value="markjs"]') as HTMLInputElement;
    expect(markjs.checked).toBe(false);
    await act(async () => markjs.click());
    await settle();
    expect(area.data.settings).toEqual({ painter: 'markjs', pausedHosts: [] });
  });

  it('lists paused sites and resumes one', async () => {
    const area = memoryArea({ settings: { painter: 'highlight-api', pausedHosts: ['wired.com', 'cnbc.com'] } });
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => render(<Settings store={createSettingsStore(area)} />, root));
    await settle();
    expect([...root.querySelectorAll('.paused-hosts li span')].map((s) => s.textContent)).toEqual(['wired.com', 'cnbc.com']);
    await act(async () => (root.querySelector('button[aria-label="Resume on wired.com"]') as HTMLButtonElement).click());
    await settle();
    expect(area.data.settings).toEqual({ painter: 'highlight-api', pausedHosts: ['cnbc.com'] });
    expect(root.textContent).not.toContain('wired.com');
  });
});
