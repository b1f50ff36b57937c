// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTagUi, type DialogOptions, type TagUi } from '../../src/content/tagging/tag-ui';
import type { TagFields } from '../../src/core/annotations/model';

let ui: TagUi;
let root: ShadowRoot;

function open(over: Partial<DialogOptions> = {}) {
  const onSave = vi.fn(async (_f: TagFields) => null as string | null);
  ui.openDialog({
    title: 'Tag passage',
    quote: 'Over 200,000 GPUs <img src=x onerror=alert(1)>',
    fields: { verdict: null, tags: [], note: '', claimId: null },
    tagsUsed: ['gpu-count', 'ipo'],
    suggestion: Promise.resolve({ claimId: 'gpu-count-over-200k', statement: 'SpaceX provides over 200,000 GPUs.' }),
    onSave,
    ...over,
  });
  return onSave;
}

const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
const key = (target: Element, k: string, shift = false) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey: shift, bubbles: true, cancelable: true }));

beforeEach(() => {
  document.documentElement.innerHTML = '<head></head><body><p id="page">Page text</p><button id="before">x</button></body>';
  ui = createTagUi(document, 'open');
  (document.getElementById('before') as HTMLButtonElement).focus();
  open();
  root = ui.element.shadowRoot!;
});

describe('tagging dialog', () => {
  it('is a labelled modal dialog showing the quote as text', () => {
    const dialog = q('[role=dialog]');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(root.getElementById('dl-title')!.textContent).toBe('Tag passage');
    expect(q('blockquote').textContent).toContain('<img src=x');
    expect(root.querySelector('img')).toBeNull();
    expect([...root.querySelectorAll('label.choice')].map((l) => l.textContent!.trim())).toEqual([
      'No verdict', 'Accurate', 'Inaccurate', 'Misleading', 'Unsupported', 'Needs context', 'Opinion',
    ]);
    expect([...root.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))).toEqual(['gpu-count', 'ipo']);
  });

  it('saves the chosen verdict, tags, note and the suggested claim', async () => {
    const onSave = open();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    const inaccurate = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.value === 'inaccurate')!;
    inaccurate.checked = true;
    inaccurate.dispatchEvent(new Event('change'));
    const tags = q<HTMLInputElement>('input[list]');
    tags.value = 'gpu-count';
    key(tags, 'Enter');
    tags.value = 'numbers, sourcing';
    key(tags, 'Enter');
    expect([...root.querySelectorAll('.chip')].map((c) => c.getAttribute('aria-label'))).toEqual(['Remove tag gpu-count', 'Remove tag numbers', 'Remove tag sourcing']);
    q<HTMLTextAreaElement>('textarea').value = 'Anthropic says over 220,000.';
    q<HTMLFormElement>('form').dispatchEvent(new Event('submit', { cancelable: true }));
    expect(onSave).toHaveBeenCalledWith({ verdict: 'inaccurate', tags: ['gpu-count', 'numbers', 'sourcing'], note: 'Anthropic says over 220,000.', claimId: 'gpu-count-over-200k' });
    await new Promise((r) => setTimeout(r, 0));
    expect(ui.isDialogOpen()).toBe(false);
  });

  it('keeps the dialog open and shows the reason when saving fails', async () => {
    open({ onSave: async () => 'Not saved: the worker is gone' });
    q<HTMLFormElement>('form').dispatchEvent(new Event('submit', { cancelable: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(ui.isDialogOpen()).toBe(true);
    expect(q('[role=alert]').textContent).toBe('Not saved: the worker is gone');
  });

  it('traps focus: Tab from the last control goes to the first, Shift+Tab from the first to the last', () => {
    const form = q<HTMLFormElement>('form');
    const controls = [...form.querySelectorAll<HTMLElement>('button, input, select, textarea')];
    // happy-dom has no layout: give every control a client rect so the trap sees them.
    for (const c of controls) c.getClientRects = () => [{}] as unknown as DOMRectList;
    const first = controls[0];
    const last = controls[controls.length - 1];
    expect(last.textContent).toBe('Save');
    last.focus();
    key(last, 'Tab');
    expect(root.activeElement).toBe(first);
    key(first, 'Tab', true);
    expect(root.activeElement).toBe(last);
  });

  it('cancels on Escape and gives focus back to where it was', () => {
    const onSave = open();
    key(q('form'), 'Escape');
    expect(ui.isDialogOpen()).toBe(false);
    expect(onSave).not.toHaveBeenCalled();
    expect(document.activeElement?.id).toBe('before');
  });

  it('shows what changed for a passage found fuzzily', () => {
    open({ title: 'Edit tag', changes: [{ before: 'over 200,000', after: 'more than 220,000' }] });
    expect(q('.changed').textContent).toContain('over 200,000 → more than 220,000');
  });
});
