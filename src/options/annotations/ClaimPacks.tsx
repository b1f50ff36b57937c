/**
 * Imported claim packs: import (validated; each bad field named by its path), list with counts and
 * "as of" dates, remove. The matcher picks changes up at once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PackSummary } from '../../core/annotations/store-types';
import { readFileText, type TaggingApi } from './tagging-api';

export function ClaimPacks({ api }: { api: TaggingApi }) {
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const load = async () => {
    const r = await api.packs();
    if (r.ok) setPacks(r.value);
    else setErrors([r.error]);
  };
  useEffect(() => {
    void load();
    const again = () => void load();
    window.addEventListener('deal-lens-data-changed', again);
    return () => window.removeEventListener('deal-lens-data-changed', again);
  }, []);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setErrors([]);
    setStatus('');
    const r = await api.addPack(await readFileText(file));
    input.value = '';
    if (!r.ok) return setErrors([r.error]);
    if ('errors' in r.value) return setErrors(r.value.errors);
    setStatus(`${r.value.added.replaced ? 'Replaced' : 'Added'} “${r.value.added.name}” (${r.value.added.counts.claims} claims).`);
    await load();
  };

  const remove = async (p: PackSummary) => {
    const r = await api.removePack(p.id);
    setStatus(r.ok ? `Removed “${p.name}”.` : r.error);
    await load();
  };

  return (
    <section class="claim-packs" aria-labelledby="packs-title">
      <h2 id="packs-title">Claim packs</h2>
      <p class="muted">The bundled database is always used. Packs you import (same schema, JSON) are matched too.</p>
      <label>
        Import claim pack <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
      </label>
      {errors.length > 0 && (
        <div role="alert" class="error">
          <p>The pack was not imported; nothing changed:</p>
          <ul>
            {errors.slice(0, 30).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status">{status}</p>
      {packs === null ? null : packs.length === 0 ? (
        <p>No imported packs.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Pack</th>
              <th scope="col">Version</th>
              <th scope="col">As of</th>
              <th scope="col">Claims</th>
              <th scope="col">Reports</th>
              <th scope="col">Conflicts</th>
              <th scope="col"><span class="sr">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td>{p.version}</td>
                <td>{p.asOf}</td>
                <td>{p.counts.claims}</td>
                <td>{p.counts.reports}</td>
                <td>{p.counts.conflicts}</td>
                <td>
                  <button type="button" onClick={() => void remove(p)} aria-label={`Remove pack ${p.name}`}>Remove</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
