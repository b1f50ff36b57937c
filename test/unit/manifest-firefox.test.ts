import { describe, expect, it } from 'vitest';
import base from '../../manifest.json' with { type: 'json' };
import { firefoxManifest, GECKO_ID } from '../../src/manifest-firefox';

describe('Firefox manifest', () => {
  const ff = firefoxManifest() as Record<string, any>;

  it('runs the same background code as an event page (background.scripts), not a service worker', () => {
    expect(ff.background).toEqual({ scripts: [base.background.service_worker], type: 'module' });
  });

  it('declares a gecko id and that no data is collected', () => {
    expect(ff.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(ff.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('keeps every permission, page and content script of the Chromium manifest, and drops the Chrome-only key', () => {
    expect(ff.permissions).toEqual(base.permissions);
    expect(ff.optional_host_permissions).toEqual(base.optional_host_permissions);
    expect(ff.content_scripts).toEqual(base.content_scripts);
    expect(ff.action).toEqual(base.action);
    expect(ff.options_ui).toEqual(base.options_ui);
    expect(ff.commands).toEqual(base.commands);
    expect(ff.minimum_chrome_version).toBeUndefined();
    expect((base as Record<string, unknown>).minimum_chrome_version).toBeDefined();
  });
});
