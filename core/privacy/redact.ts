import { type Finding, PersonalDataKind, RedactionStyle, type RedactOptions } from './kinds';
import { maskFinding, spansLineBreak } from './mask';
import { compileScanOptions, scanRange } from './scan';

/** Findings per concatenated group in applyRedactions. */
const GROUP_SIZE = 16;

/** Replaces each finding's span in `text` by its mask; everything else is kept byte for byte. */
export function applyRedactions(
  text: string,
  findings: readonly Finding[],
  style: RedactionStyle = RedactionStyle.public,
): string {
  if (findings.length === 0) return text;
  // Pieces are concatenated in groups and the groups joined: about twice as fast as one
  // join over every piece (measured on 16,000 findings), and the result is still one flat
  // string, not a rope that its reader would pay to flatten.
  const groups: string[] = [];
  let group = '';
  let pieces = 0;
  let cursor = 0;
  for (const finding of findings) {
    if (finding.start < cursor) continue;
    // Findings scanned for redaction only carry offsets; masks that show part of the data need it.
    const needsText =
      style === RedactionStyle.staff ||
      finding.kind === PersonalDataKind.name ||
      finding.kind === PersonalDataKind.minor ||
      finding.kind === PersonalDataKind.address ||
      spansLineBreak(text, finding.start, finding.end);
    const complete =
      finding.text === '' && needsText
        ? { ...finding, text: text.slice(finding.start, finding.end) }
        : finding;
    group += text.slice(cursor, finding.start) + maskFinding(complete, style);
    cursor = finding.end;
    if (++pieces === GROUP_SIZE) {
      groups.push(group);
      group = '';
      pieces = 0;
    }
  }
  groups.push(group, text.slice(cursor));
  return groups.join('');
}

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

/** What redactTextCounted returns: the redacted text and how many items were replaced. */
export interface CountedRedaction {
  readonly text: string;
  readonly replaced: number;
  /**
   * Parties found to be minors (kind `minor`): such a decision is not published at all,
   * whatever its redaction (DOMAIN §2).
   */
  readonly minors: number;
}

/**
 * redactText, also saying how many items it replaced (the CLI reports the count). The scan
 * keeps offsets only, not a copy of each item's text, which redaction does not need: fewer
 * objects for the collector on a large file.
 */
export function redactTextCounted(text: string, options: RedactOptions = {}): CountedRedaction {
  const style = options.style ?? RedactionStyle.public;
  const findings = scanRange(text, 0, text.length, compileScanOptions(options), [], false);
  let minors = 0;
  for (const finding of findings) if (finding.kind === PersonalDataKind.minor) minors++;
  return { text: applyRedactions(text, findings, style), replaced: findings.length, minors };
}
