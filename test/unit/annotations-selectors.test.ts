import { describe, expect, it } from 'vitest';
import {
  createAnnotation,
  fieldsOf,
  normaliseTags,
  updateAnnotation,
  verdictOf,
  type TagFields,
} from '../../src/core/annotations/model';
import { describeRange } from '../../src/core/annotations/selectors';
import { textFragmentUrl } from '../../src/core/annotations/text-fragment';

const page =
  'SpaceX has signed a data center agreement with Anthropic, granting the AI developer access to substantial computing resources at its Colossus 1 supercomputer facility in Tennessee. The deal provides Anthropic with the equivalent of over 200,000 Nvidia GPUs in processing power.';

function rangeOf(text: string, quote: string): [number, number] {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return [start, start + quote.length];
}

describe('describeRange', () => {
  it('keeps the exact quote with 32 characters of context on each side and its offsets', () => {
    const [s, e] = rangeOf(page, 'The deal provides Anthropic');
    const sel = describeRange(page, s, e)!;
    expect(sel.quote.exact).toBe('The deal provides Anthropic');
    expect(sel.quote.prefix).toBe(page.slice(s - 32, s));
    expect(sel.quote.prefix).toHaveLength(32);
    expect(sel.quote.suffix).toBe(page.slice(e, e + 32));
    expect(sel.position).toEqual({ type: 'TextPositionSelector', start: s, end: e });
  });

  it('shortens the context at the edges of the page', () => {
    const sel = describeRange(page, 0, 6)!;
    expect(sel.quote.exact).toBe('SpaceX');
    expect(sel.quote.prefix).toBe('');
    const end = describeRange(page, page.length - 6, page.length)!;
    expect(end.quote.suffix).toBe('');
  });

  it('drops whitespace the selection caught at either edge', () => {
    const [s, e] = rangeOf(page, ' The deal ');
    const sel = describeRange(page, s, e)!;
    expect(sel.quote.exact).toBe('The deal');
    expect(sel.position.start).toBe(s + 1);
    expect(sel.position.end).toBe(e - 1);
  });

  it('refuses empty, reversed, out-of-range and whitespace-only selections', () => {
    expect(describeRange(page, 5, 5)).toBeNull();
    expect(describeRange(page, 10, 4)).toBeNull();
    expect(describeRange(page, -1, 4)).toBeNull();
    expect(describeRange(page, 0, page.length + 1)).toBeNull();
    const gap = page.indexOf(' ');
    expect(describeRange(page, gap, gap + 1)).toBeNull();
  });
});

describe('annotation model', () => {
  const fields: TagFields = { verdict: 'inaccurate', tags: ['GPU count', ' gpu count ', 'numbers'], note: 'Anthropic says over 220,000.', claimId: 'gpu-count-over-200k' };

  it('creates a W3C annotation with an urn:uuid id, both selectors and one body per field', () => {
    const [s, e] = rangeOf(page, 'over 200,000 Nvidia GPUs');
    const sel = describeRange(page, s, e)!;
    const a = createAnnotation({ ...fields, source: 'https://techcrunch.com/a', title: 'T', quote: sel.quote, position: sel.position, now: new Date('2026-05-07T10:00:00Z') });
    expect(a.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(a.type).toBe('Annotation');
    expect(a['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(a.created).toBe('2026-05-07T10:00:00.000Z');
    expect(a.modified).toBe(a.created);
    expect(a.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'over 200,000 Nvidia GPUs' });
    expect(a.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: s, end: e });
    expect(a.body).toContainEqual({ type: 'TextualBody', purpose: 'assessing', value: 'inaccurate' });
    expect(a.body).toContainEqual({ type: 'SpecificResource', purpose: 'linking', source: 'urn:deal-lens:claim:gpu-count-over-200k' });
    // Duplicate tag differing only in case and spacing is kept once.
    expect(fieldsOf(a)).toEqual({ ...fields, tags: ['GPU count', 'numbers'] });
  });

  it('gives two tags different ids, and an edit keeps id and created but moves modified', () => {
    const sel = describeRange(page, 0, 6)!;
    const base = { ...fields, source: 'https://x.ai/a', title: '', quote: sel.quote, position: sel.position };
    const a = createAnnotation({ ...base, now: new Date('2026-05-07T10:00:00Z') });
    const b = createAnnotation(base);
    expect(a.id).not.toBe(b.id);
    const edited = updateAnnotation(a, { verdict: 'accurate', tags: [], note: '', claimId: null }, new Date('2026-05-08T10:00:00Z'));
    expect(edited.id).toBe(a.id);
    expect(edited.created).toBe(a.created);
    expect(edited.modified).toBe('2026-05-08T10:00:00.000Z');
    expect(verdictOf(edited)).toBe('accurate');
    expect(edited.body).toHaveLength(1);
  });

  it('normalises tags: trims, collapses spaces, drops empties and case duplicates', () => {
    expect(normaliseTags(['  a  b ', 'A B', '', 'c'])).toEqual(['a b', 'c']);
  });
});

describe('textFragmentUrl', () => {
  it('links to a passage with a percent-encoded text directive, replacing an old fragment', () => {
    const url = textFragmentUrl('https://www.cnbc.com/a#top', 'over 200,000 Nvidia GPUs - really & truly');
    expect(url).toBe('https://www.cnbc.com/a#:~:text=over%20200%2C000%20Nvidia%20GPUs%20%2D%20really%20%26%20truly');
  });

  it('uses start and end words for a long quote', () => {
    const url = textFragmentUrl('https://a.com/p', page);
    expect(url).toBe('https://a.com/p#:~:text=SpaceX%20has%20signed%20a%20data%20center,200%2C000%20Nvidia%20GPUs%20in%20processing%20power.');
  });

  it('adds whole context words around a short quote', () => {
    const [s, e] = rangeOf(page, 'Colossus 1');
    const sel = describeRange(page, s, e)!;
    const url = textFragmentUrl('https://a.com/p', sel.quote.exact, sel.quote.prefix, sel.quote.suffix);
    expect(url).toBe('https://a.com/p#:~:text=resources%20at%20its-,Colossus%201,-supercomputer%20facility%20in');
  });
});
