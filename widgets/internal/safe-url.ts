/**
 * A feed's link as an absolute http(s) URL, or undefined for anything else (`javascript:`,
 * `data:`, `vbscript:`, malformed). Feeds are written by hand and by export tools; a link in
 * one must never run script on the portal, so only web links survive.
 *
 * @example safeHttpUrl('javascript:alert(1)') // undefined
 */
export function safeHttpUrl(value: unknown, base: string = document.baseURI): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** The webmaster's 纠错 target: an http(s) URL or a `mailto:` address, else undefined. */
export function safeReportTarget(
  value: unknown,
  base: string = document.baseURI,
): { kind: 'post' | 'mailto'; url: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^mailto:[^\s<>"]+@[^\s<>"]+$/i.test(trimmed)) return { kind: 'mailto', url: trimmed };
  const url = safeHttpUrl(trimmed, base);
  return url ? { kind: 'post', url } : undefined;
}
