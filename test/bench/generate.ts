/**
 * Generated claim databases for the benchmark: N claims made from the bundled pack's real claims by
 * varying their entities, figures and wording, so retrieval faces the overlap a large real database
 * would have (many claims about GPUs, data centers, deals and limits), not random tokens.
 */
import type { Claim, ClaimPack, ConflictGroup } from '../../src/claims/types';

/** Small deterministic PRNG (mulberry32) so every run benchmarks the same databases and pages. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Replacement parties, facilities and places for generated claims (benchmark data only).
const LABS = ['OpenAI', 'Mistral', 'Cohere', 'Inflection', 'Perplexity', 'Reka', 'Adept', 'Character', 'Aleph Alpha', 'Sakana', 'Moonshot', 'Zhipu'];
const PROVIDERS = ['Oracle', 'CoreWeave', 'Lambda', 'Crusoe', 'Nebius', 'Vultr', 'Microsoft', 'Google', 'Amazon', 'Meta', 'Tesla', 'Blue Origin'];
const FACILITIES = ['Stargate', 'Abilene', 'Fairwater', 'Hyperion', 'Rainier', 'Prometheus', 'Cortex', 'Titan', 'Atlas', 'Helios', 'Orion', 'Vega'];
const PLACES = ['Texas', 'Ohio', 'Louisiana', 'Wisconsin', 'Arizona', 'Georgia', 'Nevada', 'Iowa', 'Oregon', 'Virginia', 'Norway', 'Quebec'];
const SWAPS: Array<[RegExp, string[]]> = [
  [/\bdeal\b/g, ['agreement', 'pact', 'contract', 'arrangement']],
  [/\bsigned\b/g, ['inked', 'agreed', 'finalized']],
  [/\bGPUs\b/g, ['chips', 'accelerators', 'graphics processors']],
  [/\bdata center\b/g, ['data centre', 'facility', 'campus', 'cluster']],
  [/\bcapacity\b/g, ['compute', 'computing power', 'capacity']],
  [/\bannounced\b/g, ['unveiled', 'revealed', 'said']],
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function varyNumbers(text: string, factor: number): string {
  return text.replace(/\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?/g, (m) => {
    const v = Number(m.replace(/,/g, ''));
    if (v >= 1900 && v <= 2100 && !m.includes(',')) return m; // keep years
    const scaled = Math.max(1, Math.round(v * factor));
    return m.includes(',') ? scaled.toLocaleString('en-US') : String(scaled);
  });
}

function vary(text: string, map: Array<[RegExp, string]>, factor: number, r: () => number): string {
  let out = text;
  for (const [re, to] of map) out = out.replace(re, to);
  out = varyNumbers(out, factor);
  for (const [re, options] of SWAPS) if (r() < 0.5) out = out.replace(re, pick(r, options));
  return out;
}

/** A pack of `size` claims: `base`'s own, then variations of them (ids, anchors and conflict groups kept consistent). */
export function generatePack(base: ClaimPack, size: number, seed = 7): ClaimPack {
  const r = rng(seed);
  // The real claims first, so pages about the deal still find what they would find in the bundled pack.
  const claims: Claim[] = base.claims.slice(0, size);
  const conflicts: ConflictGroup[] = base.conflicts.filter((g) => g.claims.every((id) => claims.some((c) => c.id === id)));
  for (let copy = 1; claims.length < size; copy++) {
    const lab = pick(r, LABS);
    const provider = pick(r, PROVIDERS);
    const facility = `${pick(r, FACILITIES)} ${1 + (copy % 9)}`;
    const place = pick(r, PLACES);
    const factor = 0.5 + r() * 2;
    const map: Array<[RegExp, string]> = [
      [/\bAnthropic\b/g, lab],
      [/\bClaude Code\b/g, `${lab} Code`],
      [/\bClaude\b/g, `${lab} Assistant`],
      [/\bSpaceXAI\b|\bSpaceX\b|\bxAI\b/g, provider],
      [/\bColossus 1\b|\bColossus\b/g, facility],
      [/\bMemphis\b/g, place],
      [/\bTennessee\b/g, place],
      [/\bMusk\b|\bElon Musk\b/g, `${provider}'s chief`],
    ];
    const idMap = new Map<string, string>();
    for (const c of base.claims) idMap.set(c.id, `${c.id}-g${copy}`);
    for (const c of base.claims) {
      if (claims.length >= size) break;
      claims.push({
        ...c,
        id: idMap.get(c.id)!,
        statement: vary(c.statement, map, factor, r),
        variants: c.variants.map((v) => vary(v, map, factor, r)),
        anchors: c.anchors.map((group) => group.map((term) => vary(term, map, 1, () => 1))),
        slots: c.slots?.quantity ? { ...c.slots, quantity: { ...c.slots.quantity, value: Math.round(c.slots.quantity.value * factor) } } : c.slots,
        lessPreciseOf: c.lessPreciseOf ? idMap.get(c.lessPreciseOf) ?? null : null,
        supersededBy: c.supersededBy ? idMap.get(c.supersededBy) ?? null : null,
      });
    }
    for (const g of base.conflicts) {
      const members = g.claims.map((id) => idMap.get(id)!).filter((id) => claims.some((c) => c.id === id));
      if (members.length < 2) continue;
      conflicts.push({ ...g, id: `${g.id}-g${copy}`, claims: members, preferred: g.preferred ? idMap.get(g.preferred) ?? null : null });
    }
  }
  return { meta: { ...base.meta, name: `${base.meta.name} (generated ${size})` }, reports: base.reports, claims, conflicts };
}
