/**
 * Export as a Markdown report a colleague can read: one section per article, each tagged passage
 * with its verdict, tags, note and a link that opens the article at the passage.
 */
import { byCreatedDesc } from './export-jsonld.ts';
import { claimIdOf, noteOf, quoteOf, tagsOf, verdictOf, VERDICT_LABELS, type Annotation } from './model.ts';
import { squashSpace } from './selectors.ts';
import { textFragmentUrl } from './text-fragment.ts';
import { pageKey } from './url-identity.ts';

/** Escapes characters Markdown (and the HTML it allows) would interpret, so page text stays text. */
export function mdText(s: string): string {
  const escaped = s.replace(/[\\`*_{}[\]<>#|~&]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`));
  // A line that starts like a list item or numbered item would turn into one.
  return escaped.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A URL safe inside `<…>` link syntax (no spaces or angle brackets). */
function mdUrl(url: string): string {
  return url.replace(/[\s<>]/g, (c) => encodeURIComponent(c));
}

/** The report: a title, then articles by title, passages in page order. */
export function exportMarkdown(annotations: readonly Annotation[], options: { now?: Date; title?: string } = {}): string {
  const groups = new Map<string, Annotation[]>();
  for (const a of [...annotations].sort(byCreatedDesc)) {
    const key = pageKey(a.target.source);
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  const out: string[] = [];
  out.push(`# ${mdText(options.title ?? 'Deal Lens annotations')}`, '');
  out.push(`${annotations.length} annotation${annotations.length === 1 ? '' : 's'} on ${groups.size} article${groups.size === 1 ? '' : 's'}, exported ${(options.now ?? new Date()).toISOString().slice(0, 10)}.`, '');
  const articles = [...groups.values()].sort((x, y) => x[0].target.title.localeCompare(y[0].target.title));
  for (const list of articles) {
    const first = list[0];
    out.push(`## [${mdText(first.target.title || first.target.source)}](<${mdUrl(first.target.source)}>)`, '');
    list.sort((x, y) => x.target.selector[1].start - y.target.selector[1].start);
    for (const a of list) {
      const q = quoteOf(a);
      const verdict = verdictOf(a);
      out.push(`> ${mdText(squashSpace(q.exact))}`, '');
      out.push(`- Verdict: ${verdict ? VERDICT_LABELS[verdict] : 'none'}`);
      const tags = tagsOf(a);
      if (tags.length) out.push(`- Tags: ${tags.map(mdText).join(', ')}`);
      const note = noteOf(a);
      if (note) out.push(`- Note: ${mdText(squashSpace(note))}`);
      const claim = claimIdOf(a);
      if (claim) out.push(`- Claim: ${mdText(claim)}`);
      out.push(`- Tagged ${a.created.slice(0, 10)}${a.modified !== a.created ? `, edited ${a.modified.slice(0, 10)}` : ''}`);
      out.push(`- [Open at passage](<${mdUrl(textFragmentUrl(a.target.source, q.exact, q.prefix, q.suffix))}>)`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
