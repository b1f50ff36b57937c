/**
 * Long work on the page's main thread, cut into slices: a step function runs until its slice of
 * time is used up, then gives the page a turn (`scheduler.yield()` where the browser has it, else
 * a zero-delay timer) before going on. This keeps every task of ours on a large article short
 * enough that the page's own input handling and timers are never held up for long.
 */

/** Time one slice may take before we give the page a turn (well under the 50 ms long-task mark). */
export const SLICE_MS = 25;

type Scheduler = { yield?: () => Promise<void> };

/** Gives the page's main thread a turn: other tasks (input, timers, rendering) run before we resume. */
export function yieldToPage(win: Window & typeof globalThis): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: Scheduler }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/**
 * Runs a step generator to the end in slices of `sliceMs`, yielding to the page between them.
 * The generator should `yield` often (every few hundred nodes or sentences); a single step is
 * never interrupted.
 */
export async function runSliced<T>(win: Window & typeof globalThis, steps: Generator<void, T>, sliceMs = SLICE_MS): Promise<T> {
  const now = () => win.performance.now();
  let start = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - start >= sliceMs) {
      await yieldToPage(win);
      start = now();
    }
  }
}

/** Runs a step generator to the end at once (tests, small inputs). */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
