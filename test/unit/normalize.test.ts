import { describe, expect, it } from 'vitest';
import { normalizeText, stem, terms } from '../../src/core/normalize';

describe('normalizeText', () => {
  it('folds Unicode quotes, dashes, non-breaking and zero-width spaces', () => {
    expect(normalizeText('Anthropic\u2019s \u201cdeal\u201d\u00a0with\u200b SpaceX \u2014 220\u202f000')).toBe(`anthropic's "deal" with spacex - 220 000`);
  });
  it('applies NFKC (full-width letters and ligatures)', () => {
    expect(normalizeText('\uff33\uff50\uff41\uff43\uff45\uff38 \ufb01nal')).toBe('spacex final');
  });
});

describe('stem and terms', () => {
  it('meets inflected forms on one stem', () => {
    expect(stem('leasing')).toBe(stem('leased'));
    expect(stem('centers')).toBe(stem('center'));
    expect(stem('doubled')).toBe(stem('twice'));
    expect(stem('goes')).toBe('go');
  });
  it('drops stopwords and keeps content words', () => {
    expect(terms('The deal gives Anthropic access to the GPUs')).toEqual(['deal', stem('give'), 'anthropic', 'access', 'gpu']);
  });
});
