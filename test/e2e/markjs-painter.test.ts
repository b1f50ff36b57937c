/**
 * The mark.js fallback, chosen as a user option: the same hand-labelled sentences get
 * `<mark class="deal-lens-claim|deal-lens-conflict">` elements, and the CSS highlights stay empty.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PAGES } from '../fixtures/pages/demo-pages';
import { EXPECTED } from './expected-claims';
import { labelDiff, norm, readHighlights, readMarks, startE2E, unavailableReason, waitForPaint, type E2E } from './harness';

const reason = unavailableReason();
const sorted = (xs: string[]) => xs.map(norm).sort();

describe.skipIf(reason !== null)('mark.js painter option', () => {
  let e2e: E2E;
  const pages = new Map<string, Page>();

  beforeAll(async () => {
    e2e = await startE2E({ painter: 'markjs' });
    for (const demo of DEMO_PAGES) pages.set(demo.id, await e2e.open(demo));
  });
  afterAll(async () => {
    await e2e?.close();
  });

  for (const demo of DEMO_PAGES) {
    it(`${demo.id}: marks exactly the hand-labelled claim sentences`, async () => {
      const page = pages.get(demo.id)!;
      const got = await waitForPaint(page, readMarks);
      const want = EXPECTED[demo.id];
      expect(labelDiff(got, want)).toBe('');
      expect(sorted(got.conflict), 'mark.deal-lens-conflict').toEqual(sorted(want.conflicts));
      expect(sorted(got.claim), 'mark.deal-lens-claim').toEqual(sorted(want.claims));
      const hl = await readHighlights(page);
      expect(hl.claim.length + hl.conflict.length, 'no CSS highlights while mark.js paints').toBe(0);
    });
  }

  it('logs no errors and makes no network request', () => {
    expect(e2e.errors).toEqual([]);
    expect(e2e.networkRequests).toEqual([]);
  });
});
