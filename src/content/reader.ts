/**
 * The content script's reader: reads the article, asks the background which sentences carry
 * claims, paints them, and drives the hover card, keyboard navigation and re-scans.
 */
import { segmentBlockSteps } from '../core/segment';
import { isResult } from '../core/result';
import type { SentenceInput } from '../core/match-types';
import { MAX_SENTENCE_CHARS, MAX_SENTENCES, normalizeSettings, parseContentMessage, siteKey, SETTINGS_KEY, type PageResult, type Settings } from '../messages';
import type { ContentPlatform } from '../platform/types';
import { findArticleRoot, UI_HOST_TAG } from './article-root';
import { createCardHost, type Anchor, type CardHost } from './card';
import { extractSteps, type PageText } from './extract';
import { paintedAt } from './hit-test';
import { createHighlightPainter, createMarkPainter, highlightApiAvailable, type Painted, type Painter } from './paint';
import { findPublished } from './published';
import { installPageStyles } from './styles';
import { watchPage } from './watch';
import { runAtOnce, runSliced } from './yield';

/** What one reading of the page produced. */
export interface PageReading {
  root: Element;
  page: PageText;
  sentences: SentenceInput[];
  published: string | null;
}

const defaultIsOwn = (el: Element) => el.tagName.toLowerCase() === UI_HOST_TAG;

/** Reading the page as steps: extraction, then segmentation, each yielding every few hundred units. */
function* readSteps(doc: Document, isOwn: (el: Element) => boolean): Generator<void, PageReading | null> {
  const root = findArticleRoot(doc);
  if (!root) return null;
  yield;
  const page = yield* extractSteps(root, isOwn);
  // Line breaks in HTML source render as spaces, but Intl.Segmenter ends a sentence at each one.
  // Same-length replacement keeps every offset valid for the raw text.
  const flat = page.text.replace(/[\n\r\t\f\v\u2028\u2029\u0085]/g, ' ');
  const all = yield* segmentBlockSteps(flat, page.blocks);
  const sentences: SentenceInput[] = [];
  for (const s of all) {
    if (s.text.length > MAX_SENTENCE_CHARS) continue;
    if (sentences.length >= MAX_SENTENCES) break;
    sentences.push({ ...s, text: s.text.replace(/\s+/g, ' ') });
  }
  yield;
  return { root, page, sentences, published: findPublished(doc, root) };
}

/** Reads the article: root, text with node offsets, sentences, publication date. */
export function readPage(doc: Document, isOwn: (el: Element) => boolean = defaultIsOwn): PageReading | null {
  return runAtOnce(readSteps(doc, isOwn));
}

/**
 * `readPage` in slices: gives the page a turn whenever a slice of time is used up, so reading a
 * very long article never holds the page's main thread for long.
 */
export function readPageSliced(win: Window & typeof globalThis, isOwn: (el: Element) => boolean = defaultIsOwn): Promise<PageReading | null> {
  return runSliced(win, readSteps(win.document, isOwn));
}

/** The running reader of one page; `rescan` is what a second injection or a `rescan` message calls. */
export interface Reader {
  rescan(): Promise<void>;
  stop(): void;
}

/** Starts the reader on `win`'s document. */
export function startReader(win: Window & typeof globalThis, platform: ContentPlatform): Reader {
  const doc = win.document;
  const card: CardHost = createCardHost(doc);
  const isOwn = (el: Element) => el === card.element || el.tagName.toLowerCase() === UI_HOST_TAG;

  let settings: Settings = normalizeSettings(null);
  let painter: Painter | null = null;
  let reading: PageReading | null = null;
  let result: PageResult | null = null;
  let painted: Painted[] = [];
  let current = -1;
  let seq = 0;
  let stopped = false;

  const paused = () => settings.pausedHosts.map(siteKey).includes(siteKey(win.location.hostname));

  const choosePainter = (): Painter => {
    const wantMarks = settings.painter === 'markjs' || !highlightApiAvailable(win);
    if (painter && painter.name === (wantMarks ? 'markjs' : 'highlight-api')) return painter;
    painter?.clear();
    painter = wantMarks ? createMarkPainter(doc) : createHighlightPainter(win);
    return painter;
  };

  let paintSeq = 0;
  const unpaint = () => {
    paintSeq++; // stops a sliced paint still in progress
    watcher.quietly(() => painter?.clear());
    painted = [];
    current = -1;
    card.close();
  };

  const paint = async (): Promise<void> => {
    if (!reading || !result) return;
    installPageStyles(doc);
    const p = choosePainter();
    const items = result.matches.map((m, index) => ({ index, conflict: m.conflict, start: m.start, end: m.end }));
    const { root, page } = reading;
    const mine = ++paintSeq;
    if (!('paintSteps' in p)) {
      painted = watcher.quietly(() => p.paint(root, page, items));
      current = -1;
      return;
    }
    // mark.js edits the DOM and is slow on long articles: paint a few sentences per step, each
    // step's edits hidden from our own watcher, in time slices; a newer paint or unpaint stops it.
    const steps = (p as ReturnType<typeof createMarkPainter>).paintSteps(root, page, items);
    const quiet = function* (): Generator<void, Painted[] | null> {
      for (;;) {
        if (mine !== paintSeq) return null;
        const r = watcher.quietly(() => steps.next());
        if (r.done) return r.value;
        yield;
      }
    };
    const out = await runSliced(win, quiet());
    if (out === null || mine !== paintSeq) return;
    painted = out;
    current = -1;
  };

  /**
   * Reads the page and asks the background. Unless `force`d, an unchanged article text is not
   * sent again: the stored result is repainted locally if the page replaced the nodes.
   */
  const scan = async (force = true): Promise<void> => {
    if (stopped) return;
    const mine = ++seq;
    if (paused()) {
      unpaint();
      reading = null;
      result = null;
      await platform.sendMessage({ type: 'scan', url: win.location.href, title: doc.title, published: null, sentences: [] }).catch(() => undefined);
      return;
    }
    let next = await readPageSliced(win, isOwn);
    if (!next || mine !== seq || stopped) return;
    if (!force && reading && result && next.page.text === reading.page.text) {
      // Same article text (our marks add none): keep the paint if every sentence is still covered.
      if (paintIntact()) return;
      if (painter?.name === 'markjs') {
        unpaint();
        next = await readPageSliced(win, isOwn);
        if (!next || mine !== seq || stopped) return;
      }
      reading = next;
      await paint();
      return;
    }
    if (painter?.name === 'markjs') {
      // mark.js split text nodes: read the page again without our marks.
      unpaint();
      next = await readPageSliced(win, isOwn);
      if (!next || mine !== seq || stopped) return;
    }
    const reply = await platform
      .sendMessage({ type: 'scan', url: win.location.href, title: doc.title, published: next.published, sentences: next.sentences })
      .catch((e: unknown) => ({ ok: false, error: String(e) }));
    if (mine !== seq || stopped) return;
    if (!isResult(reply) || !reply.ok) {
      console.warn('Deal Lens: scan failed', isResult(reply) && !reply.ok ? reply.error : reply);
      return;
    }
    card.close();
    reading = next;
    result = reply.value as PageResult;
    await paint();
  };

  /** True when every painted range still covers exactly its sentence. */
  const paintIntact = (): boolean => {
    if (!result) return false;
    const painted_ = painted;
    if (painted_.length !== result.matches.length) return false;
    return painted_.every((p) => {
      const m = result!.matches[p.index];
      return m !== undefined && p.range.toString().replace(/\s+/g, ' ').trim() === m.sentence.replace(/\s+/g, ' ').trim();
    });
  };

  const anchorOf = (item: Painted): Anchor => {
    const first = item.range.getClientRects()[0];
    const box = item.range.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, left: first?.left ?? box.left };
  };

  let openItem: Painted | null = null;
  let anchorDx = 0;

  const openFor = (item: Painted, anchor: Anchor, focus: boolean) => {
    if (!result) return;
    openItem = item;
    anchorDx = anchor.left - (item.range.getClientRects()[0]?.left ?? anchor.left);
    const match = result.matches[item.index];
    const claimCard = match ? result.cards[match.claimId] : undefined;
    if (!match || !claimCard) return;
    current = painted.indexOf(item);
    card.open(match, claimCard, { n: current + 1, of: painted.length }, anchor, focus);
  };

  const showPainted = (item: Painted, focus: boolean) => {
    // The element holding the sentence's first character: for a range set around our <mark>
    // elements the start container is their parent, so take the child at the start offset.
    const c = item.range.startContainer;
    const atStart = c.nodeType === Node.ELEMENT_NODE ? c.childNodes[item.range.startOffset] : null;
    const el = atStart instanceof Element ? atStart : c.nodeType === Node.ELEMENT_NODE ? (c as Element) : c.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    painter?.flash(item);
    openFor(item, anchorOf(item), focus);
  };

  // ---- hover ----------------------------------------------------------------------------------
  let hovered: Painted | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let insideCard = false;
  let frame = 0;
  let lastPoint = { x: 0, y: 0, target: null as EventTarget | null };

  const scheduleClose = () => {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (!insideCard && !hovered) card.close();
    }, 350);
  };
  card.onHover((inside) => {
    insideCard = inside;
    if (inside) clearTimeout(closeTimer);
    else scheduleClose();
  });

  const onPointerMove = (e: PointerEvent) => {
    lastPoint = { x: e.clientX, y: e.clientY, target: e.target };
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (lastPoint.target === card.element) return;
      const hit = paintedAt(doc, painted, lastPoint.x, lastPoint.y);
      const item = hit?.item ?? null;
      if (item === hovered) return;
      hovered = item;
      clearTimeout(openTimer);
      if (item && hit) {
        clearTimeout(closeTimer);
        // Below (or above) the whole sentence, so the card never hides the words it explains.
        const box = item.range.getBoundingClientRect();
        const anchor = { top: Math.min(box.top, hit.rect.top), bottom: Math.max(box.bottom, hit.rect.bottom), left: lastPoint.x - 40 };
        openTimer = setTimeout(() => openFor(item, anchor, false), 120);
      } else if (card.isOpen()) {
        scheduleClose();
      }
    });
  };

  // ---- keyboard -------------------------------------------------------------------------------
  const isEditable = (t: EventTarget | null): boolean =>
    t instanceof Element && (t.matches('input, textarea, select') || (t as HTMLElement).isContentEditable === true);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card.isOpen()) {
      card.close();
      e.stopPropagation();
      return;
    }
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || isEditable(e.target)) return;
    const step = e.code === 'KeyJ' ? 1 : e.code === 'KeyK' ? -1 : 0;
    if (step === 0 || painted.length === 0) return;
    e.preventDefault();
    e.stopPropagation();
    const base = current < 0 ? (step > 0 ? -1 : 0) : current;
    const next = (base + step + painted.length) % painted.length;
    showPainted(painted[next], true);
  };

  // Keep an open card beside its sentence while the page scrolls; close it once the sentence is gone.
  let scrollFrame = 0;
  const onScroll = () => {
    if (scrollFrame || !card.isOpen() || !openItem) return;
    scrollFrame = win.requestAnimationFrame(() => {
      scrollFrame = 0;
      if (!openItem || !card.isOpen()) return;
      const r = openItem.range.getClientRects()[0];
      const box = openItem.range.getBoundingClientRect();
      const vh = doc.documentElement.clientHeight;
      if (!r || box.bottom < 0 || box.top > vh) card.close();
      else card.move({ top: box.top, bottom: box.bottom, left: r.left + anchorDx });
    });
  };

  // ---- messages, settings, page changes -------------------------------------------------------
  platform.onMessage((message) => {
    const m = parseContentMessage(message);
    if (!m) return undefined;
    if (m.type === 'rescan') return scan(true).then(() => ({ ok: true, value: null }));
    const item = painted.find((p) => p.index === m.index);
    if (!item) return Promise.resolve({ ok: false, error: 'that claim is not painted on this page' });
    showPainted(item, true);
    return Promise.resolve({ ok: true, value: null });
  });

  platform.onLocalChanged((key, value) => {
    if (key !== SETTINGS_KEY) return;
    const before = settings;
    settings = normalizeSettings(value);
    const wasPaused = before.pausedHosts.map(siteKey).includes(siteKey(win.location.hostname));
    if (paused() !== wasPaused) {
      void scan();
    } else if (before.painter !== settings.painter && result) {
      unpaint();
      void scan();
    }
  });

  const watcher = watchPage(win, {
    isOwn: (node) => node === card.element || (node instanceof Element && (isOwn(node) || node.matches('mark[data-deal-lens-index]'))),
    onChange: () => void scan(false),
    onNavigate: () => {
      unpaint();
      void scan();
    },
  });

  doc.addEventListener('pointermove', onPointerMove, { passive: true });
  win.addEventListener('scroll', onScroll, { passive: true, capture: true });
  win.addEventListener('keydown', onKeyDown, true);

  void platform.local
    .get(SETTINGS_KEY)
    .then((v) => {
      settings = normalizeSettings(v);
    })
    .catch(() => undefined)
    .then(() => scan());

  return {
    rescan: () => scan(true),
    stop() {
      stopped = true;
      watcher.stop();
      unpaint();
      doc.removeEventListener('pointermove', onPointerMove);
      win.removeEventListener('scroll', onScroll, true);
      win.removeEventListener('keydown', onKeyDown, true);
      card.element.remove();
    },
  };
}
