import { describe, expect, it } from 'vitest';
import { compareQuantity, formatQuantity, parseQuantities } from '../../src/core/quantities';

const one = (text: string) => {
  const found = parseQuantities(text);
  expect(found, text).toHaveLength(1);
  const [q] = found;
  return { value: q.value, bound: q.bound, unit: q.unit };
};

describe('parseQuantities', () => {
  it('reads every way a newsroom writes 220,000 GPUs', () => {
    for (const text of ['220,000 GPUs', '220K GPUs', '220k gpus', '220 thousand GPUs', 'two hundred twenty thousand GPUs', 'two hundred and twenty thousand chips']) {
      expect(one(text)).toEqual({ value: 220000, bound: 'exact', unit: 'gpu' });
    }
  });

  it('reads a spoken decimal ("ninety-nine point one per cent")', () => {
    expect(one('ninety-nine point one per cent of the time')).toMatchObject({ value: 99.1, unit: 'percent' });
    expect(one('two point five gigawatts')).toMatchObject({ value: 2500, unit: 'mw' });
  });

  it('reads bounds before and after the figure', () => {
    expect(one('more than 220,000 NVIDIA GPUs').bound).toBe('over');
    expect(one('upwards of 220,000 accelerators').bound).toBe('over');
    expect(one('in excess of 300 MW').bound).toBe('over');
    expect(one('at least 300 megawatts').bound).toBe('over');
    expect(one('220,000+ NVIDIA GPUs').bound).toBe('over');
    expect(one('nearly 200,000 GPUs').bound).toBe('under');
    expect(one('almost 200,000 GPUs').bound).toBe('under');
    expect(one('about 200,000 GPUs').bound).toBe('about');
    expect(one('roughly 200K GPUs').bound).toBe('about');
    expect(one('some 200,000 GPUs').bound).toBe('about');
    // A verb of exceeding is a lower bound too; "the top 220,000" is not.
    expect(one('the GPU count tops 220,000').bound).toBe('over');
    expect(one('a fleet that exceeds 220,000 GPUs').bound).toBe('over');
    expect(one('the top 220,000 GPUs').bound).toBe('exact');
  });

  it('converts power units to megawatts', () => {
    expect(one('300MW')).toEqual({ value: 300, bound: 'exact', unit: 'mw' });
    expect(one('300 megawatts')).toEqual({ value: 300, bound: 'exact', unit: 'mw' });
    expect(one('0.3 GW')).toEqual({ value: 300, bound: 'exact', unit: 'mw' });
    expect(one('300+ megawatts')).toEqual({ value: 300, bound: 'over', unit: 'mw' });
  });

  it('reads money, per-period rates and scale suffixes', () => {
    expect(one('$1.25B')).toEqual({ value: 1.25e9, bound: 'exact', unit: 'usd' });
    expect(one('$1.25 billion a month')).toEqual({ value: 1.25e9, bound: 'exact', unit: 'usd-per-month' });
    expect(one('10M input tokens per minute')).toEqual({ value: 1e7, bound: 'exact', unit: 'input-tokens-per-minute' });
    expect(one('20 hours a week')).toEqual({ value: 20, bound: 'exact', unit: 'hours-per-week' });
    expect(one('99.1% uptime')).toEqual({ value: 99.1, bound: 'exact', unit: 'percent' });
  });

  it('reads abbreviated periods and a word or two before "per"', () => {
    expect(one('0.8M tokens/min')).toEqual({ value: 8e5, bound: 'exact', unit: 'tokens-per-minute' });
    expect(one('10M tokens a min')).toEqual({ value: 1e7, bound: 'exact', unit: 'tokens-per-minute' });
    expect(one('20 hrs/wk')).toEqual({ value: 20, bound: 'exact', unit: 'hours-per-week' });
  });

  it('reads a multiple written as a word, but not one referred back to or a compound', () => {
    expect(one('limits have doubled')).toEqual({ value: 2, bound: 'exact', unit: 'times' });
    expect(one('limits have tripled')).toEqual({ value: 3, bound: 'exact', unit: 'times' });
    expect(one('twice the usage')).toEqual({ value: 2, bound: 'exact', unit: 'times' });
    expect(parseQuantities('separately from the doubling, peak hours go')).toEqual([]);
    expect(parseQuantities('a double-digit rise')).toEqual([]);
    expect(one('$1.25bn/mth')).toEqual({ value: 1.25e9, bound: 'exact', unit: 'usd-per-month' });
    expect(one('10M input tokens through per minute')).toEqual({ value: 1e7, bound: 'exact', unit: 'input-tokens-per-minute' });
    expect(one('$1.25 billion in rent per month')).toEqual({ value: 1.25e9, bound: 'exact', unit: 'usd-per-month' });
    expect(one('$15 billion/yr')).toEqual({ value: 1.5e10, bound: 'exact', unit: 'usd-per-year' });
  });

  it('reads "-plus" as a bound and skips product names between figure and noun', () => {
    expect(one('two hundred thousand-plus Nvidia GPUs')).toEqual({ value: 200000, bound: 'over', unit: 'gpu' });
    expect(one('18,000 Nvidia Grace Blackwell chips')).toEqual({ value: 18000, bound: 'exact', unit: 'gpu' });
    expect(one('$1.25bn a month')).toEqual({ value: 1.25e9, bound: 'exact', unit: 'usd-per-month' });
  });

  it('does not take years, ordinals or model names for quantities', () => {
    expect(parseQuantities('in 2026, on the 6th, with H100 and GB200 chips')).toEqual([]);
    expect(parseQuantities('Nvidia chips power the Colossus 1 supercomputer at Tier 4')).toEqual([]);
  });
});

describe('compareQuantity', () => {
  const over220 = { value: 220000, bound: 'over', unit: 'gpu' } as const;
  it('treats a vaguer compatible figure as less precise, not a conflict', () => {
    expect(compareQuantity({ value: 200000, bound: 'over', unit: 'gpu' }, over220)).toBe('vaguer');
  });
  it('reads hundreds said as two numbers ("one-eighty")', () => {
    expect(one('a one-eighty-day lease')).toEqual({ value: 180, bound: 'exact', unit: 'days' });
    expect(one('twenty-one days')).toEqual({ value: 21, bound: 'exact', unit: 'days' });
  });

  it('compares fees per quarter with fees per month', () => {
    expect(one('payments of $1.25bn per quarter')).toEqual({ value: 1.25e9, bound: 'exact', unit: 'usd-per-quarter' });
    const monthly = { value: 1.25e9, bound: 'exact', unit: 'usd-per-month' } as const;
    expect(compareQuantity({ value: 1.25e9, bound: 'exact', unit: 'usd-per-quarter' }, monthly)).toBe('conflict');
    expect(compareQuantity({ value: 3.75e9, bound: 'exact', unit: 'usd-per-quarter' }, monthly)).toBe('same');
  });
  it('flags a figure the reference rules out', () => {
    expect(compareQuantity({ value: 200000, bound: 'exact', unit: 'gpu' }, over220)).toBe('conflict');
    expect(compareQuantity({ value: 200000, bound: 'about', unit: 'gpu' }, over220)).toBe('conflict');
    expect(compareQuantity({ value: 99.99, bound: 'exact', unit: 'percent' }, { value: 99.1, bound: 'about', unit: 'percent' })).toBe('conflict');
    // "More than 300 MW" means the same order of magnitude, not 1.5 GW.
    expect(compareQuantity({ value: 1500, bound: 'exact', unit: 'mw' }, { value: 300, bound: 'over', unit: 'mw' })).toBe('conflict');
    // Nor "more than 3 GW", "more than 320,000" or "a little over 150 MW": another figure, not a vaguer
    // or sharper bound (reporters who write "more than 240,000" for "more than 220,000" misreport it).
    expect(compareQuantity({ value: 3000, bound: 'over', unit: 'mw' }, { value: 300, bound: 'over', unit: 'mw' })).toBe('conflict');
    expect(compareQuantity({ value: 240000, bound: 'over', unit: 'gpu' }, over220)).toBe('conflict');
    expect(compareQuantity({ value: 150, bound: 'over', unit: 'mw' }, { value: 300, bound: 'over', unit: 'mw' })).toBe('conflict');
    expect(compareQuantity({ value: 5, bound: 'under', unit: 'percent' }, { value: 60, bound: 'under', unit: 'percent' })).toBe('conflict');
  });
  it('accepts the same figure in other units and rounding', () => {
    expect(compareQuantity({ value: 220000, bound: 'exact', unit: 'gpu' }, over220)).toBe('same');
    expect(compareQuantity({ value: 15e9, bound: 'exact', unit: 'usd-per-year' }, { value: 1.25e9, bound: 'exact', unit: 'usd-per-month' })).toBe('same');
    expect(compareQuantity({ value: 6, bound: 'exact', unit: 'months' }, { value: 180, bound: 'exact', unit: 'days' })).toBe('same');
    expect(compareQuantity({ value: 230000, bound: 'exact', unit: 'gpu' }, over220)).toBe('sharper');
  });
  it('ignores figures of another unit', () => {
    expect(compareQuantity({ value: 300, bound: 'exact', unit: 'mw' }, over220)).toBe('unrelated');
  });
  it('formats for readers', () => {
    expect(formatQuantity(over220)).toBe('more than 220,000 GPUs');
    expect(formatQuantity({ value: 300, bound: 'over', unit: 'mw' })).toBe('more than 300 MW');
  });
});
