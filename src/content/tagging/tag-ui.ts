/**
 * The tagging UI in a closed shadow root: the floating "Tag passage" / "Edit tag" button and the
 * dialog (verdict, tags with completion, note, linked claim, Save). The dialog is keyboard
 * operable, keeps focus inside while open, and Esc cancels. All page and database text is set
 * through textContent.
 */
import { UI_HOST_TAG } from '../article-root';
import type { TextChange } from '../../core/annotations/anchor';
import type { ClaimSuggestion } from '../../core/annotations/messages';
import { normaliseTags, VERDICT_LABELS, VERDICTS, type TagFields, type TagVerdict } from '../../core/annotations/model';
import { TAG_UI_CSS } from './tag-ui-css';

export interface DialogOptions {
  title: 'Tag passage' | 'Edit tag';
  quote: string;
  fields: TagFields;
  tagsUsed: string[];
  /** The matcher's suggestion (may arrive after the dialog opens). */
  suggestion: Promise<ClaimSuggestion | null>;
  /** What the article changed since the passage was tagged (fuzzy anchors). */
  changes?: TextChange[];
  /** Returns an error message to show, or null when saved. */
  onSave(fields: TagFields): Promise<string | null>;
  onDelete?: () => Promise<string | null>;
}

export interface TagUi {
  element: HTMLElement;
  showButton(rect: DOMRect, label: 'Tag passage' | 'Edit tag', onClick: () => void): void;
  hideButton(): void;
  openDialog(options: DialogOptions): void;
  closeDialog(): void;
  isDialogOpen(): boolean;
  /** A short status message (also announced to screen readers). */
  say(text: string): void;
}

type Child = Node | string | null | undefined | false;
function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return node;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Creates the host (attached to `<html>` on first use). `shadowMode` 'open' is a test seam only. */
export function createTagUi(doc: Document, shadowMode: ShadowRootMode = 'closed'): TagUi {
  const host = doc.createElement(UI_HOST_TAG);
  host.setAttribute('data-deal-lens', 'tagging');
  for (const [k, v] of [['all', 'initial'], ['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'], ['z-index', '2147483647']]) {
    host.style.setProperty(k, v, 'important');
  }
  const root = host.attachShadow({ mode: shadowMode });
  const style = el(doc, 'style');
  style.textContent = TAG_UI_CSS;
  const button = el(doc, 'button', { type: 'button', class: 'tag-button' });
  button.hidden = true;
  const layer = el(doc, 'div', { class: 'layer' });
  layer.hidden = true;
  const live = el(doc, 'div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
  root.append(style, button, layer, live);

  let onButton: () => void = () => undefined;
  // Keep the page's selection when the button is pressed.
  button.addEventListener('mousedown', (e) => e.preventDefault());
  button.addEventListener('click', () => onButton());

  let returnFocus: Element | null = null;
  let open = false;
  const attach = () => {
    if (!host.isConnected) doc.documentElement.append(host);
  };

  const closeDialog = () => {
    if (!open) return;
    open = false;
    layer.hidden = true;
    layer.replaceChildren();
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  const openDialog = (o: DialogOptions) => {
    attach();
    closeDialog();
    button.hidden = true;
    returnFocus = doc.activeElement;
    open = true;
    const fields: TagFields = { verdict: o.fields.verdict, tags: [...o.fields.tags], note: o.fields.note, claimId: o.fields.claimId };

    const verdicts = el(doc, 'fieldset', { class: 'verdicts' }, el(doc, 'legend', {}, 'Verdict'));
    const choices: Array<[TagVerdict | '', string]> = [['', 'No verdict'], ...VERDICTS.map((v): [TagVerdict, string] => [v, VERDICT_LABELS[v]])];
    for (const [value, label] of choices) {
      const input = el(doc, 'input', { type: 'radio', name: 'verdict', value });
      input.checked = (fields.verdict ?? '') === value;
      input.addEventListener('change', () => {
        if (input.checked) fields.verdict = value || null;
      });
      verdicts.append(el(doc, 'label', { class: 'choice' }, input, ` ${label}`));
    }

    const chips = el(doc, 'ul', { class: 'chips', 'aria-label': 'Tags' });
    const renderChips = () => {
      chips.replaceChildren(
        ...fields.tags.map((t) => {
          const remove = el(doc, 'button', { type: 'button', class: 'chip', 'aria-label': `Remove tag ${t}` }, t, ' ×');
          remove.addEventListener('click', () => {
            fields.tags = fields.tags.filter((x) => x !== t);
            renderChips();
            tagInput.focus();
          });
          return el(doc, 'li', {}, remove);
        }),
      );
    };
    const tagInput = el(doc, 'input', { type: 'text', list: 'deal-lens-tags-used', autocomplete: 'off', placeholder: 'Type a tag, then Enter' });
    const datalist = el(doc, 'datalist', { id: 'deal-lens-tags-used' }, ...o.tagsUsed.slice(0, 200).map((t) => el(doc, 'option', { value: t })));
    const addPending = () => {
      const parts = tagInput.value.split(',');
      fields.tags = normaliseTags([...fields.tags, ...parts]);
      tagInput.value = '';
      renderChips();
    };
    tagInput.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ',') {
        e.preventDefault();
        addPending();
      }
    });
    tagInput.addEventListener('change', () => {
      // Picking a completion from the list adds it at once.
      if (o.tagsUsed.includes(tagInput.value)) addPending();
    });
    renderChips();

    const note = el(doc, 'textarea', { rows: '3' });
    note.value = fields.note;

    const claim = el(doc, 'select', {}, el(doc, 'option', { value: '' }, 'None'));
    if (fields.claimId) claim.append(el(doc, 'option', { value: fields.claimId }, fields.claimId));
    claim.value = fields.claimId ?? '';
    const claimHint = el(doc, 'p', { class: 'hint' }, 'Looking for a matching claim…');
    let claimTouched = false;
    claim.addEventListener('change', () => {
      claimTouched = true;
    });
    void o.suggestion.then(
      (s) => {
        if (!open) return;
        if (!s) {
          claimHint.textContent = 'No claim in the database matches this passage.';
          return;
        }
        if (![...claim.options].some((op) => op.value === s.claimId)) claim.append(el(doc, 'option', { value: s.claimId }, s.statement));
        else [...claim.options].find((op) => op.value === s.claimId)!.textContent = s.statement;
        if (!claimTouched && !fields.claimId) claim.value = s.claimId;
        claimHint.textContent = 'Suggested by the matcher.';
      },
      () => {
        claimHint.textContent = '';
      },
    );

    const error = el(doc, 'p', { class: 'error', role: 'alert' });
    const save = el(doc, 'button', { type: 'submit', class: 'primary' }, 'Save');
    const cancel = el(doc, 'button', { type: 'button' }, 'Cancel');
    const del = o.onDelete ? el(doc, 'button', { type: 'button', class: 'danger' }, 'Delete tag') : null;

    const changed = o.changes?.length
      ? el(
          doc,
          'div',
          { class: 'changed' },
          el(doc, 'p', {}, 'The article changed this passage since it was tagged:'),
          el(doc, 'ul', {}, ...o.changes.map((c) => el(doc, 'li', {}, el(doc, 'del', {}, c.before || '(nothing)'), ' → ', el(doc, 'ins', {}, c.after || '(removed)')))),
        )
      : null;

    const form = el(
      doc,
      'form',
      { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'dl-title', 'aria-describedby': 'dl-quote' },
      el(doc, 'h2', { id: 'dl-title' }, o.title),
      el(doc, 'blockquote', { id: 'dl-quote' }, o.quote.length > 600 ? `${o.quote.slice(0, 600)}…` : o.quote),
      changed,
      verdicts,
      el(doc, 'label', { class: 'field' }, 'Tags', tagInput),
      datalist,
      chips,
      el(doc, 'label', { class: 'field' }, 'Note', note),
      el(doc, 'label', { class: 'field' }, 'Linked claim', claim),
      claimHint,
      error,
      el(doc, 'div', { class: 'buttons' }, del, cancel, save),
    );

    const busy = (on: boolean) => [save, cancel, del].forEach((b) => b && (b.disabled = on));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      addPending();
      fields.note = note.value;
      fields.claimId = claim.value || null;
      busy(true);
      void o.onSave({ ...fields }).then((problem) => {
        busy(false);
        if (problem) error.textContent = problem;
        else closeDialog();
      });
    });
    cancel.addEventListener('click', closeDialog);
    del?.addEventListener('click', () => {
      busy(true);
      void o.onDelete!().then((problem) => {
        busy(false);
        if (problem) error.textContent = problem;
        else closeDialog();
      });
    });
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        closeDialog();
        return;
      }
      if (e.key !== 'Tab') return;
      const items = [...form.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((x) => !x.hidden && x.getClientRects().length > 0);
      if (items.length === 0) return;
      const first = items[0];
      const last = items[items.length - 1];
      const active = root.activeElement;
      if (e.shiftKey && (active === first || !form.contains(active))) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (active === last || !form.contains(active))) {
        e.preventDefault();
        first.focus();
      }
    });
    // Keys typed in the dialog belong to it, not to the page's shortcuts.
    form.addEventListener('keyup', (e) => e.stopPropagation());
    form.addEventListener('keypress', (e) => e.stopPropagation());
    layer.replaceChildren(form);
    layer.hidden = false;
    const checked = form.querySelector<HTMLInputElement>('input[type=radio]:checked');
    (checked ?? form.querySelector<HTMLElement>(FOCUSABLE))?.focus({ preventScroll: true });
  };

  return {
    element: host,
    showButton(rect, label, onClick) {
      if (open) return;
      attach();
      onButton = onClick;
      button.textContent = label;
      const vw = doc.documentElement.clientWidth || 800;
      const vh = doc.documentElement.clientHeight || 600;
      const top = rect.bottom + 8 + 32 < vh ? rect.bottom + 8 : rect.top - 40;
      // Keep the button on screen even when the selection runs past the viewport.
      button.style.top = `${Math.round(Math.max(8, Math.min(top, vh - 40)))}px`;
      button.style.left = `${Math.round(Math.max(8, Math.min(rect.left, vw - 140)))}px`;
      button.hidden = false;
    },
    hideButton() {
      button.hidden = true;
    },
    openDialog,
    closeDialog,
    isDialogOpen: () => open,
    say(text) {
      attach();
      live.textContent = text;
    },
  };
}
