/**
 * The one gate for links built from database, page or imported text: only http(s) URLs become
 * clickable; anything else (javascript:, data:, malformed) is shown as text.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
