import { applyPublicRedactions } from '../privacy/apply-redactions';
import type { Finding } from '../privacy/kinds';
import { readDocument } from '../privacy/reading/document-reading';
import { compileScanOptions, scanRange } from '../privacy/scan-range';
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
 * The site's privacy engine, one per build: `scan` gives the findings in one feed string,
 * with the agencies' public numbers allowed (the build's check blocks on them), and
 * `publicText` the string as the static pages show it: the strict public style with the
 * reading layer (a decision is read as a reviewer reads it), exactly as the widgets' detail
 * view shows it, so a page never shows what the widget would hide.
 *
 * Both remember every string: the check scans each public field of every record, and the
 * pages then redact the same strings with those findings instead of reading them again
 * (agency names, legal bases and often the facts repeat from record to record too).
 */
export interface SitePrivacy {
  readonly scan: (text: string) => readonly Finding[];
  readonly publicText: SitePublicText;
}

export function createSitePrivacy(agencies: readonly AgencyProfile[]): SitePrivacy {
  const scanned = new Map<string, readonly Finding[]>();
  const shown = new Map<string, string>();
  // The agencies' allowed numbers compiled once for every string (a hundred of them were
  // most of a short string's redaction when compiled per call).
  const compiled = compileScanOptions({ allow: agencyPublicNumbers(agencies) });
  const scan = (text: string): readonly Finding[] => {
    let findings = scanned.get(text);
    if (findings === undefined) {
      findings = scanRange(text, 0, text.length, compiled, [], true, readDocument(text));
      scanned.set(text, findings);
    }
    return findings;
  };
  const publicText: SitePublicText = (text) => {
    if (text === undefined || text === null || text === '') return '';
    const value = String(text);
    let safe = shown.get(value);
    if (safe === undefined) {
      const findings = scan(value);
      safe = findings.length === 0 ? value : applyPublicRedactions(value, findings);
      shown.set(value, safe);
    }
    return safe;
  };
  return { scan, publicText };
}

/** The static pages' privacy filter alone (createSitePrivacy), for pages built outside a build. */
export function createSitePublicText(agencies: readonly AgencyProfile[]): SitePublicText {
  return createSitePrivacy(agencies).publicText;
}
