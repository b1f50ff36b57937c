/**
 * The Firefox variant of `manifest.json`, derived from it so the two never drift apart: the same
 * pages, content scripts, permissions and commands, with the background as an event page
 * (`background.scripts`, since Firefox has no extension service workers), a gecko id, and the
 * data-collection declaration Firefox's add-on store asks for: nothing is collected.
 */
import base from '../manifest.json' with { type: 'json' };

/** The id Firefox keys the extension's storage by; it must stay the same across releases. */
export const GECKO_ID = 'deal-lens@deal-lens.invalid';

/** First Firefox (desktop and Android) that understands `data_collection_permissions`. */
export const GECKO_MIN_VERSION = '142.0';

type Manifest = Record<string, unknown> & { background?: { service_worker?: string; type?: string } };

/** Builds the Firefox manifest from the Chromium one; the input is not modified. */
export function firefoxManifest(source: Manifest = base as Manifest): Record<string, unknown> {
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = structuredClone(source);
  const worker = background?.service_worker;
  if (!worker) throw new Error('manifest.json has no background.service_worker to carry over');
  return {
    ...rest,
    background: { scripts: [worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
