/**
 * Re-anchoring in time slices (what the content script runs on the page's main thread) finds the
 * same anchors as the direct call, and a long search is cut into many short steps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorAllSteps, type AnchorTarget } from '../../src/core/annotations/anchor';
import { describeRange } from '../../src/core/annotations/selectors';
import { runSliced } from '../../src/content/yield';

const seedsDir = new URL('../fixtures/seeds/', import.meta.url);
const seeds = readdirSync(seedsDir).sort().map((f) => readFileSync(new URL(f, seedsDir), 'utf8')).join('\n');

/** A window whose clock advances `msPerStep` per reading and which counts the turns given to the page. */
function fakeWin(msPerStep: number) {
  let t = 0;
  let turns = 0;
  const win = {
    performance: { now: () => (t += msPerStep) },
    setTimeout: (fn: () => void) => {
      turns++;
      queueMicrotask(fn);
      return 0;
    },
  };
  return { win: win as unknown as Window & typeof globalThis, turns: () => turns };
}

/** Every sentence of 60 to 200 characters, tagged on the original text. */
function tagSentences(text: string): { targets: AnchorTarget[]; quotes: string[] } {
  const quotes = [...new Set(text.match(/[A-Z][^.!?\n]{58,198}[.!?]/g) ?? [])];
  const targets = quotes.map((q) => {
    const start = text.indexOf(q);
    const sel = describeRange(text, start, start + q.length)!;
    return { quote: sel.quote, position: sel.position };
  });
  return { targets, quotes };
}

describe('re-anchoring in time slices', () => {
  it('gives exactly the anchors of the direct run on an edited page (exact, moved, fuzzy and orphan alike)', async () => {
    const { targets, quotes } = tagSentences(seeds);
    expect(targets.length).toBeGreaterThan(40);
    // Edit the page: a note on top, every 7th tagged sentence reworded, every 11th removed.
    let edited = `Update: this article was corrected on 8 May 2026.\n${seeds}`;
    quotes.forEach((q, i) => {
      if (i % 11 === 5) edited = edited.replace(q, '');
      else if (i % 7 === 3) edited = edited.replace(q, q.replace(/ (\w+) /, ' reportedly $1 '));
    });
    const direct = anchorAll(edited, targets);
    const statuses = new Set(direct.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['fuzzy', 'moved', 'orphan']);

    const { win, turns } = fakeWin(1);
    const sliced = await runSliced(win, anchorAllSteps(edited, targets), 25);
    expect(sliced).toEqual(direct);
    expect(turns(), 'the page got turns while we anchored').toBeGreaterThan(3);

    // And on the unedited page every passage is exact, sliced or not.
    const same = await runSliced(fakeWin(1).win, anchorAllSteps(seeds, targets), 25);
    expect(same).toEqual(anchorAll(seeds, targets));
    expect(same.every((r) => r.status === 'exact')).toBe(true);
  });

  it('cuts the approximate search of a long page into many steps, not one long task', () => {
    // About 1 MB of text in which the removed passage's words still occur, so only the full scan can rule it out.
    const long = Array.from({ length: 24 }, (_, i) => seeds.replace(/ the /g, i % 2 ? ' the ' : ' a ')).join('\n');
    const quote = 'SpaceX confirmed on Friday that the whole agreement had been withdrawn by both of the parties.';
    const target: AnchorTarget = {
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 1000, end: 1000 + quote.length },
    };
    const steps = anchorAllSteps(long, [target]);
    let count = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) count++;
    expect(r.value).toEqual(anchorAll(long, [target]));
    expect(r.value[0].status).toBe('orphan');
    // The scan reads every character once; each step covers at most 65,536 of them for a one-block quote.
    expect(count).toBeGreaterThanOrEqual(Math.floor(long.length / 65_536));
  });
});
