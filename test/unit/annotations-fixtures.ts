/** Shared builders for the annotation tests (not a test file itself). */
import { createAnnotation, type Annotation, type TagFields } from '../../src/core/annotations/model';
import { describeRange } from '../../src/core/annotations/selectors';

export const PAGE_TEXT =
  'SpaceX has signed a data center agreement with Anthropic. The deal provides Anthropic with the equivalent of over 200,000 Nvidia GPUs in processing power. The NAACP has filed a lawsuit against SpaceX.';

/** An annotation on PAGE_TEXT's `quote` with the given fields. */
export function makeAnnotation(
  quote: string,
  fields: Partial<TagFields> = {},
  opts: { source?: string; title?: string; now?: string; text?: string } = {},
): Annotation {
  const text = opts.text ?? PAGE_TEXT;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  const sel = describeRange(text, start, start + quote.length)!;
  return createAnnotation({
    verdict: null,
    tags: [],
    note: '',
    claimId: null,
    ...fields,
    source: opts.source ?? 'https://www.cnbc.com/2026/05/06/anthropic-spacex.html',
    title: opts.title ?? 'Anthropic signs SpaceX compute deal',
    quote: sel.quote,
    position: sel.position,
    now: new Date(opts.now ?? '2026-05-07T09:00:00Z'),
  });
}
