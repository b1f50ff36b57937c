import { describe, expect, it } from 'vitest';
import { runAtOnce, runSliced } from '../../src/content/yield';
import { segmentBlocks, segmentBlockSteps } from '../../src/core/segment';

/** A fake window whose clock advances `msPerStep` per call and which counts the turns we give the page. */
function fakeWin(msPerStep: number) {
  let t = 0;
  const turns: number[] = [];
  const win = {
    performance: { now: () => (t += msPerStep) },
    setTimeout: (fn: () => void) => {
      turns.push(t);
      queueMicrotask(fn);
      return 0;
    },
  };
  return { win: win as unknown as Window & typeof globalThis, turns };
}

function* work(steps: number): Generator<void, number> {
  let n = 0;
  for (let i = 0; i < steps; i++) {
    n += i;
    yield;
  }
  return n;
}

describe('time slices', () => {
  it('gives the page a turn whenever a slice is used up, and returns the same result as running at once', async () => {
    const { win, turns } = fakeWin(5);
    const result = await runSliced(win, work(100), 25);
    expect(result).toBe(runAtOnce(work(100)));
    // 5 ms per step against 25 ms slices: a turn every few steps, never 10 steps without one.
    expect(turns.length).toBeGreaterThanOrEqual(15);
    for (let i = 1; i < turns.length; i++) expect(turns[i] - turns[i - 1]).toBeLessThanOrEqual(50);
  });

  it('does not yield at all when the work fits one slice', async () => {
    const { win, turns } = fakeWin(0.01);
    expect(await runSliced(win, work(50), 25)).toBe(1225);
    expect(turns).toEqual([]);
  });

  it('segmentation in steps yields inside one long block and finds the same sentences', () => {
    const text = Array.from({ length: 300 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const blocks = [{ start: 0, end: text.length }];
    const steps = segmentBlockSteps(text, blocks);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBeGreaterThan(3);
    expect(r.value).toEqual(segmentBlocks(text, blocks));
    expect(r.value).toHaveLength(300);
  });
});
