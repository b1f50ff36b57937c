import { describe, expect, it } from 'vitest';
import { canonicalEntity, entityFamily, siblingsOf } from '../../src/core/aliases';
import { EntityLexicon, textFeatures } from '../../src/core/text-features';

describe('aliases', () => {
  it('maps spellings to one canonical name', () => {
    expect(canonicalEntity('Colossus I')).toBe('Colossus 1');
    expect(canonicalEntity('colossus one')).toBe('Colossus 1');
    expect(canonicalEntity('NVIDIA')).toBe('NVIDIA');
    expect(canonicalEntity('Nvidia')).toBe('NVIDIA');
    expect(canonicalEntity('SpaceX AI')).toBe('SpaceXAI');
    expect(canonicalEntity('x.AI')).toBe('xAI');
    expect(canonicalEntity('Claude Code')).toBe('Claude Code');
    expect(canonicalEntity('Claude Opus')).toBe('Opus');
    expect(canonicalEntity('Elon Musk')).toBe('Musk');
    expect(canonicalEntity('Oracle')).toBeNull();
  });

  it('knows the parties by the descriptions reporters use for them', () => {
    expect(canonicalEntity('the rocket maker')).toBe('SpaceX');
    expect(canonicalEntity("Musk's space company")).toBe('SpaceX');
    expect(canonicalEntity('the company behind Claude')).toBe('Anthropic');
    expect(canonicalEntity("Claude's developer")).toBe('Anthropic');
    expect(canonicalEntity("Dario's shop")).toBe('Anthropic');
    expect(canonicalEntity('the civil rights group')).toBe('NAACP');
    // A description that could be anyone's is not a party.
    expect(canonicalEntity('the AI lab')).toBeNull();
  });

  it('groups SpaceX, SpaceXAI and xAI as one party, and keeps Colossus 1 and 2 apart', () => {
    expect(entityFamily('xAI')).toContain('SpaceX');
    expect(entityFamily('SpaceXAI')).toContain('SpaceX');
    expect(siblingsOf('Colossus 1')).toEqual(['Colossus 2']);
  });

  it('finds entities in running text, longest name first', () => {
    const lex = new EntityLexicon(['Starlink']);
    const f = textFeatures("Elon Musk's xAI moved Grok from Colossus I to Colossus 2; Claude Code users gain.", lex);
    expect(f.entities).toEqual(['Musk', 'xAI', 'Grok', 'Colossus 1', 'Colossus 2', 'Claude Code']);
  });
});
