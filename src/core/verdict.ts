/**
 * THE conflict rule. Every place that says "agrees", "conflicts" or "less precise" (page highlight,
 * popup, scan command) gets the answer from `decideVerdict`, so they can never disagree.
 *
 * A sentence conflicts when it states a version the database's conflict groups rule out: it matches a
 * non-preferred claim of a group whose preferred claim it is not a vaguer form of, or its own figures,
 * dates or names contradict the preferred version. A compatible but vaguer statement ("over 200,000"
 * for "more than 220,000") is `less-precise`, never a conflict.
 */
import type { Claim, ConflictGroup, Quantity, Slots } from '../claims/types.ts';
import type { SlotDiff, Verdict } from './match-types.ts';
import { compareDate, formatDate, type DateRelation } from './dates.ts';
import { compareQuantity, formatQuantity, type QuantityRelation } from './quantities.ts';
import { impliedEntities, isPlace, siblingsOf } from './aliases.ts';

/** What a sentence itself states, extracted once per sentence. */
export interface SentenceSlots {
  quantities: Quantity[];
  /** ISO dates at the precision stated. */
  dates: string[];
  /** Canonical entity names. */
  entities: readonly string[];
  /** Places no alias knows where the sentence says something is ("in Nashville"). */
  places?: readonly string[];
}

/** Lookups the rule needs: claims by id and the conflict groups each claim belongs to. */
export interface VerdictContext {
  claim(id: string): Claim | undefined;
  groupsOf(id: string): readonly ConflictGroup[];
}

/** The outcome for one sentence against its matched claim. */
export interface VerdictResult {
  verdict: Verdict;
  conflict: boolean;
  preferredId: string | null;
  slots: SlotDiff[];
}

/** How well a sentence's own slots fit a claim: higher is better; 0 means a slot contradicts it. */
export type SlotRelation = 'same' | 'sharper' | 'vaguer' | 'conflict' | 'none';

/** Best relation of any sentence quantity (same unit) to the reference quantity. */
export function quantityRelation(page: readonly Quantity[], ref: Quantity | undefined): { rel: SlotRelation; page?: Quantity } {
  if (!ref) return { rel: 'none' };
  let best: { rel: SlotRelation; page?: Quantity } = { rel: 'none' };
  for (const q of page) {
    const rel: QuantityRelation = compareQuantity(q, ref);
    if (rel === 'unrelated') continue;
    if (rank(rel) > rank(best.rel) || best.rel === 'none') best = { rel, page: q };
  }
  return best;
}

/** Best relation of any sentence date to the reference date. */
export function dateRelation(page: readonly string[], ref: string | undefined): { rel: SlotRelation; page?: string } {
  if (!ref) return { rel: 'none' };
  let best: { rel: SlotRelation; page?: string } = { rel: 'none' };
  for (const d of page) {
    // A bare year only says something about claims dated in a year's precision or finer.
    const rel: DateRelation = compareDate(d, ref);
    if (rank(rel) > rank(best.rel) || best.rel === 'none') best = { rel, page: d };
  }
  return best;
}

/** Ordering used to pick the best-fitting reading: same > sharper > vaguer > none > conflict. */
export function rank(rel: SlotRelation): number {
  return { same: 4, sharper: 3, vaguer: 2, none: 1, conflict: 0 }[rel];
}

/** The preferred claim id of the first resolved conflict group that contains `claimId`, if any. */
export function preferredFor(claimId: string, ctx: VerdictContext): string | null {
  for (const g of ctx.groupsOf(claimId)) if (g.preferred) return g.preferred;
  return null;
}

/** True when `claim` is (transitively) a vaguer but compatible form of `targetId`. */
export function isLessPreciseOf(claim: Claim, targetId: string, ctx: VerdictContext): boolean {
  let cur: Claim | undefined = claim;
  for (let hops = 0; cur && hops < 8; hops++) {
    if (!cur.lessPreciseOf) return false;
    if (cur.lessPreciseOf === targetId) return true;
    cur = ctx.claim(cur.lessPreciseOf);
  }
  return false;
}

function entitiesText(slots: Slots | undefined, exclude: ReadonlySet<string>): string {
  const list = (slots?.entities ?? []).filter((e) => !exclude.has(e));
  return list.length ? list.join(', ') : '';
}

/**
 * Decides the verdict for a sentence whose best reading is `claim`. The reference is the preferred
 * claim of the claim's conflict group, or the claim itself when it has no resolved group.
 */
export function decideVerdict(sentence: SentenceSlots, claim: Claim, ctx: VerdictContext): VerdictResult {
  // The best-supported version: the preferred claim of the claim's resolved conflict group, else the
  // more precise claim this one is a vaguer form of (or that claim's preferred version).
  let preferredId = preferredFor(claim.id, ctx);
  if (!preferredId && claim.lessPreciseOf && ctx.claim(claim.lessPreciseOf)) {
    preferredId = preferredFor(claim.lessPreciseOf, ctx) ?? claim.lessPreciseOf;
  }
  const ref = (preferredId && ctx.claim(preferredId)) || claim;
  const diffs: SlotDiff[] = [];
  let conflict = false;
  let vaguer = false;

  /** Records a slot where the sentence conflicts with, or is vaguer than, the reference claim. */
  const note = <T>(slot: SlotDiff['slot'], r: { rel: SlotRelation; page?: T }, preferred: T | undefined, format: (v: T) => string) => {
    if (!r.page || !preferred || (r.rel !== 'conflict' && r.rel !== 'vaguer')) return;
    if (r.rel === 'conflict') conflict = true;
    else vaguer = true;
    diffs.push({ slot, page: format(r.page), preferred: format(preferred) });
  };
  // A claim that says where something is, against a sentence that puts it somewhere else and names
  // none of the claim's own places but the wider ones ("in Nashville, Tennessee" for Memphis, Tennessee).
  const refNames = ref.slots?.entities ?? [];
  if (sentence.places?.length && refNames.length > 0 && refNames.every(isPlace)) {
    const specific = refNames.filter((e) => !refNames.some((o) => impliedEntities(o).includes(e)));
    if (!specific.some((e) => sentence.entities.includes(e))) {
      conflict = true;
      diffs.push({ slot: 'entity', page: sentence.places.join(', '), preferred: refNames.join(', ') });
    }
  }
  // A claim about which of two siblings, against a sentence naming the other one only ("Colossus 2").
  if (refNames.length === 1 && !sentence.entities.includes(refNames[0])) {
    const other = siblingsOf(refNames[0]).filter((e) => sentence.entities.includes(e));
    if (other.length > 0) {
      conflict = true;
      diffs.push({ slot: 'entity', page: other.join(', '), preferred: refNames[0] });
    }
  }
  const q = quantityRelation(sentence.quantities, ref.slots?.quantity);
  note('quantity', q, ref.slots?.quantity, formatQuantity);
  const d = dateRelation(sentence.dates, ref.slots?.date);
  note('date', d, ref.slots?.date, formatDate);
  // The sentence's own figure or date meets the reference one, or says it more sharply.
  const statesPrecisely = q.rel === 'same' || q.rel === 'sharper' || d.rel === 'same' || d.rel === 'sharper';

  if (ref !== claim) {
    if (isLessPreciseOf(claim, ref.id, ctx)) {
      if (!statesPrecisely) vaguer = true;
    } else {
      // The sentence states a version the group rules out: say which slot makes the difference.
      conflict = true;
      // Names both versions share, or that the sentence itself states, are not the difference.
      const shared = new Set([...(claim.slots?.entities ?? []).filter((e) => ref.slots?.entities?.includes(e)), ...sentence.entities]);
      const pageEntities = entitiesText(claim.slots, new Set([...shared].filter((e) => !sentence.entities.includes(e) || ref.slots?.entities?.includes(e))));
      const refEntities = entitiesText(ref.slots, shared);
      if (pageEntities) {
        diffs.push({ slot: 'entity', page: pageEntities || '(not stated)', preferred: refEntities || '(not stated)' });
      }
      if (!diffs.some((x) => x.slot === 'quantity') && claim.slots?.quantity && ref.slots?.quantity && q.rel === 'none') {
        diffs.push({ slot: 'quantity', page: formatQuantity(claim.slots.quantity), preferred: formatQuantity(ref.slots.quantity) });
      }
      if (!diffs.some((x) => x.slot === 'date') && claim.slots?.date && ref.slots?.date && d.rel === 'none' && claim.slots.date !== ref.slots.date) {
        diffs.push({ slot: 'date', page: formatDate(claim.slots.date), preferred: formatDate(ref.slots.date) });
      }
    }
  }

  if (conflict) return { verdict: 'conflicts', conflict: true, preferredId, slots: diffs };
  // A sentence matched to a vaguer claim still agrees when its own figure or date meets the preferred one.
  if (vaguer || (claim.lessPreciseOf && !statesPrecisely)) return { verdict: 'less-precise', conflict: false, preferredId, slots: diffs };
  return { verdict: 'agrees', conflict: false, preferredId, slots: [] };
}
