/**
 * Lookup tables keyed by words read from page text. A plain object literal inherits `constructor`,
 * `toString` and friends, so `table['constructor']` would answer with a function; these tables have no
 * prototype, so a word is found only when it was put there.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
