/**
 * The options page's Annotations section: every annotation across pages, filtered by verdict, tag,
 * site and text, newest first, each with a link that opens the article at the passage; exports of
 * the shown set; the ClaimReview reviewer; import with a summary.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AnnotationFilter } from '../../core/annotations/store-types';
import type { ImportSummary } from '../../core/annotations/import';
import { fieldsOf, quoteOf, VERDICT_LABELS, VERDICTS, type Annotation } from '../../core/annotations/model';
import { textFragmentUrl } from '../../core/annotations/text-fragment';
import { safeUrl } from '../../core/safe-url';
import { ExportButtons } from './export-buttons';
import { readFileText, type TaggingApi } from './tagging-api';
import './annotations.css';

/** A labelled filter choice with "Any" first; picking "Any" clears the filter (undefined). */
function FilterSelect({ label, value, options, onPick }: {
  label: string;
  value: string | undefined;
  options: readonly (readonly [value: string, text: string])[];
  onPick: (value: string | undefined) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value || undefined)}>
        <option value="">Any</option>
        {options.map(([v, text]) => (
          <option value={v} key={v}>{text}</option>
        ))}
      </select>
    </label>
  );
}

/** One annotation in the list. */
function AnnotationItem({ a, onDelete }: { a: Annotation; onDelete: (id: string) => void }) {
  const f = fieldsOf(a);
  const q = quoteOf(a);
  const open = safeUrl(textFragmentUrl(a.target.source, q.exact, q.prefix, q.suffix)) ?? undefined;
  return (
    <li class="annotation">
      <p class="where">
        <a href={safeUrl(a.target.source) ?? undefined} target="_blank" rel="noopener noreferrer">{a.target.title || a.target.source}</a>
        <span class="muted"> · tagged {a.created.slice(0, 10)}</span>
      </p>
      <blockquote>{q.exact}</blockquote>
      <p>
        <strong>{f.verdict ? VERDICT_LABELS[f.verdict] : 'No verdict'}</strong>
        {f.tags.length > 0 && <span> · Tags: {f.tags.join(', ')}</span>}
        {f.claimId && <span> · Claim: {f.claimId}</span>}
      </p>
      {f.note && <p class="note">{f.note}</p>}
      <p class="actions">
        {open && (
          <a href={open} target="_blank" rel="noopener noreferrer">Open at passage</a>
        )}{' '}
        <button type="button" onClick={() => onDelete(a.id)} aria-label={`Delete annotation “${q.exact.slice(0, 60)}”`}>Delete</button>
      </p>
    </li>
  );
}

function Summary({ s }: { s: ImportSummary }) {
  return (
    <div class="import-summary" role="status">
      <p>
        Imported from {s.format === 'hypothesis' ? 'a Hypothesis export' : 'a Deal Lens JSON-LD file'}: {s.added} added, {s.updated} updated, {s.skipped.length} skipped.
      </p>
      {s.skipped.length > 0 && (
        <ul>
          {s.skipped.slice(0, 50).map((k) => (
            <li key={`${k.id}-${k.reason}`}>
              {k.id ?? 'an item'}: {k.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The section; `api` talks to the background. */
export function AnnotationsPage({ api }: { api: TaggingApi }) {
  const [filter, setFilter] = useState<AnnotationFilter>({});
  const [items, setItems] = useState<Annotation[] | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [reviewer, setReviewer] = useState({ name: '', organisation: '' });
  const [reviewerSaved, setReviewerSaved] = useState('');

  const load = async (f: AnnotationFilter) => {
    const r = await api.list(f);
    if (!r.ok) return setError(r.error);
    setError(null);
    setItems(r.value.annotations);
    setSites(r.value.sites);
    setTags(r.value.tags);
  };
  useEffect(() => {
    void load(filter);
  }, [filter]);
  useEffect(() => {
    void api.getReviewer().then((r) => r.ok && r.value && setReviewer({ name: r.value.name, organisation: r.value.organisation }));
  }, []);
  useEffect(() => {
    const again = () => void load(filter);
    window.addEventListener('deal-lens-data-changed', again);
    return () => window.removeEventListener('deal-lens-data-changed', again);
  }, [filter]);

  const set = (patch: Partial<AnnotationFilter>) => setFilter((f) => {
    const next: AnnotationFilter = { ...f, ...patch };
    for (const k of Object.keys(next) as (keyof AnnotationFilter)[]) if (!next[k]) delete next[k];
    return next;
  });

  const remove = async (id: string) => {
    const r = await api.remove(id);
    if (!r.ok) setError(r.error);
    await load(filter);
  };

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setSummary(null);
    const r = await api.importFile(await readFileText(file));
    input.value = '';
    if (!r.ok) return setError(`Import failed, nothing changed: ${r.error}`);
    setError(null);
    setSummary(r.value);
    await load(filter);
  };

  const saveReviewer = async (e: Event) => {
    e.preventDefault();
    const r = await api.setReviewer(reviewer);
    setReviewerSaved(r.ok ? 'Reviewer saved.' : r.error);
  };

  return (
    <section class="annotations" aria-labelledby="annotations-title">
      <h2 id="annotations-title">Annotations</h2>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter annotations">
        <FilterSelect
          label="Verdict"
          value={filter.verdict}
          options={[...VERDICTS.map((v) => [v, VERDICT_LABELS[v]] as const), ['none', 'No verdict'] as const]}
          onPick={(v) => set({ verdict: v as AnnotationFilter['verdict'] })}
        />
        <FilterSelect label="Tag" value={filter.tag} options={tags.map((t) => [t, t] as const)} onPick={(tag) => set({ tag })} />
        <FilterSelect label="Site" value={filter.site} options={sites.map((x) => [x, x] as const)} onPick={(site) => set({ site })} />
        <label>
          Text <input type="search" value={filter.text ?? ''} onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value || undefined })} />
        </label>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {items === null ? (
        <p aria-busy="true">Loading annotations…</p>
      ) : (
        <>
          <p class="count">
            {items.length} annotation{items.length === 1 ? '' : 's'}
            {Object.keys(filter).length ? ' match the filter' : ''}, newest first.
          </p>
          <ExportButtons annotations={items} label="Export the annotations shown" getReviewer={async () => ({ ...reviewer })} />
          <ul class="annotation-list">
            {items.map((a) => (
              <AnnotationItem a={a} key={a.id} onDelete={(id) => void remove(id)} />
            ))}
          </ul>
        </>
      )}
      <form class="reviewer" onSubmit={(e) => void saveReviewer(e)} aria-labelledby="reviewer-title">
        <h3 id="reviewer-title">ClaimReview reviewer</h3>
        <label>
          Reviewer name <input type="text" value={reviewer.name} onInput={(e) => setReviewer({ ...reviewer, name: (e.currentTarget as HTMLInputElement).value })} />
        </label>{' '}
        <label>
          Organisation <input type="text" value={reviewer.organisation} onInput={(e) => setReviewer({ ...reviewer, organisation: (e.currentTarget as HTMLInputElement).value })} />
        </label>{' '}
        <button type="submit">Save reviewer</button>
        <p class="muted">
          Ratings: Inaccurate 1, Misleading 2, Unsupported 3, Needs context 4, Accurate 5 (of 5); Opinion has no number.
        </p>
        <p role="status">{reviewerSaved}</p>
      </form>
      <div class="import">
        <h3>Import annotations</h3>
        <label>
          Import annotations (Deal Lens JSON-LD or Hypothesis JSON) <input type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={(e) => void onImport(e)} />
        </label>
        {summary && <Summary s={summary} />}
      </div>
    </section>
  );
}
