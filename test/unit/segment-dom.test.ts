// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/content/reader';

function load(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

describe('reading sentences from a page', () => {
  it('gives sentences whose offsets point at their text, across inline markup', () => {
    const doc = load(`<head><meta property="article:published_time" content="2026-05-07"></head><body><article>
      <p>SpaceX gave <a href="#">Anthropic</a> all of <em>Colossus 1</em> in Memphis. The deal was announced on Wednesday.</p>
      <p>Mr. Musk had called the company "evil." Shares of Nvidia Inc. rose in the U.S. market on Thursday.</p>
    </article></body>`);
    const reading = readPage(doc)!;
    expect(reading.published).toBe('2026-05-07');
    const texts = reading.sentences.map((s) => s.text);
    expect(texts).toEqual([
      'SpaceX gave Anthropic all of Colossus 1 in Memphis.',
      'The deal was announced on Wednesday.',
      'Mr. Musk had called the company "evil."',
      'Shares of Nvidia Inc. rose in the U.S. market on Thursday.',
    ]);
    for (const s of reading.sentences) {
      expect(reading.page.text.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
    }
  });

  it('never joins a heading and the next paragraph into one sentence', () => {
    const doc = load(`<body><article><h2>Why it matters</h2><p>Anthropic needs compute.</p></article></body>`);
    expect(readPage(doc)!.sentences.map((s) => s.text)).toEqual(['Why it matters', 'Anthropic needs compute.']);
  });

  it('collapses source whitespace inside a sentence but keeps offsets on the raw text', () => {
    const doc = load(`<body><article><p>Anthropic   will use
        all of   Colossus 1.</p></article></body>`);
    const [s] = readPage(doc)!.sentences;
    expect(s.text).toBe('Anthropic will use all of Colossus 1.');
    expect(readPage(doc)!.page.text.slice(s.start, s.end)).toMatch(/^Anthropic\s+will use\s+all of\s+Colossus 1\.$/);
  });

  it('leaves out a run of text too long to be a sentence instead of failing the whole page', () => {
    const doc = load(`<body><article><p>${'word '.repeat(1500)}</p><p>SpaceX gave Anthropic all of Colossus 1.</p></article></body>`);
    expect(readPage(doc)!.sentences.map((s) => s.text)).toEqual(['SpaceX gave Anthropic all of Colossus 1.']);
  });
});
