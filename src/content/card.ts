/**
 * The hover card's container: our own host element with a closed shadow root, so page styles
 * cannot reach in (the host resets every inherited property) and our styles cannot leak out.
 * Opening announces the card through a live region.
 */
import type { ClaimCard } from '../core/card-model';
import type { SentenceMatch } from '../core/match-types';
import { UI_HOST_TAG } from './article-root';
import { announcement, renderCard } from './card-view';

const CARD_CSS = `
:host { all: initial; }
.wrap { all: initial; position: fixed; z-index: 2147483647; inset: auto; display: block; }
.card {
  box-sizing: border-box; width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 560px); overflow: auto;
  background: #fffdf8; color: #1d1d1f; border: 1px solid #b9b2a4; border-radius: 8px;
  box-shadow: 0 8px 28px rgba(0,0,0,.22); padding: 12px 14px; outline: none;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
.card.is-conflict { border-top: 4px solid #c62828; }
.card:not(.is-conflict) { border-top: 4px solid #e0a800; }
.top { display: flex; align-items: center; gap: 8px; font-size: 11px; color: #5b5b5b; }
.brand { flex: 1; font-weight: 600; letter-spacing: .02em; }
.status { border: 1px solid currentColor; border-radius: 10px; padding: 0 7px; font-weight: 600; white-space: nowrap; }
.status-corroborated { color: #2e6b4f; } .status-single-source, .status-unverified { color: #6a5d00; }
.status-disputed, .status-contradicted { color: #b3261e; } .status-superseded { color: #5a4b8a; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 0 4px; color: #333; }
.close:focus-visible { outline: 2px solid #1a73e8; }
.verdict { margin: 8px 0 2px; font-size: 12px; color: #444; }
.is-conflict .verdict { color: #b3261e; font-weight: 600; }
h2.claim { margin: 2px 0 8px; font-size: 15px; line-height: 1.35; font-weight: 650; }
h3 { margin: 10px 0 4px; font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: #666; }
.preferred { background: #eef6f0; border-left: 3px solid #2e6b4f; padding: 4px 8px; }
.preferred p { margin: 0 0 4px; }
ul { margin: 0; padding-left: 16px; } li { margin: 3px 0; }
.diffs { color: #7a1d17; }
.outlet { font-weight: 600; } .meta { color: #555; }
q { display: block; color: #333; font-style: italic; margin: 2px 0; }
.cites { margin: 2px 0; font-size: 12px; color: #555; }
a { color: #1558b0; text-decoration: underline; }
.explanation { margin: 0 0 6px; }
.versions { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 6px; }
.version { border: 1px solid #d9d2c3; border-radius: 6px; padding: 6px; }
.version.preferred { border-color: #2e6b4f; background: #eef6f0; }
.version.this { box-shadow: inset 0 0 0 1px #c62828; }
.version .label { margin: 0; font-size: 11px; font-weight: 700; color: #555; }
.version p { margin: 2px 0; }
.asof { margin: 10px 0 0; font-size: 11px; color: #666; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** Where to anchor the card: a rectangle in viewport coordinates (a highlighted line). */
export interface Anchor {
  top: number;
  bottom: number;
  left: number;
}

/** The one hover card of a page. */
export interface CardHost {
  /** Shows the card for a sentence next to `anchor`; `focus` moves keyboard focus into it. */
  open(match: SentenceMatch, card: ClaimCard, position: { n: number; of: number }, anchor: Anchor, focus: boolean): void;
  /** Moves the open card next to a new anchor (after the page scrolled). */
  move(anchor: Anchor): void;
  close(): void;
  isOpen(): boolean;
  /** The host element (our own node: observers and extraction skip it). */
  element: HTMLElement;
  /** Called when the pointer enters or leaves the card. */
  onHover(cb: (inside: boolean) => void): void;
}

/** Creates the host lazily attached to `<html>`, outside the article. */
export function createCardHost(doc: Document): CardHost {
  const host = doc.createElement(UI_HOST_TAG);
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('top', '0', 'important');
  host.style.setProperty('left', '0', 'important');
  host.style.setProperty('width', '0', 'important');
  host.style.setProperty('height', '0', 'important');
  host.style.setProperty('z-index', '2147483647', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const wrap = doc.createElement('div');
  wrap.className = 'wrap';
  wrap.hidden = true;
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.append(style, wrap, live);

  let open = false;
  let returnFocus: Element | null = null;
  let hoverCb: (inside: boolean) => void = () => undefined;
  host.addEventListener('pointerenter', () => hoverCb(true));
  host.addEventListener('pointerleave', () => hoverCb(false));

  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** Below the anchor when it fits, else above; always inside the viewport. */
  const place = (anchor: Anchor) => {
    const vw = doc.documentElement.clientWidth || 800;
    const vh = doc.documentElement.clientHeight || 600;
    const width = Math.min(380, vw - 16);
    const left = Math.max(8, Math.min(anchor.left, vw - width - 8));
    const height = wrap.firstElementChild?.getBoundingClientRect().height || 240;
    const below = anchor.bottom + 6;
    const top = below + height <= vh - 8 || anchor.top - height - 6 < 8 ? below : anchor.top - height - 6;
    wrap.style.left = `${left}px`;
    wrap.style.top = `${Math.max(8, Math.min(top, vh - 40))}px`;
  };

  const close = () => {
    if (!open) return;
    open = false;
    const hadFocus = root.activeElement !== null;
    wrap.hidden = true;
    wrap.replaceChildren();
    live.textContent = '';
    if (hadFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  return {
    element: host,
    isOpen: () => open,
    onHover(cb) {
      hoverCb = cb;
    },
    close,
    move(anchor) {
      if (open) place(anchor);
    },
    open(match, card, position, anchor, focus) {
      if (!host.isConnected) doc.documentElement.append(host);
      const view = renderCard(doc, match, card, position);
      view.querySelector('button.close')?.addEventListener('click', close);
      wrap.replaceChildren(view);
      wrap.hidden = false;
      open = true;

      place(anchor);

      // A live region added together with its text is often not announced: fill it a moment later.
      const text = announcement(match, card, position);
      live.textContent = '';
      clearTimeout(announceTimer);
      announceTimer = setTimeout(() => {
        if (open) live.textContent = text;
      }, 60);
      if (focus) {
        if (root.activeElement === null) returnFocus = doc.activeElement;
        view.focus({ preventScroll: true });
      }
    },
  };
}
