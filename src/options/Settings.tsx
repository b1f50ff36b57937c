/**
 * The settings section of the options page: how highlights are painted, and which sites are
 * paused. Saves on every change; the content scripts pick the change up from storage.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Painter, Settings as SettingsValue } from '../messages';
import { siteKey } from '../messages';
import type { SettingsStore } from './settings-store';

/** Settings form; `store` is where it reads and writes. */
export function Settings({ store }: { store: SettingsStore }) {
  const [value, setValue] = useState<SettingsValue | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [newHost, setNewHost] = useState('');

  useEffect(() => {
    void store.load().then(setValue);
  }, [store]);

  if (!value) return <p aria-busy="true">Loading settings…</p>;

  const update = async (next: SettingsValue) => {
    setValue(next);
    await store.save(next);
    setValue(await store.load());
    setSaved('Saved.');
  };
  const setPainter = (painter: Painter) => void update({ ...value, painter });
  const unpause = (host: string) => void update({ ...value, pausedHosts: value.pausedHosts.filter((h) => h !== host) });
  const addPause = (e: Event) => {
    e.preventDefault();
    const host = hostOf(newHost);
    if (!host) return;
    setNewHost('');
    void update({ ...value, pausedHosts: [...value.pausedHosts, host] });
  };

  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <fieldset>
        <legend>Highlight painter</legend>
        <label>
          <input type="radio" name="painter" value="highlight-api" checked={value.painter === 'highlight-api'} onChange={() => setPainter('highlight-api')} />
          CSS Custom Highlight API (recommended: the page’s markup is never changed)
        </label>
        <label>
          <input type="radio" name="painter" value="markjs" checked={value.painter === 'markjs'} onChange={() => setPainter('markjs')} />
          mark.js (wraps claims in &lt;mark&gt; elements; for browsers or pages where highlights do not show)
        </label>
      </fieldset>
      <fieldset>
        <legend>Paused sites</legend>
        {value.pausedHosts.length === 0 ? (
          <p class="muted">No site is paused. Use “Pause on this site” in the toolbar popup, or add one here.</p>
        ) : (
          <ul class="paused-hosts">
            {value.pausedHosts.map((h) => (
              <li key={h}>
                <span>{h}</span>{' '}
                <button type="button" onClick={() => unpause(h)} aria-label={`Resume on ${h}`}>
                  Resume
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={addPause} class="add-host">
          <label>
            Pause a site:{' '}
            <input type="text" value={newHost} placeholder="example.com" onInput={(e) => setNewHost((e.currentTarget as HTMLInputElement).value)} />
          </label>{' '}
          <button type="submit">Pause</button>
        </form>
      </fieldset>
      <p class="saved" role="status">{saved ?? ''}</p>
    </section>
  );
}

/** The site key for what a user typed: a host or a URL; null when it is neither. */
export function hostOf(input: string): string | null {
  const t = input.trim();
  if (!t) return null;
  try {
    const u = new URL(/^[a-z]+:\/\//i.test(t) ? t : `https://${t}`);
    return u.hostname.includes('.') ? siteKey(u.hostname) : null;
  } catch {
    return null;
  }
}
