import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, wordChanges, type AnchorTarget } from '../../src/core/annotations/anchor';
import { approxSearch, bestEnd, TextIndex } from '../../src/core/annotations/fuzzy';
import { describeRange } from '../../src/core/annotations/selectors';

const article = readFileSync(new URL('../fixtures/seeds/003_19c3ace0ecdcbc17.txt', import.meta.url), 'utf8');

function tag(text: string, quote: string): AnchorTarget {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  const sel = describeRange(text, start, start + quote.length)!;
  return { quote: sel.quote, position: sel.position };
}

const passage = 'The deal provides Anthropic with the equivalent of over 200,000 Nvidia GPUs in processing power.';
const nhaacp = 'The NAACP has filed a lawsuit against SpaceX regarding environmental issues at the Tennessee site.';

describe('anchor', () => {
  it('finds an unchanged passage at its stored position: exact', () => {
    const t = tag(article, passage);
    expect(anchor(article, t)).toEqual({ status: 'exact', start: t.position!.start, end: t.position!.end });
  });

  it('finds the passage after a paragraph was added above it: moved, with the new offsets', () => {
    const t = tag(article, passage);
    const note = 'Update, 8 May: this article has been updated with comment from SpaceX.\n';
    const edited = note + article;
    const r = anchor(edited, t);
    expect(r.status).toBe('moved');
    if (r.status !== 'moved') return;
    expect(edited.slice(r.start, r.end)).toBe(passage);
    expect(r.start).toBe(t.position!.start + note.length);
  });

  it('picks the occurrence whose context matches when the quote repeats', () => {
    const text = 'Alpha says the deal is big. Filler words here. Beta says the deal is big. More filler.';
    const t = tag(text, 'the deal is big');
    // Second occurrence: tag it through its own context.
    const second = text.indexOf('the deal is big', text.indexOf('Beta'));
    const sel = describeRange(text, second, second + 'the deal is big'.length)!;
    const shifted = `Intro. ${text}`;
    const r = anchor(shifted, { quote: sel.quote, position: sel.position });
    expect(r.status).toBe('moved');
    if (r.status === 'moved') expect(r.start).toBe(second + 7);
    const r1 = anchor(shifted, t);
    if (r1.status === 'moved') expect(r1.start).toBe(text.indexOf('the deal is big') + 7);
  });

  it('does not trust the stored position when another copy of the quote slid into it', () => {
    const text = 'Alpha: the deal is big. Beta: the deal is big.';
    const second = text.lastIndexOf('the deal is big');
    const sel = describeRange(text, second, second + 15)!;
    // Remove the first sentence's prefix so that the first copy lands where the second used to be.
    const edited = `${'x'.repeat(second - text.indexOf('the deal is big'))}Alpha: the deal is big. Beta: the deal is big.`;
    const r = anchor(edited, { quote: sel.quote, position: sel.position });
    expect(r.status).toBe('moved');
    if (r.status === 'moved') expect(edited.slice(r.start - 6, r.start)).toBe('Beta: ');
  });

  it('finds an edited passage fuzzily and says what changed', () => {
    const t = tag(article, passage);
    const edited = article.replace('over 200,000 Nvidia GPUs', 'more than 220,000 Nvidia GPUs');
    const r = anchor(edited, t);
    expect(r.status).toBe('fuzzy');
    if (r.status !== 'fuzzy') return;
    expect(r.found).toBe('The deal provides Anthropic with the equivalent of more than 220,000 Nvidia GPUs in processing power.');
    expect(r.changes).toEqual([{ before: 'over 200,000', after: 'more than 220,000' }]);
    expect(r.score).toBeGreaterThan(0.8);
    expect(r.score).toBeLessThan(1);
  });

  it('still finds the passage exactly when another paragraph was edited', () => {
    const t = tag(article, nhaacp);
    const edited = article.replace('The partnership is designed to alleviate the current bottleneck in AI infrastructure.', 'Analysts said the partnership could ease, but not end, the shortage of AI chips.');
    const r = anchor(edited, t);
    expect(['exact', 'moved']).toContain(r.status);
    if (r.status === 'exact' || r.status === 'moved') expect(edited.slice(r.start, r.end)).toBe(nhaacp);
  });

  it('reports a removed passage as an orphan with a reason', () => {
    const t = tag(article, nhaacp);
    const edited = article.replace(`- Legal Action: ${nhaacp}\n`, '');
    expect(edited).not.toContain('filed a lawsuit');
    const r = anchor(edited, t);
    expect(r.status).toBe('orphan');
    if (r.status === 'orphan') expect(r.reason).toMatch(/close enough/);
  });

  it('treats a passage rewritten beyond the minimum score as an orphan, and a lower minimum finds it', () => {
    const t = tag(article, passage);
    const edited = article.replace(passage, 'Anthropic gets compute equal to more than 220,000 Nvidia chips for processing.');
    expect(anchor(edited, t).status).toBe('orphan');
    const loose = anchor(edited, t, { minScore: 0.4 });
    expect(loose.status).toBe('fuzzy');
  });

  it('only anchors very short quotes exactly', () => {
    const t = tag(article, 'IPO');
    expect(anchor(article.replaceAll('IPO', 'I.P.O.'), t).status).toBe('orphan');
  });

  it('counts a whitespace-only change as moved, not edited', () => {
    const t = tag(article, passage);
    const edited = article.replace(passage, passage.replace(' with the ', ' with  the\n'));
    const r = anchor(edited, t);
    expect(r.status).toBe('moved');
  });

  it('anchors many targets on one page in input order', () => {
    const targets = [tag(article, passage), tag(article, nhaacp)];
    const edited = article.replace(`- Legal Action: ${nhaacp}\n`, '');
    const results = anchorAll(edited, targets);
    expect(results.map((r) => r.status)).toEqual(['exact', 'orphan']);
  });
});

describe('approxSearch', () => {
  it('finds the closest substring within the error budget, with its edit distance', () => {
    const index = new TextIndex('the quick brown fox jumps over the lazy dog');
    expect(approxSearch(index, 'quack brown fax', 2)).toEqual({ start: 4, end: 19, errors: 2 });
    expect(approxSearch(index, 'quack brown fax', 1)).toBeNull();
  });

  it('prefers the candidate nearest the hint among equally close ones', () => {
    const text = 'report one says 200 units. report two says 200 units.';
    const index = new TextIndex(text);
    const near = approxSearch(index, 'report xxx says 200 units', 3, 27);
    expect(near?.start).toBe(27);
    const far = approxSearch(index, 'report xxx says 200 units', 3, 0);
    expect(far?.start).toBe(0);
  });

  it('agrees with a brute-force search on random edits of seed text', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const text = article;
    const index = new TextIndex(text);
    for (let trial = 0; trial < 20; trial++) {
      const start = Math.floor(rand() * (text.length - 120));
      let pattern = text.slice(start, start + 60 + Math.floor(rand() * 60));
      for (let e = 0; e < 4; e++) {
        const at = Math.floor(rand() * pattern.length);
        pattern = pattern.slice(0, at) + 'Z' + pattern.slice(at + 1);
      }
      const found = approxSearch(index, pattern, 6, start);
      expect(found, `trial ${trial}`).not.toBeNull();
      expect(found!.errors).toBeLessThanOrEqual(4);
      expect(Math.abs(found!.start - start)).toBeLessThanOrEqual(4);
    }
  });
});

/** Textbook semi-global edit distance: fewest edits of `pattern` against any substring ending at each offset. */
function bruteMinErrors(text: string, pattern: string): number {
  let col = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = col[pattern.length];
  for (let j = 0; j < text.length; j++) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      next[i] = Math.min(col[i - 1] + (pattern[i - 1] === text[j] ? 0 : 1), col[i] + 1, next[i - 1] + 1);
    }
    col = next;
    best = Math.min(best, col[pattern.length]);
  }
  return best;
}

describe('bit-parallel scan', () => {
  it('finds the same fewest edits as the textbook table, for patterns of one, two and three blocks', () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const word = (n: number) => Array.from({ length: n }, () => 'abcd'[Math.floor(rand() * 4)]).join('');
    for (const m of [5, 31, 32, 33, 64, 70, 95]) {
      for (let trial = 0; trial < 6; trial++) {
        const text = word(400);
        const start = Math.floor(rand() * 300);
        let pattern = text.slice(start, start + m);
        for (let e = 0; e < 3; e++) {
          const at = Math.floor(rand() * pattern.length);
          pattern = pattern.slice(0, at) + word(1) + pattern.slice(at + 1);
        }
        if (pattern.length > m) pattern = pattern.slice(0, m);
        const expected = bruteMinErrors(text, pattern);
        const end = bestEnd(text, pattern, m - 1, start);
        expect(end, `m=${m}`).not.toBeNull();
        // The best match ends at `end`: the text up to there already holds a match that good.
        expect(bruteMinErrors(text.slice(0, end!), pattern), `m=${m} trial=${trial}`).toBe(expected);
        if (expected > 0) expect(bestEnd(text, pattern, expected - 1, start)).toBeNull();
        const found = approxSearch(new TextIndex(text), pattern, expected, start);
        expect(found?.errors, `m=${m} trial=${trial}`).toBe(expected);
        if (expected > 0) expect(approxSearch(new TextIndex(text), pattern, expected - 1, start), `m=${m}`).toBeNull();
      }
    }
  });
});

describe('bit-parallel scan with a small error budget (blocks switched on and off)', () => {
  it('never misses, never over-reports, and ends at a best match', () => {
    let seed = 5;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const word = (n: number, alpha: string) => Array.from({ length: n }, () => alpha[Math.floor(rand() * alpha.length)]).join('');
    /** Fewest edits of `pattern` ending at each text offset. */
    const table = (text: string, pattern: string) => {
      let col = Array.from({ length: pattern.length + 1 }, (_, i) => i);
      const ends: number[] = [];
      for (const ch of text) {
        const next = [0];
        for (let i = 1; i <= pattern.length; i++) next[i] = Math.min(col[i - 1] + (pattern[i - 1] === ch ? 0 : 1), col[i] + 1, next[i - 1] + 1);
        col = next;
        ends.push(col[pattern.length]);
      }
      return ends;
    };
    for (const alpha of ['ab', 'abcdefghij']) {
      for (const m of [20, 33, 65, 130]) {
        for (let t = 0; t < 8; t++) {
          const text = word(300, alpha);
          const at = Math.floor(rand() * 150);
          let pattern = text.slice(at, at + m);
          for (let e = 0; e < m / 6; e++) {
            const i = Math.floor(rand() * pattern.length);
            pattern = pattern.slice(0, i) + word(1, alpha) + pattern.slice(i + 1);
          }
          const ends = table(text, pattern);
          const min = Math.min(...ends);
          for (const k of [Math.max(0, min - 1), min, min + 2]) {
            const end = bestEnd(text, pattern, k, at);
            if (min > k) expect(end, `m=${m} k=${k}`).toBeNull();
            else expect(ends[end! - 1], `m=${m} k=${k}`).toBe(min);
          }
        }
      }
    }
  });
});

describe('wordChanges', () => {
  it('groups changed words into runs', () => {
    expect(wordChanges('a b c d e', 'a x c d f g')).toEqual([
      { before: 'b', after: 'x' },
      { before: 'e', after: 'f g' },
    ]);
    expect(wordChanges('a  b', 'a b')).toEqual([]);
  });
});
