/**
 * Notices when the article changes (a MutationObserver, debounced, blind to our own nodes) and
 * when the page navigates in place (the Navigation API's `navigatesuccess`; `popstate` as a
 * fallback). Patching `history` would not work: the content script's world is isolated.
 */

export interface WatchOptions {
  /** True for nodes we inserted ourselves (card host, our marks). */
  isOwn(node: Node): boolean;
  /** The article's content changed (debounced). */
  onChange(): void;
  /** The page's URL changed without a full load. */
  onNavigate(): void;
  delayMs?: number;
}

/** A running watcher. `quietly` runs our own DOM edits without them counting as page changes. */
export interface PageWatcher {
  quietly<T>(edit: () => T): T;
  stop(): void;
}

function ownAncestor(node: Node | null, isOwn: (n: Node) => boolean): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (isOwn(n)) return true;
  return false;
}

/** True when a mutation record touches page content rather than only our nodes. */
export function isPageMutation(r: MutationRecord, isOwn: (n: Node) => boolean): boolean {
  if (ownAncestor(r.target, isOwn)) return false;
  if (r.type === 'characterData') return true;
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.some((n) => !isOwn(n));
}

/** Starts watching `win`'s document body and navigation. */
export function watchPage(win: Window & typeof globalThis, opts: WatchOptions): PageWatcher {
  const doc = win.document;
  const delay = opts.delayMs ?? 500;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastUrl = win.location.href.split('#')[0];

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(opts.onChange, delay);
  };
  const consider = (records: MutationRecord[]) => {
    if (records.some((r) => isPageMutation(r, opts.isOwn))) schedule();
  };
  const observer = new win.MutationObserver(consider);
  const target = doc.body ?? doc.documentElement;
  observer.observe(target, { childList: true, subtree: true, characterData: true });

  const navigated = () => {
    const url = win.location.href.split('#')[0];
    if (url === lastUrl) return;
    lastUrl = url;
    clearTimeout(timer);
    opts.onNavigate();
  };
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') nav.addEventListener('navigatesuccess', navigated);
  win.addEventListener('popstate', navigated);

  return {
    quietly(edit) {
      consider(observer.takeRecords());
      try {
        return edit();
      } finally {
        observer.takeRecords();
      }
    },
    stop() {
      clearTimeout(timer);
      observer.disconnect();
      nav?.removeEventListener('navigatesuccess', navigated);
      win.removeEventListener('popstate', navigated);
    },
  };
}
