import { formatIsoDate, type IsoDate } from '../calendar/iso-date';
import { type Issue, Severity } from './issue';
import type { PolicyProfile } from './policy-profile';

/** The day the statistics for `year` are due: 31 March (泸州) or 31 January (national) of year + 1. */
export function annualReportDeadline(year: number, profile: PolicyProfile): IsoDate {
  return formatIsoDate({ year: year + 1, ...profile.annualReportDue });
}

/**
 * Whether the annual statistics for `year` were published on time (or are still due).
 * `publishedOn` absent: not yet published.
 */
export function checkAnnualReport(
  { year, publishedOn }: { year: number; publishedOn?: IsoDate },
  { profile, today }: { profile: PolicyProfile; today: IsoDate },
): Issue[] {
  const due = annualReportDeadline(year, profile);
  if (publishedOn) {
    return publishedOn > due
      ? [
          {
            code: 'annual-report.late',
            severity: Severity.warning,
            field: 'publishedOn',
            message: `${year} 年度行政执法统计年报应于 ${due} 前公开，实际 ${publishedOn} 公开。`,
            messageEn: `the ${year} statistics were due by ${due}; published ${publishedOn}.`,
            expected: `≤ ${due}`,
            received: publishedOn,
          },
        ]
      : [];
  }
  if (today > due) {
    return [
      {
        code: 'annual-report.overdue',
        severity: Severity.error,
        field: 'publishedOn',
        message: `${year} 年度行政执法统计年报应于 ${due} 前公开，至今未公开。`,
        messageEn: `the ${year} statistics were due by ${due} and are not published.`,
        expected: `≤ ${due}`,
      },
    ];
  }
  return [];
}
