/**
 * The four export buttons, shared by the options page (all or the filtered annotations) and the
 * popup (the page's): JSON-LD, CSV, Markdown and ClaimReview (which needs a reviewer).
 */
import { useState } from 'preact/hooks';
import { exportClaimReview, type Reviewer } from '../../core/annotations/export-claimreview';
import { exportCsv } from '../../core/annotations/export-csv';
import { exportJsonLd } from '../../core/annotations/export-jsonld';
import { exportMarkdown } from '../../core/annotations/export-markdown';
import type { Annotation } from '../../core/annotations/model';
import { downloadText } from './tagging-api';

/** Export buttons for `annotations`; `reviewer` is read when ClaimReview is asked for. */
export function ExportButtons(props: { annotations: Annotation[]; getReviewer: () => Promise<Reviewer | null>; label?: string; fileStem?: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const stem = `${props.fileStem ?? 'deal-lens-annotations'}-${new Date().toISOString().slice(0, 10)}`;
  const none = props.annotations.length === 0;
  const save = (ext: string, text: string, mime: string) => {
    downloadText(document, `${stem}.${ext}`, text, mime);
    setMessage(`Exported ${props.annotations.length} annotation${props.annotations.length === 1 ? '' : 's'} (${ext}).`);
  };
  const claimReview = async () => {
    const r = exportClaimReview(props.annotations, await props.getReviewer());
    if (!r.ok) return setMessage(r.error);
    if (r.count === 0) return setMessage('No annotation here carries a verdict: nothing to export as ClaimReview.');
    downloadText(document, `${stem}-claimreview.jsonld`, r.value, 'application/ld+json');
    setMessage(`Exported ${r.count} ClaimReview${r.count === 1 ? '' : 's'}.`);
  };
  return (
    <div class="export-buttons" role="group" aria-label={props.label ?? 'Export'}>
      <button type="button" disabled={none} onClick={() => save('jsonld', exportJsonLd(props.annotations), 'application/ld+json')}>Export JSON-LD</button>
      <button type="button" disabled={none} onClick={() => save('csv', exportCsv(props.annotations), 'text/csv')}>Export CSV</button>
      <button type="button" disabled={none} onClick={() => save('md', exportMarkdown(props.annotations), 'text/markdown')}>Export Markdown</button>
      <button type="button" disabled={none} onClick={() => void claimReview()}>Export ClaimReview</button>
      <p class="status" role="status">{message ?? ''}</p>
    </div>
  );
}
