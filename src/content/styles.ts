/**
 * The page-level style rules our highlights need. `::highlight()` rules only apply from a style
 * sheet in the page's document, so we adopt one constructed sheet (no element enters the DOM);
 * where constructed sheets are unavailable, one `<style>` element in `<head>` is the fallback.
 * Conflicts differ from agreeing claims by more than colour: a wavy underline.
 */

/** Names of the highlights, fixed: tests and user style sheets rely on them. */
export const CLAIM_HIGHLIGHT = 'deal-lens-claim';
export const CONFLICT_HIGHLIGHT = 'deal-lens-conflict';
/** Brief emphasis on the claim just navigated to. */
export const FOCUS_HIGHLIGHT = 'deal-lens-focus';

const RULES = `
::highlight(${CLAIM_HIGHLIGHT}) { background-color: rgba(255, 208, 64, 0.42); }
::highlight(${CONFLICT_HIGHLIGHT}) {
  background-color: rgba(229, 57, 53, 0.16);
  text-decoration: underline wavy #c62828;
  text-decoration-thickness: 1.5px;
}
::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(66, 133, 244, 0.38); }
mark.${CLAIM_HIGHLIGHT}, mark.${CONFLICT_HIGHLIGHT} {
  color: inherit !important; padding: 0 !important; margin: 0 !important; font: inherit !important;
  border-radius: 0 !important; box-shadow: none !important;
}
mark.${CLAIM_HIGHLIGHT} { background-color: rgba(255, 208, 64, 0.42) !important; text-decoration: none !important; }
mark.${CONFLICT_HIGHLIGHT} {
  background-color: rgba(229, 57, 53, 0.16) !important;
  text-decoration: underline wavy #c62828 !important;
  text-decoration-thickness: 1.5px !important;
}
mark.${FOCUS_HIGHLIGHT} { background-color: rgba(66, 133, 244, 0.38) !important; }
`;

let installed: CSSStyleSheet | HTMLStyleElement | null = null;

/** Installs the highlight rules once per document. */
export function installPageStyles(doc: Document): void {
  if (installed) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RULES);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    installed = sheet;
    return;
  } catch {
    // constructed sheets unsupported: fall back to one <style> element
  }
  const style = doc.createElement('style');
  style.dataset.dealLens = '';
  style.textContent = RULES;
  (doc.head ?? doc.documentElement).append(style);
  installed = style;
}
