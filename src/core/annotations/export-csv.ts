/**
 * Export as CSV, one row per annotation, safe to open in a spreadsheet: page text cannot smuggle in
 * a formula (cells that a spreadsheet would evaluate are prefixed with an apostrophe).
 */
import { byCreatedDesc } from './export-jsonld.ts';
import { claimIdOf, noteOf, positionOf, quoteOf, tagsOf, verdictOf, VERDICT_LABELS, type Annotation } from './model.ts';
import { siteOf } from './url-identity.ts';

export const CSV_COLUMNS = [
  'id', 'created', 'modified', 'site', 'title', 'url', 'quote', 'verdict', 'tags', 'note', 'claim', 'start', 'end',
] as const;

/** First characters that make Excel, LibreOffice or Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: neutralised when a spreadsheet could read it as a formula (also after leading spaces,
 * which some importers trim), then quoted when it holds a comma, quote or line break.
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(s) || FORMULA_START.test(s.replace(/^ +/, ''))) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function host(url: string): string {
  try {
    return siteOf(new URL(url).hostname);
  } catch {
    return '';
  }
}

/** The CSV text: a header row, then one row per annotation (newest first), CRLF line ends. */
export function exportCsv(annotations: readonly Annotation[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const a of [...annotations].sort(byCreatedDesc)) {
    const verdict = verdictOf(a);
    const cells = [
      a.id,
      a.created,
      a.modified,
      host(a.target.source),
      a.target.title,
      a.target.source,
      quoteOf(a).exact,
      verdict ? VERDICT_LABELS[verdict] : '',
      tagsOf(a).join('; '),
      noteOf(a),
      claimIdOf(a) ?? '',
      positionOf(a).start,
      positionOf(a).end,
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
