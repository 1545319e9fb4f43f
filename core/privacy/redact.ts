import { type CountedRedaction, redactTextWith } from './apply-redactions';
import type { RedactOptions } from './kinds';
import { readDocument } from './reading/document-reading';

export { applyRedactions, type CountedRedaction, redactTextWith } from './apply-redactions';

/**
 * Scans `text` and replaces the personal data found (style `public` by default). Idempotent:
 * redacting a redacted text changes nothing, and a redacted text scans clean.
 *
 * @example redactText('手机：13812345678') // '手机：【已脱敏】'
 * @example redactText('手机：13812345678', { style: 'staff' }) // '手机：138****5678'
 */
export function redactText(text: string, options: RedactOptions = {}): string {
  return redactTextCounted(text, options).text;
}

/**
 * redactText, also saying how many items it replaced (the CLI reports the count). The scan
 * keeps offsets only, not a copy of each item's text, which redaction does not need: fewer
 * objects for the collector on a large file.
 */
export function redactTextCounted(text: string, options: RedactOptions = {}): CountedRedaction {
  return redactTextWith(text, options, readDocument(text));
}
