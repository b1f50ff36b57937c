import { describe, expect, it } from 'vitest';
import { exportClaimReview, RATING_SCALE } from '../../src/core/annotations/export-claimreview';
import { csvCell, exportCsv } from '../../src/core/annotations/export-csv';
import { exportJsonLd } from '../../src/core/annotations/export-jsonld';
import { exportMarkdown, mdText } from '../../src/core/annotations/export-markdown';
import { makeAnnotation } from './annotations-fixtures';

const gpu = makeAnnotation('over 200,000 Nvidia GPUs', { verdict: 'inaccurate', tags: ['gpu-count', 'numbers'], note: 'Anthropic says over 220,000.', claimId: 'gpu-count-over-200k' }, { now: '2026-05-07T09:00:00Z' });
const naacp = makeAnnotation('The NAACP has filed a lawsuit against SpaceX.', { verdict: 'misleading', note: 'It was a notice of intent to sue xAI.' }, { now: '2026-05-07T10:00:00Z' });
const plain = makeAnnotation('SpaceX has signed a data center agreement', { tags: ['agreement'] }, { source: 'https://www.wired.com/story/x/', title: 'WIRED story', now: '2026-05-06T10:00:00Z' });

/** Minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('JSON-LD export', () => {
  it('writes one AnnotationCollection whose first page holds every annotation, newest first', () => {
    const doc = JSON.parse(exportJsonLd([plain, gpu, naacp], { now: new Date('2026-05-08T00:00:00Z') }));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(3);
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.items.map((a: { id: string }) => a.id)).toEqual([naacp.id, gpu.id, plain.id]);
    expect(doc.first.items[1]).toEqual(gpu);
  });
});

describe('CSV export', () => {
  it('writes a header and one row per annotation with the fields a reviewer needs', () => {
    const rows = parseCsv(exportCsv([gpu, plain]));
    expect(rows[0]).toEqual(['id', 'created', 'modified', 'site', 'title', 'url', 'quote', 'verdict', 'tags', 'note', 'claim', 'start', 'end']);
    expect(rows).toHaveLength(3);
    const row = rows[1];
    expect(row[0]).toBe(gpu.id);
    expect(row[3]).toBe('cnbc.com');
    expect(row[6]).toBe('over 200,000 Nvidia GPUs');
    expect(row[7]).toBe('Inaccurate');
    expect(row[8]).toBe('gpu-count; numbers');
    expect(row[9]).toBe('Anthropic says over 220,000.');
    expect(row[10]).toBe('gpu-count-over-200k');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")'],
    ['+1+2'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
  ])('neutralises a cell starting with a formula character: %j', (value) => {
    const hostile = makeAnnotation('The NAACP has filed a lawsuit against SpaceX.', { note: value, tags: [] });
    const rows = parseCsv(exportCsv([hostile]));
    const note = rows[1][9];
    expect(note.startsWith("'")).toBe(true);
    expect(note.slice(1)).toBe(value);
  });

  it.each([['\t=1+1'], ['\r=1+1'], ['  =1+1']])('neutralises a title starting with tab, CR or spaces before a formula: %j', (value) => {
    const hostile = makeAnnotation('The NAACP has filed a lawsuit against SpaceX.', {}, { title: value });
    const title = parseCsv(exportCsv([hostile]))[1][4];
    expect(title).toBe(`'${value}`);
  });

  it('neutralises a quote and a title taken from the page as well', () => {
    const text = '=cmd|"/c calc"!A1 is how the story begins, and more words follow here.';
    const a = makeAnnotation('=cmd|"/c calc"!A1 is how the story begins', {}, { text, title: '@title' });
    const row = parseCsv(exportCsv([a]))[1];
    expect(row[6]).toBe(`'=cmd|"/c calc"!A1 is how the story begins`);
    expect(row[4]).toBe("'@title");
  });

  it('quotes commas, quotes and line breaks and leaves harmless text alone', () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell(42)).toBe('42');
  });
});

describe('Markdown export', () => {
  it('groups by article with quote, verdict, tags, note and a link back to the passage', () => {
    const md = exportMarkdown([gpu, naacp, plain], { now: new Date('2026-05-08T00:00:00Z') });
    expect(md).toContain('3 annotations on 2 articles, exported 2026-05-08.');
    expect(md).toContain('## [Anthropic signs SpaceX compute deal](<https://www.cnbc.com/2026/05/06/anthropic-spacex.html>)');
    expect(md).toContain('## [WIRED story](<https://www.wired.com/story/x/>)');
    expect(md).toContain('> over 200,000 Nvidia GPUs');
    expect(md).toContain('- Verdict: Inaccurate');
    expect(md).toContain('- Tags: gpu-count, numbers');
    expect(md).toContain('- Note: Anthropic says over 220,000.');
    expect(md).toContain('[Open at passage](<https://www.cnbc.com/2026/05/06/anthropic-spacex.html#:~:text=over%20200%2C000%20Nvidia%20GPUs>)');
    // Passages of one article in page order: the GPU sentence comes before the NAACP one.
    expect(md.indexOf('> over 200,000')).toBeLessThan(md.indexOf('> The NAACP'));
  });

  it('escapes page text so it cannot inject links, HTML or headings', () => {
    expect(mdText('[click](javascript:x) <img src=x onerror=alert(1)> # h')).toBe('\\[click\\](javascript:x) \\<img src=x onerror=alert(1)\\> \\# h');
    expect(mdText('- not a list')).toBe('\\- not a list');
    expect(mdText('1. not numbered')).toBe('1\\. not numbered');
  });
});

describe('ClaimReview export', () => {
  const reviewer = { name: 'Ada Checker', organisation: 'Example Fact Desk' };

  it('refuses without a reviewer name and organisation', () => {
    const r = exportClaimReview([gpu], { name: 'Ada', organisation: ' ' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/name and organisation/);
    expect(exportClaimReview([gpu], null).ok).toBe(false);
  });

  it('writes one ClaimReview per passage with a verdict, rated on the stated scale', () => {
    const r = exportClaimReview([gpu, naacp, plain], reviewer);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.count).toBe(2);
    const doc = JSON.parse(r.value);
    expect(doc['@context']).toBe('https://schema.org');
    const review = doc['@graph'].find((x: { identifier: string }) => x.identifier === gpu.id);
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed).toBe('over 200,000 Nvidia GPUs');
    expect(review.author).toEqual({ '@type': 'Person', name: 'Ada Checker', worksFor: { '@type': 'Organization', name: 'Example Fact Desk' } });
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Inaccurate', ratingValue: 1, worstRating: 1, bestRating: 5, ratingExplanation: 'Anthropic says over 220,000.' });
    expect(review.itemReviewed.appearance.url).toBe(gpu.target.source);
    expect(review.url).toContain('#:~:text=');
  });

  it('maps every verdict: a number from 1 to 5, none for opinion', () => {
    expect(RATING_SCALE).toEqual({ inaccurate: 1, misleading: 2, unsupported: 3, 'needs-context': 4, accurate: 5, opinion: null });
    const op = makeAnnotation('The NAACP has filed a lawsuit against SpaceX.', { verdict: 'opinion' });
    const r = exportClaimReview([op], reviewer);
    if (!r.ok) throw new Error(r.error);
    const rating = JSON.parse(r.value)['@graph'][0].reviewRating;
    expect(rating.alternateName).toBe('Opinion');
    expect(rating).not.toHaveProperty('ratingValue');
  });
});
