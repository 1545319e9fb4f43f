/**
 * HTML escaping for the static pages. Every feed string reaches a page through `escapeHtml`
 * after the privacy engine (public-text.ts): text is never markup, whatever a sheet holds.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (char) => ESCAPES[char]!) : text;
}

/** A tagged template that escapes every interpolated string; `Markup` values pass as they are. */
export function html(strings: TemplateStringsArray, ...values: readonly Html[]): Markup {
  let out = strings[0]!;
  for (let index = 0; index < values.length; index++) {
    out += render(values[index]) + strings[index + 1]!;
  }
  return new Markup(out);
}

/** Markup built by `html` (already escaped), kept apart from plain strings by its type. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What `html` interpolates: text (escaped), markup, lists of either, or nothing. */
export type Html = string | number | Markup | readonly Html[] | undefined | null | false;

function render(value: Html): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Markup) return value.value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  let out = '';
  for (const item of value) out += render(item);
  return out;
}

/**
 * An http(s) or relative URL to put in `href`, or undefined for anything else (`javascript:`,
 * `data:`): the same rule as the widgets' safeHttpUrl, for a link that comes from a feed.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  // Relative paths only: no scheme (a colon before the first slash, ? or #) and no `//host`.
  if (/^[^:/?#]*(?:[/?#]|$)/.test(trimmed) && !trimmed.startsWith('//')) return trimmed;
  return undefined;
}
