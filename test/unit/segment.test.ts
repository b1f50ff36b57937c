import { describe, expect, it } from 'vitest';
import { segmentBlocks, segmentText } from '../../src/core/segment';

describe('segmentText', () => {
  it('keeps abbreviations inside their sentence and offsets exact', () => {
    const text =
      'Mr. Musk said the U.S. Army and Dr. Smith met on Jan. 5 with SpaceX Inc. and others. Next one here?\n\n  Anthropic vs. Google was e.g. big.  ';
    const out = segmentText(text);
    expect(out.map((s) => s.text)).toEqual([
      'Mr. Musk said the U.S. Army and Dr. Smith met on Jan. 5 with SpaceX Inc. and others.',
      'Next one here?',
      'Anthropic vs. Google was e.g. big.',
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('ends a sentence before a name that starts with a lower-case letter, but not after an abbreviation', () => {
    const text = 'Musk wants to compete directly. xAI’s Grok is an alternative. Buyers (e.g. iPhone owners) noticed. “It works.” eBay agreed.';
    const out = segmentText(text);
    expect(out.map((s) => s.text)).toEqual([
      'Musk wants to compete directly.',
      'xAI’s Grok is an alternative.',
      'Buyers (e.g. iPhone owners) noticed.',
      '“It works.”',
      'eBay agreed.',
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('never joins sentences across lines', () => {
    const out = segmentText('A headline without a stop\nThe body starts here. It goes on.');
    expect(out.map((s) => s.text)).toEqual(['A headline without a stop', 'The body starts here.', 'It goes on.']);
  });
});

describe('segmentBlocks', () => {
  it('segments only inside the given blocks', () => {
    const text = 'NAV LINKS Home. The deal closed. It was big. FOOTER';
    const start = text.indexOf('The');
    const end = text.indexOf(' FOOTER');
    const out = segmentBlocks(text, [{ start, end }]);
    expect(out).toEqual([
      { text: 'The deal closed.', start, end: start + 16 },
      { text: 'It was big.', start: start + 17, end },
    ]);
  });

  it('returns nothing for empty or whitespace blocks', () => {
    expect(segmentBlocks('   \n ', [{ start: 0, end: 5 }])).toEqual([]);
  });
});
