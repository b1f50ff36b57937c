/**
 * Turns a page's matches into what the popup lists: one entry per claim (with every sentence on the
 * page that states it), grouped by topic, conflicts first. Pure, so the ordering rules are tested
 * without a browser.
 */
import type { SentenceMatch } from '../core/match-types';
import type { ClaimCard, PageResult } from '../messages';
import type { Topic } from '../claims/types';

/** One sentence on the page; `matchIndex` is its position in `PageResult.matches` (what show-on-page takes). */
export interface PageSentence {
  matchIndex: number;
  text: string;
  conflict: boolean;
  verdict: SentenceMatch['verdict'];
}

/** One claim found on the page, with its card and the sentences that state it. */
export interface ClaimEntry {
  claimId: string;
  card: ClaimCard | null;
  /** True when any sentence on the page states this claim in a version the database rules out. */
  conflict: boolean;
  sentences: PageSentence[];
}

/** A topic heading with its claims. */
export interface TopicGroup {
  topic: Topic;
  label: string;
  conflict: boolean;
  claims: ClaimEntry[];
}

const TOPIC_LABELS: Partial<Record<Topic, string>> = {
  'facility-origin': 'Who built the facility',
  'gpu-count': 'GPU count',
  'gpu-types': 'GPU types',
  'access-scope': 'What Anthropic gets',
  'ramp-timeline': 'Ramp-up timeline',
  'claude-code-limits': 'Claude Code limits',
  'api-limits': 'API limits',
  'orbital-compute': 'Compute in orbit',
  ipo: 'IPO',
  'xai-spacex': 'xAI and SpaceX',
  'musk-criticism': 'Musk’s criticism',
  'musk-reversal': 'Musk’s reversal',
  pentagon: 'Pentagon',
  'compute-partners': 'Other compute partners',
  'energy-pledge': 'Energy pledge',
  'demand-reliability': 'Demand and reliability',
  'anthropic-profile': 'About Anthropic',
};

/** A reader-facing name for a topic id ("gpu-count" → "GPU count"). */
export function topicLabel(topic: Topic): string {
  const known = TOPIC_LABELS[topic];
  if (known) return known;
  const words = topic.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Groups a page result for display. Guarantees: topics with a conflict come first, then the rest in
 * the order they first appear on the page; within a topic, conflicting claims come first, then page
 * order; every match appears exactly once.
 */
export function groupClaims(result: Pick<PageResult, 'matches' | 'cards'>): TopicGroup[] {
  const byClaim = new Map<string, ClaimEntry & { topic: Topic; first: number }>();
  result.matches.forEach((m, i) => {
    let entry = byClaim.get(m.claimId);
    if (!entry) {
      entry = { claimId: m.claimId, topic: m.topic, first: m.start, card: result.cards[m.claimId] ?? null, conflict: false, sentences: [] };
      byClaim.set(m.claimId, entry);
    }
    entry.first = Math.min(entry.first, m.start);
    entry.conflict ||= m.conflict;
    entry.sentences.push({ matchIndex: i, text: m.sentence, conflict: m.conflict, verdict: m.verdict });
  });

  const byTopic = new Map<Topic, { claims: (ClaimEntry & { first: number })[]; first: number; conflict: boolean }>();
  for (const entry of byClaim.values()) {
    let g = byTopic.get(entry.topic);
    if (!g) {
      g = { claims: [], first: entry.first, conflict: false };
      byTopic.set(entry.topic, g);
    }
    g.claims.push(entry);
    g.first = Math.min(g.first, entry.first);
    g.conflict ||= entry.conflict;
  }

  const conflictFirst = (a: { conflict: boolean; first: number }, b: { conflict: boolean; first: number }) =>
    Number(b.conflict) - Number(a.conflict) || a.first - b.first;

  return [...byTopic.entries()]
    .sort((a, b) => conflictFirst(a[1], b[1]))
    .map(([topic, g]) => ({
      topic,
      label: topicLabel(topic),
      conflict: g.conflict,
      claims: g.claims.sort(conflictFirst).map(({ claimId, card, conflict, sentences }) => ({
        claimId,
        card,
        conflict,
        sentences: sentences.sort((a, b) => result.matches[a.matchIndex].start - result.matches[b.matchIndex].start),
      })),
    }));
}

/** Counts for the popup's summary line. */
export function countClaims(groups: TopicGroup[]): { claims: number; conflicts: number } {
  let claims = 0;
  let conflicts = 0;
  for (const g of groups) {
    for (const c of g.claims) {
      claims += 1;
      if (c.conflict) conflicts += 1;
    }
  }
  return { claims, conflicts };
}
