/**
 * The popup's section for the page's own tags: each with how it was found again (or not), edit and
 * delete, exports of the page's tags, and the passages that could not be found (orphans) listed
 * with their quotes. On a site outside the outlet list it offers to keep tags there.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AnchorReport, PageTags as PageTagsValue } from '../../core/annotations/messages';
import { fieldsOf, normaliseTags, quoteOf, updateAnnotation, VERDICT_LABELS, VERDICTS, type Annotation, type TagFields, type TagVerdict } from '../../core/annotations/model';
import { ExportButtons } from '../../options/annotations/export-buttons';
import type { TaggingApi } from '../../options/annotations/tagging-api';
import './page-tags.css';

function statusText(r: AnchorReport | undefined): string {
  if (!r) return 'Not checked (the page has not been read)';
  if (r.status === 'exact') return 'Found on the page';
  if (r.status === 'moved') return 'Found (moved on the page)';
  if (r.status === 'fuzzy') return `Changed since tagged: ${(r.changes ?? []).map((c) => `“${c.before}” → “${c.after}”`).join('; ')}`;
  return `Not found: ${r.reason ?? 'the passage is gone'}`;
}

function short(s: string, n = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
}

function EditForm({ a, onSave, onCancel }: { a: Annotation; onSave: (f: TagFields) => void; onCancel: () => void }) {
  const start = fieldsOf(a);
  const [verdict, setVerdict] = useState<TagVerdict | ''>(start.verdict ?? '');
  const [tags, setTags] = useState(start.tags.join(', '));
  const [note, setNote] = useState(start.note);
  return (
    <form
      class="edit-tag"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ verdict: verdict || null, tags: normaliseTags(tags.split(',')), note, claimId: start.claimId });
      }}
    >
      <label>
        Verdict{' '}
        <select value={verdict} onChange={(e) => setVerdict((e.currentTarget as HTMLSelectElement).value as TagVerdict | '')}>
          <option value="">No verdict</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>{VERDICT_LABELS[v]}</option>
          ))}
        </select>
      </label>
      <label>
        Tags (comma-separated) <input type="text" value={tags} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label>
        Note <textarea rows={2} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <p>
        <button type="submit">Save</button> <button type="button" onClick={onCancel}>Cancel</button>
      </p>
    </form>
  );
}

export function PageTags({ api, tabId, requestSiteAccess }: { api: TaggingApi; tabId: number | null; requestSiteAccess: (origin: string) => Promise<boolean> }) {
  const [data, setData] = useState<PageTagsValue | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    if (tabId === null) return;
    const r = await api.pageTags(tabId);
    if (r.ok) setData(r.value);
  }, [api, tabId]);
  useEffect(() => {
    void load();
  }, [load]);

  if (tabId === null || !data) return null;
  const anchors = data.anchors ?? {};
  const found = data.annotations.filter((a) => anchors[a.id]?.status !== 'orphan');
  const orphans = data.annotations.filter((a) => anchors[a.id]?.status === 'orphan');

  const save = async (a: Annotation, fields: TagFields) => {
    const r = await api.save(updateAnnotation(a, fields), tabId);
    setMessage(r.ok ? 'Tag saved.' : `Not saved: ${r.error}`);
    setEditing(null);
    await load();
  };
  const remove = async (a: Annotation) => {
    const r = await api.remove(a.id, tabId);
    setMessage(r.ok ? 'Tag deleted.' : `Not deleted: ${r.error}`);
    await load();
  };
  const keep = async () => {
    if (!data.origin) return;
    const granted = await requestSiteAccess(data.origin);
    setMessage(granted ? 'Tags on this site will come back on later visits.' : 'Access was not granted.');
    await load();
  };

  const item = (a: Annotation, orphan: boolean) => {
    const f = fieldsOf(a);
    return (
      <li key={a.id} class={orphan ? 'tag orphan' : 'tag'}>
        <blockquote>{short(quoteOf(a).exact, orphan ? 2000 : 400)}</blockquote>
        <p>
          <strong>{f.verdict ? VERDICT_LABELS[f.verdict] : 'No verdict'}</strong>
          {f.tags.length > 0 && ` · ${f.tags.join(', ')}`}
        </p>
        {f.note && <p class="note">{short(f.note, 240)}</p>}
        <p class="anchor-status">{statusText(anchors[a.id])}</p>
        {editing === a.id ? (
          <EditForm a={a} onSave={(fields) => void save(a, fields)} onCancel={() => setEditing(null)} />
        ) : (
          <p class="tag-actions">
            <button type="button" onClick={() => setEditing(a.id)} aria-label={`Edit tag “${short(quoteOf(a).exact, 40)}”`}>Edit</button>{' '}
            <button type="button" onClick={() => void remove(a)} aria-label={`Delete tag “${short(quoteOf(a).exact, 40)}”`}>Delete</button>
          </p>
        )}
      </li>
    );
  };

  return (
    <section class="page-tags" aria-labelledby="page-tags-title">
      <h2 id="page-tags-title">Your tags on this page ({data.annotations.length})</h2>
      {!data.siteKept && data.origin && (
        <p>
          <button type="button" onClick={() => void keep()}>Keep tags on this site</button>
        </p>
      )}
      {data.annotations.length === 0 ? (
        <p class="muted">Select a passage on the page and choose “Tag passage” to tag it.</p>
      ) : (
        <>
          <ul class="tags">{found.map((a) => item(a, false))}</ul>
          {orphans.length > 0 && (
            <>
              <h3>Not found on this page ({orphans.length})</h3>
              <ul class="tags orphans">{orphans.map((a) => item(a, true))}</ul>
            </>
          )}
          <ExportButtons annotations={data.annotations} label="Export this page’s tags" fileStem="deal-lens-page-tags" getReviewer={async () => { const r = await api.getReviewer(); return r.ok ? r.value : null; }} />
        </>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
