import { redactTextCompiled } from '../privacy/apply-redactions';
import { RedactionStyle } from '../privacy/kinds';
import { readDocument } from '../privacy/reading/document-reading';
import { compileScanOptions } from '../privacy/scan-range';
import type { AgencyProfile } from '../records/agency-profile';

/** Turns one feed string into text that may be shown to the public (not yet HTML-escaped). */
export type SitePublicText = (text: string | undefined | null) => string;

/**
 * The agencies' own numbers, public by law: supervision channels and the service guides'
 * consultation and complaint phones. The widgets allow the same (feed-public-text.ts).
 */
export function agencyPublicNumbers(agencies: readonly AgencyProfile[]): string[] {
  const allow: string[] = [];
  for (const agency of agencies) {
    for (const channel of agency.supervision ?? []) allow.push(channel.value);
    for (const guide of agency.serviceGuides ?? []) {
      if (guide.consultationPhone) allow.push(guide.consultationPhone);
      if (guide.complaintPhone) allow.push(guide.complaintPhone);
    }
  }
  return allow;
}

/**
 * The static pages' privacy filter: every string passes the privacy engine's strict public
 * style with the reading layer (a decision is read as a reviewer reads it), exactly as the
 * widgets' detail view shows it, so a page never shows what the widget would hide.
 *
 * `clean` holds strings the engine has already scanned and found nothing in (the build's
 * check does so for every public field): redaction would return them unchanged, so they
 * are not scanned twice. Results are memoised: agency names and legal bases repeat.
 */
export function createSitePublicText(
  agencies: readonly AgencyProfile[],
  clean: ReadonlySet<string> = new Set(),
): SitePublicText {
  const memo = new Map<string, string>();
  // The agencies' allowed numbers compiled once for every string (a hundred of them were
  // most of a short string's redaction when compiled per call).
  const compiled = compileScanOptions({ allow: agencyPublicNumbers(agencies) });
  return (text) => {
    if (text === undefined || text === null || text === '') return '';
    const value = String(text);
    if (clean.has(value)) return value;
    let safe = memo.get(value);
    if (safe === undefined) {
      safe = redactTextCompiled(value, RedactionStyle.public, compiled, readDocument(value)).text;
      memo.set(value, safe);
    }
    return safe;
  };
}
