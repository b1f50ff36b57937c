/**
 * Backup and deletion: one file with every annotation, imported pack and the reviewer; restoring
 * replaces everything after the whole file checks out; both restoring and "Delete all data" first
 * say what will be lost and wait for the user to confirm.
 */
import { useState } from 'preact/hooks';
import { downloadText, readFileText, type TaggingApi } from './tagging-api';

const changed = () => window.dispatchEvent(new Event('deal-lens-data-changed'));

export function DataSection({ api }: { api: TaggingApi }) {
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  /** A chosen backup file waiting for the user to confirm that it replaces all data. */
  const [pending, setPending] = useState<{ name: string; text: string } | null>(null);

  const backup = async () => {
    const r = await api.backup();
    if (!r.ok) return setStatus(r.error);
    downloadText(document, `deal-lens-backup-${new Date().toISOString().slice(0, 10)}.json`, r.value, 'application/json');
    setStatus('Backup saved.');
  };

  const chooseBackup = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await readFileText(file);
    input.value = '';
    setConfirming(false);
    setStatus('');
    setPending({ name: file.name, text });
  };

  const restore = async () => {
    if (!pending) return;
    const r = await api.restore(pending.text);
    setPending(null);
    setStatus(r.ok ? `Restored ${r.value.annotations} annotations and ${r.value.packs} claim packs.` : `Restore failed, nothing changed: ${r.error}`);
    changed();
  };

  const deleteAll = async () => {
    const r = await api.deleteAll();
    setConfirming(false);
    setStatus(r.ok ? 'All data deleted.' : r.error);
    changed();
  };

  return (
    <section class="data" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p>
        <button type="button" onClick={() => void backup()}>Export backup</button>{' '}
        <label>
          Restore backup (replaces all data) <input type="file" accept=".json,application/json" onChange={(e) => void chooseBackup(e)} />
        </label>
      </p>
      {pending && (
        <div role="alertdialog" aria-labelledby="confirm-restore" class="confirm">
          <p id="confirm-restore">
            Restore “{pending.name}”? It replaces all your data: every annotation, imported claim pack and the reviewer now stored
            here are deleted and only what the backup holds is kept. This cannot be undone; export a backup first to keep the
            current data.
          </p>
          <button type="button" class="danger" onClick={() => void restore()}>Yes, replace all data</button>{' '}
          <button
            type="button"
            onClick={() => {
              setPending(null);
              setStatus('Restore cancelled, nothing changed.');
            }}
          >
            Cancel
          </button>
        </div>
      )}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="confirm-delete" class="confirm">
          <p id="confirm-delete">Delete every annotation, imported claim pack and the reviewer? This cannot be undone.</p>
          <button type="button" class="danger" onClick={() => void deleteAll()}>Yes, delete everything</button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
        </div>
      ) : (
        <p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setPending(null);
              setConfirming(true);
            }}
          >
            Delete all data
          </button>
        </p>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
