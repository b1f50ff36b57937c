/**
 * Builds the hover card's DOM for one matched sentence. Every piece of page or database text goes
 * in through `textContent`; links are made only from http(s) URLs.
 */
import { kindLabel, statusLabel, type ClaimCard } from '../core/card-model';
import type { SentenceMatch } from '../core/match-types';
import { safeUrl } from '../core/safe-url';

type Child = Node | string | null | undefined | false;

function h(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  }
  return el;
}

function link(doc: Document, text: string, url: string | null): Node {
  const href = safeUrl(url);
  if (!href) return doc.createTextNode(text);
  return h(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
}

const slotName: Record<SentenceMatch['slots'][number]['slot'], string> = { quantity: 'Figure', date: 'Date', entity: 'Who or what' };

/** What the card says about the sentence itself, in one line. */
export function verdictLine(match: SentenceMatch): string {
  if (match.conflict) return 'This sentence conflicts with the best-supported report.';
  if (match.verdict === 'less-precise') return 'This sentence is less precise than the best-supported report, but compatible.';
  return 'This sentence states a known claim.';
}

/** The statement of the best-supported version, when the sentence or its claim is not it. */
export function preferredStatement(match: SentenceMatch, card: ClaimCard): string | null {
  if (card.preferred) return card.preferred.statement;
  if (!match.preferredId || match.preferredId === card.claimId) return null;
  for (const g of card.conflicts) {
    const v = g.versions.find((x) => x.claimId === match.preferredId);
    if (v) return v.statement;
  }
  return null;
}

/** One-line summary read out by screen readers when the card opens. */
export function announcement(match: SentenceMatch, card: ClaimCard, position: { n: number; of: number }): string {
  const preferred = match.conflict ? preferredStatement(match, card) : null;
  return [
    `Deal Lens, claim ${position.n} of ${position.of}.`,
    verdictLine(match),
    `${card.statement} ${statusLabel(card.status, card.supersededOn)}.`,
    preferred ? `Best-supported version: ${preferred}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The card's content: a labelled dialog. */
export function renderCard(doc: Document, match: SentenceMatch, card: ClaimCard, position: { n: number; of: number }): HTMLElement {
  const preferred = preferredStatement(match, card);
  const showPreferred = preferred !== null && (match.conflict || card.preferred !== null);

  const reports = h(doc, 'ul', { class: 'reports' });
  for (const a of card.appearances) {
    const meta = [kindLabel(a.kind), a.author, a.date].join(' · ');
    reports.append(
      h(
        doc,
        'li',
        {},
        h(doc, 'span', { class: 'outlet' }, link(doc, a.outlet, a.url)),
        h(doc, 'span', { class: 'meta' }, ` · ${meta}`),
        a.quote ? h(doc, 'q', {}, a.quote) : null,
        a.cites.length > 0
          ? h(
              doc,
              'p',
              { class: 'cites' },
              'Cites ',
              ...a.cites.flatMap((c, i) => [i > 0 ? ', ' : '', link(doc, c.outlet, c.url)]),
              ' (as cited, not checked)',
            )
          : null,
      ),
    );
  }
  if (card.appearances.length === 0) reports.append(h(doc, 'li', {}, 'No report in the database states this claim.'));

  const conflicts = card.conflicts.map((g) =>
    h(
      doc,
      'section',
      { class: 'conflict', 'aria-label': `Conflicting versions: ${g.explanation}` },
      h(doc, 'h3', {}, 'Reports disagree'),
      h(doc, 'p', { class: 'explanation' }, g.explanation),
      h(
        doc,
        'div',
        { class: 'versions' },
        ...g.versions.map((v) =>
          h(
            doc,
            'div',
            { class: `version${v.preferred ? ' preferred' : ''}${v.claimId === card.claimId ? ' this' : ''}` },
            h(doc, 'p', { class: 'label' }, v.preferred ? 'Best supported' : v.claimId === card.claimId ? 'This claim' : 'Other version'),
            h(doc, 'p', { class: 'statement' }, v.statement),
            h(doc, 'p', { class: 'meta' }, statusLabel(v.status, null)),
            h(doc, 'p', { class: 'sources' }, `Sources: ${v.sources.length ? v.sources.join(', ') : 'none listed'}`),
          ),
        ),
      ),
    ),
  );

  const diffs =
    match.slots.length > 0
      ? h(
          doc,
          'ul',
          { class: 'diffs' },
          ...match.slots.map((d) => h(doc, 'li', {}, `${slotName[d.slot]}: this page says ${d.page}; the best-supported report says ${d.preferred}.`)),
        )
      : null;

  return h(
    doc,
    'div',
    { class: `card${match.conflict ? ' is-conflict' : ''}`, role: 'dialog', 'aria-labelledby': 'dl-claim', 'aria-describedby': 'dl-verdict', tabindex: '-1' },
    h(
      doc,
      'div',
      { class: 'top' },
      h(doc, 'span', { class: 'brand' }, `Deal Lens · claim ${position.n} of ${position.of}`),
      h(doc, 'span', { class: `status status-${card.status}` }, statusLabel(card.status, card.supersededOn)),
      h(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×'),
    ),
    h(doc, 'p', { class: 'verdict', id: 'dl-verdict' }, verdictLine(match)),
    h(doc, 'h2', { class: 'claim', id: 'dl-claim' }, card.statement),
    showPreferred ? h(doc, 'section', { class: 'preferred', 'aria-label': 'Best-supported version' }, h(doc, 'h3', {}, 'Best-supported version'), h(doc, 'p', {}, preferred)) : null,
    diffs,
    h(doc, 'section', { class: 'provenance', 'aria-label': 'Reported by' }, h(doc, 'h3', {}, 'Reported by'), reports),
    ...conflicts,
    h(doc, 'p', { class: 'asof' }, `Claim database “${card.packName}”, as of ${card.asOf}.`),
  );
}
