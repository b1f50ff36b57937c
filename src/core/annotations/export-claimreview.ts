/**
 * Export as schema.org ClaimReview JSON-LD (the format search engines and fact-check aggregators
 * read) for the passages that carry a verdict, signed by the reviewer set on the options page.
 */
import { byCreatedDesc } from './export-jsonld.ts';
import { noteOf, quoteOf, verdictOf, VERDICT_LABELS, type Annotation, type TagVerdict } from './model.ts';
import { squashSpace } from './selectors.ts';
import { textFragmentUrl } from './text-fragment.ts';

export interface Reviewer {
  name: string;
  organisation: string;
  /** The organisation's site, when given. */
  url?: string;
}

/**
 * The stated rating scale: 1 (worst) to 5 (best). Opinion is not a factual claim and gets no number,
 * only its name, as schema.org allows.
 */
export const RATING_SCALE: Record<TagVerdict, number | null> = {
  inaccurate: 1,
  misleading: 2,
  unsupported: 3,
  'needs-context': 4,
  accurate: 5,
  opinion: null,
};
export const WORST_RATING = 1;
export const BEST_RATING = 5;

export type ClaimReviewResult = { ok: true; value: string; count: number } | { ok: false; error: string };

/** ClaimReview objects in a JSON-LD graph; refuses without a reviewer name and organisation. */
export function exportClaimReview(
  annotations: readonly Annotation[],
  reviewer: Reviewer | null | undefined,
): ClaimReviewResult {
  const name = reviewer?.name.trim() ?? '';
  const organisation = reviewer?.organisation.trim() ?? '';
  if (!name || !organisation) {
    return { ok: false, error: "ClaimReview needs the reviewer's name and organisation: set both on the options page." };
  }
  const org: Record<string, string> = { '@type': 'Organization', name: organisation };
  if (reviewer?.url) org.url = reviewer.url;
  const graph = [];
  for (const a of [...annotations].sort(byCreatedDesc)) {
    const verdict = verdictOf(a);
    if (!verdict) continue;
    const q = quoteOf(a);
    const value = RATING_SCALE[verdict];
    const rating: Record<string, unknown> = { '@type': 'Rating', alternateName: VERDICT_LABELS[verdict] };
    if (value !== null) Object.assign(rating, { ratingValue: value, worstRating: WORST_RATING, bestRating: BEST_RATING });
    const note = noteOf(a);
    if (note) rating.ratingExplanation = note;
    graph.push({
      '@type': 'ClaimReview',
      identifier: a.id,
      url: textFragmentUrl(a.target.source, q.exact, q.prefix, q.suffix),
      datePublished: a.modified.slice(0, 10),
      claimReviewed: squashSpace(q.exact),
      author: { '@type': 'Person', name, worksFor: org },
      publisher: org,
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'CreativeWork', url: a.target.source, headline: a.target.title },
      },
      reviewRating: rating,
    });
  }
  const doc = { '@context': 'https://schema.org', '@graph': graph };
  return { ok: true, value: `${JSON.stringify(doc, null, 2)}\n`, count: graph.length };
}
