/**
 * The text analysis the matcher index is built from: retrieval terms and entities of each claim text,
 * and the tokens of each anchor term. It depends only on the text and on the entity names the packs
 * add, so for the bundled pack it is computed at build time (plain JSON) and a freshly started worker
 * builds its index without analysing ~500 texts again. Any text missing from a precomputed analysis,
 * or every text when the packs name other entities, is analysed at run time with the same code.
 */
import type { Claim, ClaimPack } from '../claims/types.ts';
import { parseQuantities, unitOfWord } from './quantities.ts';
import { anchorTokens, EntityLexicon, textFeatures } from './text-features.ts';
import type { PackedRecord, PackedRows } from './packed-tables.ts';
import type { MatcherTuning } from './matcher.ts';

/** Prefix of the token a figure's unit adds to a text ("#unit:mw"). */
export const UNIT_TOKEN = '#unit:';
const MAY_HAVE_FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)\b/i;

/** Token for a figure's value, whatever its spelling ("$1.25B", "1.25 billion dollars"). */
export function valueToken(value: number): string {
  return '#v:' + Number(value.toPrecision(6));
}

/** One unit token per figure in a claim text, so texts stating a figure share that term. */
export function quantityUnitTokens(text: string): string[] {
  if (!MAY_HAVE_FIGURE.test(text)) return [];
  return parseQuantities(text).map((q) => UNIT_TOKEN + (q.unit || 'count'));
}

/** A claim text's terms in order (retrieval terms, then unit tokens) and the entities it names. */
export type TextAnalysis = [terms: string[], entities: string[]];
/**
 * An anchor term: the tokens it requires, whether it names a party, its entities, extra alternatives,
 * and its retrieval terms as a claim text would have them (wording anchors are claim vocabulary too).
 */
export type AnchorAnalysis = { tokens: string[]; named: boolean; entities: string[]; extra: string[][]; terms: string[] };

/** Serialisable analysis of a set of packs; valid only for packs whose entity names give `key`. */
export interface ClaimAnalysis {
  key: string;
  texts: Record<string, TextAnalysis>;
  anchors: Record<string, PackedAnchor>;
  /** The matcher's whole index, for exactly the packs and tuning it was built from (see `precomputeIndex`). */
  tables?: ShippedTables;
}

/**
 * The matcher's tables as a build ships them, and what they were built from: the matcher uses them
 * only when its own packs and tuning give the same input (compared whole), else builds its index.
 */
export interface ShippedTables {
  rows: PackedRows;
  rest: PackedRecord;
  /** The packs and tuning the tables were built from; in the extension, the bundled pack's own module. */
  builtFrom: () => { packs: ClaimPack[]; tuning: MatcherTuning };
}

/**
 * An anchor's analysis as shipped: a tuple with empty parts left off, so the JSON a starting worker
 * parses stays small. `terms` is 0 when it equals `tokens` (most single words).
 */
export type PackedAnchor = [tokens: string[], named: 0 | 1, terms?: string[] | 0, entities?: string[], extra?: string[][]];

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The shipped form of an anchor's analysis. */
export function packAnchor(a: AnchorAnalysis): PackedAnchor {
  const out: PackedAnchor = [a.tokens, a.named ? 1 : 0, sameList(a.terms, a.tokens) ? 0 : a.terms];
  if (a.entities.length > 0 || a.extra.length > 0) out.push(a.entities);
  if (a.extra.length > 0) out.push(a.extra);
  return out;
}

/**
 * The analysis as the extension build ships it (see the vite config): the matcher's tables, parsed
 * once they are found to fit the packs, and the text analysis, parsed only if they do not.
 */
export function shippedAnalysis(tablesJson: string, builtFrom: ShippedTables['builtFrom'], analysisJson: string): ClaimAnalysis {
  let parsed: ClaimAnalysis | undefined;
  const full = () => (parsed ??= JSON.parse(analysisJson) as ClaimAnalysis);
  let packed: [PackedRows, PackedRecord] | undefined;
  const tables = () => (packed ??= JSON.parse(tablesJson) as [PackedRows, PackedRecord]);
  return {
    tables: {
      builtFrom,
      get rows() {
        return tables()[0];
      },
      get rest() {
        return tables()[1];
      },
    },
    get key() {
      return full().key;
    },
    get texts() {
      return full().texts;
    },
    get anchors() {
      return full().anchors;
    },
  };
}

/** An anchor's analysis from its shipped form. */
export function unpackAnchor(p: PackedAnchor): AnchorAnalysis {
  const [tokens, named, terms, entities, extra] = p;
  return { tokens, named: named === 1, terms: terms === 0 || terms === undefined ? tokens : terms, entities: entities ?? [], extra: extra ?? [] };
}

/** Claims of the packs in matcher order (the first pack to define an id wins). */
export function packClaims(packs: readonly ClaimPack[]): Claim[] {
  const seen = new Set<string>();
  const out: Claim[] = [];
  for (const pack of packs) {
    for (const c of pack.claims) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push(c);
    }
  }
  return out;
}

/** Entity names the claims add to the lexicon, and the key a precomputed analysis must carry. */
export function extraNamesOf(claims: readonly Claim[]): { names: Set<string>; key: string } {
  const names = new Set<string>();
  for (const c of claims) for (const e of c.slots?.entities ?? []) names.add(e);
  return { names, key: JSON.stringify([...names]) };
}

/** Analyses texts and anchor terms once each, reusing `pre` when it was made for the same names. */
export function createAnalyser(lexicon: EntityLexicon, key: string, pre?: ClaimAnalysis | null) {
  const usable = pre && pre.key === key ? pre : null;
  const texts = new Map<string, TextAnalysis>();
  const anchors = new Map<string, AnchorAnalysis>();
  return {
    text(t: string): TextAnalysis {
      // A shipped analysis is an array; anything else under that key (an inherited property) is not one.
      const shipped = usable ? usable.texts[t] : undefined;
      if (Array.isArray(shipped)) return shipped;
      let a = texts.get(t);
      if (!a) {
        const f = textFeatures(t, lexicon);
        a = [[...f.terms, ...quantityUnitTokens(t)], f.entities];
        texts.set(t, a);
      }
      return a;
    },
    anchor(term: string): AnchorAnalysis {
      let a = anchors.get(term);
      if (!a) {
        const shipped = usable ? usable.anchors[term] : undefined;
        if (Array.isArray(shipped)) a = unpackAnchor(shipped);
        else {
          const extra: string[][] = [];
          // A figure in an anchor ("$1.25 billion") is met by the same figure written any way ("$1.25bn").
          if (/\d/.test(term)) for (const q of parseQuantities(term)) extra.push([valueToken(q.value)]);
          // A unit word in an anchor ("MW", "GPUs") is also met by a figure in that unit ("0.3 GW").
          const unit = unitOfWord(term);
          if (unit && ['gpu', 'mw', 'usd', 'percent'].includes(unit)) extra.push([UNIT_TOKEN + unit]);
          const f = textFeatures(term, lexicon);
          a = { tokens: anchorTokens(term, lexicon, f), named: f.entities.length > 0, entities: f.entities, extra, terms: f.terms };
        }
        anchors.set(term, a);
      }
      return a;
    },
    /** Everything analysed so far, as plain data. */
    collect(): ClaimAnalysis {
      return { key, texts: Object.fromEntries(texts), anchors: Object.fromEntries([...anchors].map(([term, a]) => [term, packAnchor(a)])) };
    },
  };
}

/** The full analysis of the packs' claim texts and anchors: what the build precomputes. */
export function analysePacks(packs: readonly ClaimPack[]): ClaimAnalysis {
  const claims = packClaims(packs);
  const { names, key } = extraNamesOf(claims);
  const analyser = createAnalyser(new EntityLexicon(names), key);
  for (const c of claims) {
    for (const t of [c.statement, ...(c.variants ?? [])]) analyser.text(t);
    for (const group of c.anchors ?? []) for (const term of group) analyser.anchor(term);
  }
  return analyser.collect();
}
