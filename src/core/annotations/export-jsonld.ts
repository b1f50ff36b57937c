/**
 * Export as W3C Web Annotation JSON-LD: one AnnotationCollection whose first page holds every
 * annotation. `import.ts` reads this back without loss.
 */
import { ANNO_CONTEXT, type Annotation } from './model.ts';

export interface AnnotationPage {
  type: 'AnnotationPage';
  startIndex: number;
  items: Annotation[];
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { id: string; type: 'Software'; name: string };
  generated: string;
  first: AnnotationPage;
}

/** Newest first by creation: the order the annotations page shows. */
export function byCreatedDesc(a: Annotation, b: Annotation): number {
  return a.created < b.created ? 1 : a.created > b.created ? -1 : a.id < b.id ? -1 : 1;
}

/** Wraps annotations in a collection (annotations are copied, not shared). */
export function toAnnotationCollection(
  annotations: readonly Annotation[],
  options: { now?: Date; label?: string } = {},
): AnnotationCollection {
  const items = [...annotations].sort(byCreatedDesc).map((a) => structuredClone(a));
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${globalThis.crypto.randomUUID()}`,
    type: 'AnnotationCollection',
    label: options.label ?? 'Deal Lens annotations',
    total: items.length,
    generator: { id: 'urn:deal-lens', type: 'Software', name: 'Deal Lens' },
    generated: (options.now ?? new Date()).toISOString(),
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The collection as a file's text (indented JSON). */
export function exportJsonLd(annotations: readonly Annotation[], options: { now?: Date; label?: string } = {}): string {
  return `${JSON.stringify(toAnnotationCollection(annotations, options), null, 2)}\n`;
}
