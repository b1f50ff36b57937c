/// <reference types="vite/client" />
/**
 * A pause point for end-to-end tests of a lost service worker: in a build made with
 * `--mode e2e-hooks` (test/e2e/worker-restart.test.ts makes one in `dist-hooks/`), a handler stops
 * at a named point when the test has stored that name under `PAUSE_KEY`, and stays there (marking
 * `PAUSED_KEY`) until the test removes the mark or stops the worker. In every other build Vite
 * replaces `import.meta.env.MODE` with the build's mode, the condition is constant, and the
 * minifier drops the body: production code has no pause point and never reads these keys.
 */
import type { KeyValueArea } from '../platform/types';

export const PAUSE_KEY = '__dealLensTestPause';
export const PAUSED_KEY = '__dealLensPausedAt';

/** Waits at `name` when a test asked for it; resolves at once otherwise (always, outside e2e-hooks builds). */
export async function pausePoint(area: KeyValueArea, name: string): Promise<void> {
  if (import.meta.env.MODE !== 'e2e-hooks') return;
  if ((await area.get(PAUSE_KEY)) !== name) return;
  await area.remove(PAUSE_KEY); // one stop per request: a retried request goes through
  await area.set(PAUSED_KEY, name);
  while ((await area.get(PAUSED_KEY)) === name) await new Promise((r) => setTimeout(r, 100));
}
