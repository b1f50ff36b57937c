/**
 * Entity aliases: the many spellings a newsroom uses for the deal's parties, facility and products,
 * mapped to one canonical name, so "Colossus I", "NVIDIA" and "SpaceX AI" meet the database's names.
 */
import { normalizeText } from './normalize';

/** Canonical name → surface forms (lower case, normalised). The canonical name itself is always a form. */
const ALIASES: Record<string, string[]> = {
  SpaceX: ['spacex', 'space x', 'space-x', "musk's rocket company", 'the rocket company'],
  SpaceXAI: ['spacexai', 'spacex ai', 'spacex-ai', 'spacex.ai'],
  xAI: ['xai', 'x.ai'],
  'Colossus 1': ['colossus 1', 'colossus i', 'colossus one', 'colossus-1', 'colossus1', 'colossus'],
  'Colossus 2': ['colossus 2', 'colossus ii', 'colossus two', 'colossus-2', 'colossus2'],
  NVIDIA: ['nvidia', 'nvda'],
  'Claude Code': ['claude code', 'claude-code', 'claudecode'],
  Opus: ['opus', 'claude opus'],
  Anthropic: ['anthropic', 'anthropic pbc', "claude's maker", 'the claude maker', 'claude maker'],
  Musk: ['musk', 'elon musk', 'elon'],
  Claude: ['claude'],
  Grok: ['grok'],
  Starlink: ['starlink'],
  Memphis: ['memphis'],
  Tennessee: ['tennessee'],
  Pentagon: ['pentagon', 'department of defense', 'defense department', 'department of war', 'dod'],
};

/**
 * Families: names that count as the same party when a claim needs that party present (the issue lists
 * SpaceX / SpaceXAI / xAI as one party of the deal). Entity slots still compare exact canonical names.
 */
const FAMILIES: string[][] = [['SpaceX', 'SpaceXAI', 'xAI']];

/** Names whose mention also mentions another ("Claude Code" is a Claude product, so it satisfies "Claude"). */
const IMPLIES: Record<string, string[]> = {
  'Claude Code': ['Claude'],
  Opus: ['Claude'],
  SpaceXAI: ['SpaceX'],
  Memphis: ['Tennessee'],
};

/** The names a mention of `canonical` also counts as (not including itself). */
export function impliedEntities(canonical: string): readonly string[] {
  return IMPLIES[canonical] ?? [];
}

const FORM_TO_CANONICAL = new Map<string, string>();
for (const [canonical, forms] of Object.entries(ALIASES)) {
  FORM_TO_CANONICAL.set(normalizeText(canonical), canonical);
  for (const f of forms) FORM_TO_CANONICAL.set(normalizeText(f), canonical);
}

/** Canonical name for a surface form, or null when the form is not a known alias. */
export function canonicalEntity(form: string): string | null {
  return FORM_TO_CANONICAL.get(normalizeText(form)) ?? null;
}

/** Every known surface form of a canonical name (lower case), including the name itself. */
export function aliasForms(canonical: string): string[] {
  const forms = new Set<string>([normalizeText(canonical)]);
  for (const [form, c] of FORM_TO_CANONICAL) if (c === canonical) forms.add(form);
  return [...forms];
}

/** The canonical names that stand for the same party as `canonical` (itself included). */
export function entityFamily(canonical: string): string[] {
  for (const fam of FAMILIES) if (fam.includes(canonical)) return fam;
  return [canonical];
}

/** All alias forms known to this module, with their canonical names. */
export function allAliasForms(): ReadonlyMap<string, string> {
  return FORM_TO_CANONICAL;
}
