import { describe, expect, it } from 'vitest';
import { compareDate, formatDate, parseDates } from '../../src/core/dates';

const isoOf = (text: string, published?: string | null, year?: number) => parseDates(text, published, year).map((d) => d.iso);

describe('parseDates', () => {
  it('reads absolute dates in common forms', () => {
    expect(isoOf('On 6 May 2026 the deal')).toEqual(['2026-05-06']);
    expect(isoOf('On May 6th, 2026, at the conference')).toEqual(['2026-05-06']);
    expect(isoOf('released 2026-05-06')).toEqual(['2026-05-06']);
    expect(isoOf('dated 05/06/2026')).toEqual(['2026-05-06']);
    expect(isoOf('as soon as June 2026')).toEqual(['2026-06']);
  });

  it('resolves weekdays and relative phrases against the publication date', () => {
    expect(isoOf('the companies said on Wednesday', '2026-05-07')).toEqual(['2026-05-06']);
    expect(isoOf('announced Wednesday', '2026-05-06')).toEqual(['2026-05-06']);
    expect(isoOf('SpaceX acquired xAI earlier this year', '2026-05-07')).toEqual(['2026']);
    expect(isoOf('it happened last month', '2026-05-07')).toEqual(['2026-04']);
    expect(isoOf('pledged in February', '2026-05-07')).toEqual(['2026-02']);
    expect(isoOf('yesterday', '2026-05-07')).toEqual(['2026-05-06']);
  });

  it('leaves relative dates out without a reference, but uses a default year for day and month', () => {
    expect(isoOf('said on Wednesday')).toEqual([]);
    expect(isoOf('on 6 May', null, 2026)).toEqual(['2026-05-06']);
  });

  it("reads a month's abbreviated or spoken year, and 'last June' as the June before publication", () => {
    expect(isoOf("notice served in June '25", '2026-05-08')).toEqual(['2025-06']);
    expect(isoOf('the contract runs until May of twenty twenty-nine', '2026-05-08')).toEqual(['2029-05']);
    expect(isoOf('through May of 2029', '2026-05-08')).toEqual(['2029-05']);
    expect(isoOf('Last June, the NAACP warned xAI', '2026-05-08')).toEqual(['2025-06']);
    expect(isoOf('next March', '2026-05-08')).toEqual(['2027-03']);
    // Without "last", a month is the publication year's.
    expect(isoOf('In June, the NAACP warned xAI', '2026-05-08')).toEqual(['2026-06']);
  });

  it('reads two-digit years, European day-first dots and ordinal words', () => {
    expect(isoOf('The deal went public on 5/6/26.')).toEqual(['2026-05-06']);
    expect(isoOf('Stand: 06.05.2026')).toEqual(['2026-05-06']);
    expect(isoOf('on the sixth of May', null, 2026)).toEqual(['2026-05-06']);
    expect(isoOf('on May the sixth', null, 2026)).toEqual(['2026-05-06']);
    expect(isoOf('by the twenty-first of May 2026')).toEqual(['2026-05-21']);
    expect(isoOf('a ratio of 3/4 of the chips')).toEqual([]);
  });

  it('reads a capitalised weekday abbreviation, and lets a weekday that labels a written date give way to it', () => {
    expect(isoOf('announced Wed. to reporters', '2026-05-07')).toEqual(['2026-05-06']);
    expect(isoOf('we wed. in June', '2026-05-07')).toEqual(['2026-06']);
    // Read alone, "Sunday" would be 3 May (the Sunday before publication); it labels 10 May here.
    expect(isoOf('on Sunday, May 10, TechCrunch reported', '2026-05-07')).toEqual(['2026-05-10']);
    expect(isoOf('Wed., 5/6/26', '2026-05-07')).toEqual(['2026-05-06']);
    expect(isoOf('on Wednesday, Mayor Young said', '2026-05-07')).toEqual(['2026-05-06']);
  });

  it('does not read the verb "may" as a month', () => {
    expect(isoOf('Anthropic may sign more deals', '2026-05-07')).toEqual([]);
  });
});

describe('compareDate', () => {
  it('orders precision and spots contradictions', () => {
    expect(compareDate('2026-05-06', '2026-05-06')).toBe('same');
    expect(compareDate('2026-05', '2026-05-06')).toBe('vaguer');
    expect(compareDate('2026-02-15', '2026-02')).toBe('sharper');
    expect(compareDate('2026-04-09', '2026-05-06')).toBe('conflict');
  });
  it('formats for readers', () => {
    expect(formatDate('2026-05-06')).toBe('6 May 2026');
    expect(formatDate('2026-06')).toBe('June 2026');
  });
});
