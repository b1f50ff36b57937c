/**
 * Words that are also names on every JavaScript object ("constructor", "toString") are just words:
 * the stemmer, number words, units, month names, HTML entities and aliases never mistake them for
 * an entry of their tables.
 */
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/core/normalize';
import { parseQuantities } from '../../src/core/quantities';
import { parseDates } from '../../src/core/dates';
import { htmlToText } from '../../src/core/html-text';
import { canonicalEntity, impliedEntities, isConcept } from '../../src/core/aliases';
import { firstMatch } from './bundled-matcher';

describe('object-property words', () => {
  it('are stemmed as words', () => {
    expect(stem('constructor')).toBe('constructor');
    expect(stem('valueOf')).toBe('valueOf');
  });

  it('are not number words, scales or units', () => {
    expect(parseQuantities('220,000 constructor parts')).toEqual([{ value: 220000, bound: 'exact', unit: '', raw: '220,000', start: 0, end: 7 }]);
    expect(parseQuantities('one constructor of racks').map((q) => q.value)).toEqual([1]);
  });

  it('are not months, HTML entities or aliases', () => {
    expect(parseDates('on constructor 6, 2026', '2026-05-07')).toEqual([]);
    expect(htmlToText('<p>a &constructor; b</p>')).toContain('&constructor;');
    expect(isConcept('constructor')).toBe(false);
    expect(canonicalEntity('constructor')).toBeNull();
    expect(impliedEntities('constructor')).toEqual([]);
  });

  it('leave a sentence that uses them matched as before', () => {
    expect(firstMatch('The constructor of Colossus 1 was xAI, which built it to train Grok.')?.claimId).toBe('origin-built-by-xai');
  });
});
