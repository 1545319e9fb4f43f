import { type IsoDate, isIsoDate } from '../calendar/iso-date';
import { chinaCalendar, type WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { RecordsFeed } from '../feed/feed';
import type { DecisionRecord } from '../records/decision-record';
import { dateOrder } from './dates';
import { fullTextRule } from './full-text';
import { type Issue, SEVERITY_ORDER, Severity } from './issue';
import { minorPartyRule } from './minor-party';
import { personalDataRule } from './personal-data';
import { DEFAULT_PROFILE, type PolicyProfile } from './policy-profile';
import { publicationDeadlineRule } from './publication-deadline';
import { publicityPeriodRule } from './publicity-period';
import { partyIdentifiers, requiredFields } from './required-fields';
import type { Rule, ScanText } from './rule';
import { withdrawalRule } from './withdrawal';

/** Every publication rule, in the order their issues are listed. */
export const RULES: readonly Rule[] = [
  minorPartyRule,
  personalDataRule,
  requiredFields,
  partyIdentifiers,
  dateOrder,
  publicationDeadlineRule,
  fullTextRule,
  withdrawalRule,
  publicityPeriodRule,
];

/** The rules that need no valid decision date. */
const UNDATED_RULES: readonly Rule[] = [
  minorPartyRule,
  personalDataRule,
  requiredFields,
  partyIdentifiers,
  fullTextRule,
];

export interface CheckOptions {
  /** Defaults to luzhou-2018. */
  readonly profile?: PolicyProfile;
  /** The day to check for, YYYY-MM-DD (China time). */
  readonly today: IsoDate;
  /** Defaults to the bundled State Council schedule (chinaCalendar()). */
  readonly calendar?: WorkingDayCalendar;
  /** The privacy engine's scanner; without it personal data is not looked for. */
  readonly scanText?: ScanText;
}

/**
 * Runs the publication rules over one record. Errors first, then warnings, then info.
 *
 * @example
 * checkRecord(record, { profile: NATIONAL_2018, today: '2026-11-28' })
 * // [{ code: 'deadline.overdue', severity: 'error', field: 'publicationDate', … }]
 */
export function checkRecord(record: DecisionRecord, options: CheckOptions): Issue[] {
  const context = {
    profile: options.profile ?? DEFAULT_PROFILE,
    today: options.today,
    calendar: options.calendar ?? chinaCalendar(),
    ...(options.scanText ? { scanText: scannedOnce(options.scanText) } : {}),
  };
  // A record built in code (not parsed) may lack its decision date: the date rules cannot
  // run, and field.required already says what is missing.
  const dated = isIsoDate(record.decisionDate);
  const issues = (dated ? RULES : UNDATED_RULES).flatMap((rule) => rule(record, context));
  if (!dated && record.decisionDate) {
    issues.push({
      code: 'date.invalid',
      severity: Severity.error,
      field: 'decisionDate',
      message: `决定日期「${record.decisionDate}」不是有效日期，应为 YYYY-MM-DD。`,
      messageEn: `decision date "${record.decisionDate}" is not a valid YYYY-MM-DD date.`,
      received: String(record.decisionDate),
    });
  }
  return issues.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * `scanText` remembering its results for one record: the minors rule and the personal-data
 * rule both read fullText and facts, and the scan of a whole decision is the costly part.
 */
function scannedOnce(scanText: ScanText): ScanText {
  const scanned = new Map<string, ReturnType<ScanText>>();
  return (text) => {
    let findings = scanned.get(text);
    if (!findings) {
      findings = scanText(text);
      scanned.set(text, findings);
    }
    return findings;
  };
}

export interface RecordReport {
  readonly index: number;
  readonly id: string;
  readonly issues: readonly Issue[];
}

export interface FeedReport {
  readonly records: readonly RecordReport[];
  readonly counts: Readonly<Record<Severity, number>>;
}

/** Checks every record of a feed; records without issues are listed with an empty list. */
export function checkFeed(feed: RecordsFeed, options: CheckOptions): FeedReport {
  const counts = { error: 0, warning: 0, info: 0 };
  const records = feed.records.map((record, index) => {
    const issues = checkRecord(record, options);
    for (const issue of issues) counts[issue.severity] += 1;
    return { index, id: record.id, issues };
  });
  return { records, counts };
}
