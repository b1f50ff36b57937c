import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { ONE_SENTENCE, ruleSegments, segmentBlocks, segmentText } from '../../src/core/segment';

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

describe('blocks the segmenter is not asked about (ONE_SENTENCE)', () => {
  const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
  const wholeByIcu = (block: string) => {
    const pieces = [...icu.segment(block)];
    return pieces.length === 1 && pieces[0].segment === block;
  };

  it('are exactly the blocks Intl.Segmenter returns whole, on every line of the fixtures and labelled set', () => {
    const seeds = new URL('../fixtures/seeds/', import.meta.url);
    const lines = readdirSync(seeds).flatMap((f) => readFileSync(new URL(f, seeds), 'utf8').split(/\r?\n/));
    const labelled = JSON.parse(readFileSync(new URL('../eval/labelled.json', import.meta.url), 'utf8')) as Array<{ text: string }>;
    let n = 0;
    for (const block of [...lines, ...labelled.map((l) => l.text)]) {
      if (block === '' || !ONE_SENTENCE.test(block)) continue;
      n++;
      expect(wholeByIcu(block), block).toBe(true);
    }
    expect(n).toBeGreaterThan(1000);
  });

  it('are returned whole by Intl.Segmenter for random ASCII text (any mark but . ! ? inside, those only at the end)', () => {
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const inner = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).filter((ch) => !'.!?\n\r'.includes(ch));
    const common = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ     ,;:"\'()[]-0123456789'.split('');
    for (let i = 0; i < 20_000; i++) {
      let block = '';
      const len = 1 + Math.floor(rnd() * 60);
      for (let k = 0; k < len; k++) block += rnd() < 0.3 ? inner[Math.floor(rnd() * inner.length)] : common[Math.floor(rnd() * common.length)];
      if (rnd() < 0.6) {
        for (let k = Math.floor(rnd() * 3); k >= 0; k--) block += '.!?'[Math.floor(rnd() * 3)];
        for (let k = Math.floor(rnd() * 3); k > 0; k--) block += ' \t\f\v'[Math.floor(rnd() * 4)];
      }
      expect(ONE_SENTENCE.test(block)).toBe(true);
      expect(wholeByIcu(block), JSON.stringify(block)).toBe(true);
    }
  });

  it('leave out anything else: marks inside, after closing quotes, line breaks, non-ASCII', () => {
    for (const block of ['One. Two.', 'He said "hi."', 'end. )', 'U.S. troops', 'a\nb', 'Café open.', 'Wait… what', 'xAI’s Grok.']) {
      expect(ONE_SENTENCE.test(block), block).toBe(false);
    }
  });
});

describe('blocks split by the sentence-break rules (ruleSegments)', () => {
  const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
  const key = (pieces: Iterable<{ segment: string; index: number }>) => Array.from(pieces, (p) => [p.index, p.segment]);

  it('give the pieces Intl.Segmenter gives, on every line of the fixtures and labelled set', () => {
    const seeds = new URL('../fixtures/seeds/', import.meta.url);
    const lines = readdirSync(seeds).flatMap((f) => readFileSync(new URL(f, seeds), 'utf8').split(/\r?\n/));
    const labelled = JSON.parse(readFileSync(new URL('../eval/labelled.json', import.meta.url), 'utf8')) as Array<{ text: string }>;
    let n = 0;
    for (const block of [...lines, ...labelled.map((l) => l.text)]) {
      const fast = block === '' ? null : ruleSegments(block);
      if (fast === null) continue;
      n++;
      expect(key(fast), block).toEqual(key(icu.segment(block)));
    }
    expect(n).toBeGreaterThan(1000);
  });

  it('give the pieces Intl.Segmenter gives on random text of terminators, closing marks, spaces and letters', () => {
    let seed = 11;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const marks = 'aaeeiosst AAB 09 .. ! ? " \' ( ) [ ] , : - – — ’ ” « » é É × … • \u00a0\t\u202f'.split('');
    for (let i = 0; i < 50_000; i++) {
      let block = '';
      const len = 1 + Math.floor(rnd() * 16);
      for (let k = 0; k < len; k++) block += marks[Math.floor(rnd() * marks.length)];
      const fast = ruleSegments(block);
      expect(fast, JSON.stringify(block)).not.toBeNull();
      expect(key(fast!), JSON.stringify(block)).toEqual(key(icu.segment(block)));
    }
  });

  it('leave blocks with other characters to the segmenter', () => {
    for (const block of ['One; two. Three', 'a\nb. C', 'Wait.\u2028Go', '日本. Go', 'soft\u00adhyphen. Go']) expect(ruleSegments(block), block).toBeNull();
  });
});
