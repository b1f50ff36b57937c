/**
 * Lookup tables keyed by words read from page text. A plain object literal inherits `constructor`,
 * `toString` and friends, so `table['constructor']` would answer with a function; these tables have no
 * prototype, so a word is found only when it was put there.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/**
 * The same as a Map. Looking up a word just read from a page in an object makes the engine intern the
 * string first; a Map only hashes it, several times faster on hot paths.
 */
export function wordMap<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}
