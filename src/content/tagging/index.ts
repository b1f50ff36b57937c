/**
 * Tagging on the page: selecting article text offers "Tag passage"; the context menu and the
 * keyboard command open the same dialog. Saved tags go to the background (the only writer of the
 * database); on every visit the page's tags are re-anchored and painted as `deal-lens-tag`, and
 * what could not be found is reported to the popup as orphans. Reading, re-anchoring and painting
 * run in time slices, so a long article with many tags never holds the page's main thread long.
 */
import { anchorAllSteps, type AnchorResult } from '../../core/annotations/anchor';
import type { AnchorReport, ClaimSuggestion, PageAnnotations } from '../../core/annotations/messages';
import { parseTaggingMessage } from '../../core/annotations/messages';
import { createAnnotation, fieldsOf, quoteOf, positionOf, updateAnnotation, type Annotation, type TagFields } from '../../core/annotations/model';
import { describeRange } from '../../core/annotations/selectors';
import { canonicalUrl } from '../../core/annotations/url-identity';
import { isResult, type Result } from '../../core/result';
import type { ContentPlatform } from '../../platform/types';
import { normalizeSettings, SETTINGS_KEY, type Settings } from '../../messages';
import { rangeToOffsets, readTagText, readTagTextSteps, type TagText } from './page-text';
import { clearAllTags, createTagHighlightPainter, createTagMarkPainter, TAG_MARK_ATTR, wantedTagPainter, type TagPainter } from './paint-tags';
import { createTagUi } from './tag-ui';
import { watchPage } from '../watch';
import { runSliced } from '../yield';

interface Placed {
  annotation: Annotation;
  result: AnchorResult;
  range: Range | null;
  /** The page text the tag was painted over (empty when it was not painted). */
  painted: string;
}

/** Text compared without any whitespace: block separators and line breaks are not the passage. */
const bare = (s: string) => s.replace(/\s+/g, '');

/** The running tagging feature of one page. */
export interface Tagging {
  /** Fetches the page's tags again and re-anchors them. */
  reload(): Promise<void>;
  stop(): void;
}

async function ask<T>(platform: ContentPlatform, message: Record<string, unknown>, tries = 3): Promise<Result<T>> {
  let last: Result<T> = { ok: false, error: 'no reply' };
  for (let i = 0; i < tries; i++) {
    const reply = await platform.sendMessage(message).catch((e: unknown) => ({ ok: false, error: String(e) }));
    if (isResult(reply)) {
      if (reply.ok) return reply as Result<T>;
      const error = String((reply as { error: string }).error);
      last = { ok: false, error };
      // A rejected request will be rejected again; only a missing reply (worker waking, or stopped
      // before it answered) is retried. Saves are idempotent by id, so a retry never duplicates.
      if (!/Receiving end|no reply|context invalidated|message port closed|message channel closed/i.test(error)) return last;
    }
    await new Promise((r) => setTimeout(r, 150 * (i + 1)));
  }
  return last;
}

function report(p: Placed): AnchorReport {
  const r = p.result;
  if (r.status === 'fuzzy') return { id: p.annotation.id, status: 'fuzzy', changes: r.changes };
  if (r.status === 'orphan') return { id: p.annotation.id, status: 'orphan', reason: r.reason };
  return { id: p.annotation.id, status: r.status };
}

/** Starts tagging on `win`'s document. */
export function startTagging(win: Window & typeof globalThis, platform: ContentPlatform): Tagging {
  const doc = win.document;
  const ui = createTagUi(doc);
  let source = '';
  let tagsUsed: string[] = [];
  let placed: Placed[] = [];
  let text: TagText | null = null;
  let stopped = false;
  let settings: Settings = normalizeSettings(null);
  let painter: TagPainter | null = null;

  const canonicalHref = () => doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;

  const clearPaint = () => {
    watcher.quietly(() => (painter ? painter.clear() : clearAllTags(win)));
  };

  const choosePainter = (): TagPainter => {
    const want = wantedTagPainter(win, settings.painter);
    if (painter?.name === want) return painter;
    clearPaint();
    painter = want === 'markjs' ? createTagMarkPainter(doc) : createTagHighlightPainter(win);
    return painter;
  };

  // Each placement has a number; a newer one (a save, a page change, new settings) stops an older
  // one between two steps, so only the latest reading of the page is ever painted.
  let placeSeq = 0;
  let placing: Promise<void> = Promise.resolve();

  /** Runs `steps` until done, or returns null as soon as `current` says a newer placement began. */
  function* unlessStale<T>(steps: Generator<void, T>, current: () => boolean, edit = <R>(f: () => R) => f()): Generator<void, T | null> {
    for (;;) {
      if (!current()) return null;
      const r = edit(() => steps.next());
      if (r.done) return r.value;
      yield;
    }
  }

  /**
   * Reading, re-anchoring and painting as one run of steps, so one slice of time covers the seams
   * between them too (three runs back to back would let a slice of each share one task).
   */
  function* placementSteps(annotations: Annotation[], mine: number, reading?: TagText | null): Generator<void, void> {
    const current = () => mine === placeSeq && !stopped;
    if (annotations.length === 0) {
      // Nothing to anchor: skip reading the article (a long one costs a long task for nothing).
      placed = [];
      clearPaint();
      return;
    }
    const t = reading !== undefined ? reading : yield* unlessStale(readTagTextSteps(doc), current);
    if (!current()) return;
    text = t;
    if (!t) {
      placed = annotations.map((annotation) => ({ annotation, result: { status: 'orphan', reason: 'the page has no text' }, range: null, painted: '' }));
      clearPaint();
      return;
    }
    const targets = annotations.map((a) => ({ quote: quoteOf(a), position: positionOf(a) }));
    const results = yield* unlessStale(anchorAllSteps(t.page.text, targets), current);
    if (!results || !current()) return;
    const p = choosePainter();
    const items = results.flatMap((r, index) => (r.status === 'orphan' ? [] : [{ index, start: r.start, end: r.end }]));
    // Each painting step's DOM edits (marks) are hidden from our own watcher.
    const ranges = yield* unlessStale(p.paintSteps(t.root, t.page, items), current, (f) => watcher.quietly(f));
    if (!ranges || !current()) return;
    placed = annotations.map((annotation, i) => {
      const result = results[i];
      const range = ranges.get(i) ?? null;
      const painted = range && result.status !== 'orphan' ? t.page.text.slice(result.start, result.end) : '';
      return { annotation, result, range, painted };
    });
  }

  const runPlacement = (steps: Generator<void, void>): Promise<void> => {
    placing = runSliced(win, steps).catch((e: unknown) => console.warn('Deal Lens: tags not placed', e));
    return placing;
  };

  /** Re-anchors and repaints `annotations` in time slices; resolves once painted (or a newer call took over). */
  const place = (annotations: Annotation[]): Promise<void> => runPlacement(placementSteps(annotations, ++placeSeq));

  /**
   * After a page change: when the article text is the same and every painted tag still covers its
   * text (another script's marks may have split nodes around ours), only the ranges are refreshed;
   * otherwise the tags are re-anchored. Never repainting an intact page keeps our marks and the
   * reader's marks from answering each other's edits forever.
   */
  const refresh = (): Promise<void> => {
    const before = placeSeq;
    const steps = function* (): Generator<void, void> {
      const t = yield* unlessStale(readTagTextSteps(doc), () => before === placeSeq && !stopped);
      if (before !== placeSeq || stopped || ui.isDialogOpen()) return;
      if (t && text && painter && t.page.text === text.page.text) {
        const now = painter.rangesNow();
        const intact = placed.every((p, i) => !p.painted || bare(now.get(i)?.toString() ?? '') === bare(p.painted));
        if (intact) {
          text = t;
          placed = placed.map((p, i) => ({ ...p, range: p.painted ? (now.get(i) ?? null) : null }));
          return;
        }
      }
      yield* placementSteps(placed.map((p) => p.annotation), ++placeSeq, t);
    };
    return runPlacement(steps());
  };

  const reload = async () => {
    if (stopped) return;
    const reply = await ask<PageAnnotations>(platform, { type: 'annotations-for-page', url: win.location.href, canonical: canonicalHref() });
    if (!reply.ok || stopped) return;
    source = reply.value.source;
    tagsUsed = reply.value.tagsUsed;
    await place(reply.value.annotations);
  };

  const suggest = (quote: string): Promise<ClaimSuggestion | null> =>
    ask<ClaimSuggestion | null>(platform, { type: 'annotation-suggest-claim', text: quote.slice(0, 5000) }, 1).then((r) => (r.ok ? r.value : null));

  const save = async (annotation: Annotation): Promise<string | null> => {
    const reply = await ask<Annotation>(platform, { type: 'annotation-save', annotation });
    if (!reply.ok) return `Not saved: ${reply.error}`;
    const others = placed.filter((p) => p.annotation.id !== annotation.id).map((p) => p.annotation);
    void place([...others, reply.value]);
    tagsUsed = [...new Set([...tagsUsed, ...fieldsOf(reply.value).tags])];
    ui.say('Tag saved.');
    return null;
  };

  /** Opens the dialog for the current selection; false when nothing taggable is selected. */
  const tagSelection = (): boolean => {
    const sel = win.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) {
      ui.say('Select a passage of the article first, then tag it.');
      return false;
    }
    text = readTagText(doc);
    const offsets = text ? rangeToOffsets(text.page, sel.getRangeAt(0)) : null;
    const selectors = text && offsets ? describeRange(text.page.text, offsets.start, offsets.end) : null;
    if (!selectors) {
      ui.say('That selection is not part of the article text.');
      return false;
    }
    ui.hideButton();
    const blank: TagFields = { verdict: null, tags: [], note: '', claimId: null };
    ui.openDialog({
      title: 'Tag passage',
      quote: selectors.quote.exact,
      fields: blank,
      tagsUsed,
      suggestion: suggest(selectors.quote.exact),
      onSave: async (fields) => {
        // The id is made here, once: retried writes of this tag can never duplicate it.
        const annotation = createAnnotation({ ...fields, source: source || canonicalUrl(win.location.href, canonicalHref()), title: doc.title, quote: selectors.quote, position: selectors.position });
        return save(annotation);
      },
    });
    return true;
  };

  const editTag = (p: Placed) => {
    ui.hideButton();
    const q = quoteOf(p.annotation);
    ui.openDialog({
      title: 'Edit tag',
      quote: p.result.status === 'fuzzy' ? p.result.found : q.exact,
      fields: fieldsOf(p.annotation),
      tagsUsed,
      suggestion: suggest(q.exact),
      changes: p.result.status === 'fuzzy' ? p.result.changes : undefined,
      onSave: (fields) => save(updateAnnotation(p.annotation, fields)),
      onDelete: async () => {
        const reply = await ask<boolean>(platform, { type: 'annotation-delete', id: p.annotation.id });
        if (!reply.ok) return `Not deleted: ${reply.error}`;
        void place(placed.filter((x) => x.annotation.id !== p.annotation.id).map((x) => x.annotation));
        ui.say('Tag deleted.');
        return null;
      },
    });
  };

  // ---- selection → button ---------------------------------------------------------------------
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onSelectionChange = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (ui.isDialogOpen()) return;
      const sel = win.getSelection();
      if (!sel || sel.rangeCount === 0) return ui.hideButton();
      const range = sel.getRangeAt(0);
      if (ui.element.contains(range.commonAncestorContainer)) return;
      if (!sel.isCollapsed && sel.toString().trim()) {
        const root = (text ?? readTagText(doc))?.root;
        if (!root || !root.contains(range.commonAncestorContainer.nodeType === 1 ? range.commonAncestorContainer : range.commonAncestorContainer.parentNode)) {
          // A selection partly outside the article still tags the article part.
          if (!root || !range.intersectsNode(root)) return ui.hideButton();
        }
        const rects = range.getClientRects();
        const rect = rects[rects.length - 1] ?? range.getBoundingClientRect();
        ui.showButton(rect, 'Tag passage', () => void tagSelection());
        return;
      }
      // A click inside a painted tag offers to edit it.
      const hit = placed.find((p) => p.range && p.range.isPointInRange(range.startContainer, range.startOffset));
      if (hit?.range) {
        const rects = hit.range.getClientRects();
        ui.showButton(rects[rects.length - 1] ?? hit.range.getBoundingClientRect(), 'Edit tag', () => editTag(hit));
      } else ui.hideButton();
    }, 120);
  };
  doc.addEventListener('selectionchange', onSelectionChange);

  // ---- messages from the background -----------------------------------------------------------
  platform.onMessage((message) => {
    const m = parseTaggingMessage(message);
    if (!m) return undefined;
    if (m.type === 'tag-selection') return Promise.resolve({ ok: true, value: tagSelection() });
    if (m.type === 'tags-changed') return reload().then(() => ({ ok: true, value: null }));
    // A placement still in progress is finished first: the popup never sees a half-anchored page.
    return placing.then(() => ({ ok: true, value: { url: win.location.href, source, title: doc.title, anchors: placed.map(report) } }));
  });

  // Articles that fill in after load (or change in place) are re-anchored; a new URL loads its own tags.
  const watcher = watchPage(win, {
    isOwn: (node) =>
      node === ui.element ||
      (node instanceof Element && (node.tagName.toLowerCase() === ui.element.tagName.toLowerCase() || node.matches(`mark[data-deal-lens-index], mark[${TAG_MARK_ATTR}]`))),
    onChange: () => {
      if (!ui.isDialogOpen() && placed.length) void refresh();
    },
    onNavigate: () => void reload(),
  });

  // The painter follows the reader's setting (mark.js when chosen, or where highlights are missing).
  platform.onLocalChanged((key, value) => {
    if (key !== SETTINGS_KEY) return;
    const before = settings.painter;
    settings = normalizeSettings(value);
    if (wantedTagPainter(win, settings.painter) !== wantedTagPainter(win, before) && placed.length) void place(placed.map((p) => p.annotation));
  });
  const settingsRead = platform.local
    .get(SETTINGS_KEY)
    .then((v) => {
      settings = normalizeSettings(v);
    })
    .catch(() => undefined);

  void settingsRead.then(reload);
  return {
    reload,
    stop() {
      stopped = true;
      watcher.stop();
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', onSelectionChange);
      placeSeq++;
      if (painter) painter.clear();
      else clearAllTags(win);
      ui.closeDialog();
      ui.element.remove();
    },
  };
}
