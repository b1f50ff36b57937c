/**
 * The annotation we store and export: the W3C Web Annotation data model (https://www.w3.org/TR/annotation-model/),
 * narrowed to what a fact-checker's tag needs. Pure data and helpers; no browser APIs.
 */

/** A fact-checker's verdict on a passage (the value of the `assessing` body). */
export const VERDICTS = ['accurate', 'inaccurate', 'misleading', 'unsupported', 'needs-context', 'opinion'] as const;
export type TagVerdict = (typeof VERDICTS)[number];

/** Labels shown to people (dialog radio buttons, exports). */
export const VERDICT_LABELS: Record<TagVerdict, string> = {
  accurate: 'Accurate',
  inaccurate: 'Inaccurate',
  misleading: 'Misleading',
  unsupported: 'Unsupported',
  'needs-context': 'Needs context',
  opinion: 'Opinion',
};

/** Characters of context kept on each side of the quote. */
export const CONTEXT_CHARS = 32;

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Prefix of claim references in linking bodies (the claim id follows). */
export const CLAIM_URN_PREFIX = 'urn:deal-lens:claim:';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnnotationTarget {
  /** The page's canonical URL (see url-identity.ts). */
  source: string;
  title: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

/** A plain-text body: verdict (`assessing`), one tag (`tagging`) or the note (`commenting`). */
export interface TextualBody {
  type: 'TextualBody';
  purpose: 'assessing' | 'tagging' | 'commenting';
  value: string;
  format?: 'text/plain';
}

/** A link to a claim in the claim database. */
export interface ClaimLinkBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string;
}

export type AnnotationBody = TextualBody | ClaimLinkBody;

export interface Annotation {
  '@context': typeof ANNO_CONTEXT;
  /** Made once, when the tag is created (`urn:uuid:…`): writing the same annotation twice cannot duplicate it. */
  id: string;
  type: 'Annotation';
  motivation: 'assessing' | 'tagging' | 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: AnnotationBody[];
  target: AnnotationTarget;
}

/** The editable parts of a tag, as the dialog and the popup see them. */
export interface TagFields {
  verdict: TagVerdict | null;
  tags: string[];
  note: string;
  claimId: string | null;
}

/** Everything needed to create an annotation; `id` and `now` are injectable for tests. */
export interface NewAnnotationInput extends TagFields {
  source: string;
  title: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  id?: string;
  now?: Date;
}

/** A fresh `urn:uuid:` id (crypto.randomUUID is present in extension pages, workers and Node 20). */
export function newAnnotationId(): string {
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}

/** Tags trimmed, inner whitespace collapsed, empty and case-insensitive duplicates dropped, order kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, 80);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Builds the bodies for the given fields; empty note and no verdict produce no body. */
export function buildBodies(fields: TagFields): AnnotationBody[] {
  const bodies: AnnotationBody[] = [];
  if (fields.verdict) bodies.push({ type: 'TextualBody', purpose: 'assessing', value: fields.verdict });
  for (const tag of normaliseTags(fields.tags)) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const note = fields.note.trim();
  if (note) bodies.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' });
  if (fields.claimId) bodies.push({ type: 'SpecificResource', purpose: 'linking', source: CLAIM_URN_PREFIX + fields.claimId });
  return bodies;
}

/** The main motivation follows the strongest body: a verdict assesses, a note comments, tags tag. */
function motivationOf(fields: TagFields): Annotation['motivation'] {
  if (fields.verdict) return 'assessing';
  if (fields.note.trim()) return 'commenting';
  if (normaliseTags(fields.tags).length) return 'tagging';
  return 'highlighting';
}

/** Creates an annotation with a new id (or the given one) and created = modified = now. */
export function createAnnotation(input: NewAnnotationInput): Annotation {
  const now = (input.now ?? new Date()).toISOString();
  return {
    '@context': ANNO_CONTEXT,
    id: input.id ?? newAnnotationId(),
    type: 'Annotation',
    motivation: motivationOf(input),
    created: now,
    modified: now,
    body: buildBodies(input),
    target: {
      source: input.source,
      title: input.title,
      selector: [{ ...input.quote }, { ...input.position }],
    },
  };
}

/** Returns a copy with new fields and `modified` = now; id, created and target are kept. */
export function updateAnnotation(a: Annotation, fields: TagFields, now: Date = new Date()): Annotation {
  return { ...a, motivation: motivationOf(fields), body: buildBodies(fields), modified: now.toISOString() };
}

function textual(a: Annotation, purpose: TextualBody['purpose']): string[] {
  return a.body.filter((b): b is TextualBody => b.type === 'TextualBody' && b.purpose === purpose).map((b) => b.value);
}

/** The verdict, or null when the tag has none. */
export function verdictOf(a: Annotation): TagVerdict | null {
  const v = textual(a, 'assessing')[0];
  return v && (VERDICTS as readonly string[]).includes(v) ? (v as TagVerdict) : null;
}

export function tagsOf(a: Annotation): string[] {
  return textual(a, 'tagging');
}

export function noteOf(a: Annotation): string {
  return textual(a, 'commenting').join('\n\n');
}

export function claimIdOf(a: Annotation): string | null {
  const link = a.body.find((b): b is ClaimLinkBody => b.type === 'SpecificResource' && b.purpose === 'linking');
  return link && link.source.startsWith(CLAIM_URN_PREFIX) ? link.source.slice(CLAIM_URN_PREFIX.length) : null;
}

/** The editable fields of an annotation (inverse of buildBodies). */
export function fieldsOf(a: Annotation): TagFields {
  return { verdict: verdictOf(a), tags: tagsOf(a), note: noteOf(a), claimId: claimIdOf(a) };
}

export function quoteOf(a: Annotation): TextQuoteSelector {
  return a.target.selector[0];
}

export function positionOf(a: Annotation): TextPositionSelector {
  return a.target.selector[1];
}
