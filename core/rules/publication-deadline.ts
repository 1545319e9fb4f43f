import type { WorkingDayCalendar, WorkingDayResult } from '../calendar/working-day-calendar';
import { uncoveredNote } from '../calendar/working-day-calendar';
import type { DecisionRecord } from '../records/decision-record';
import { type Issue, Severity } from './issue';
import type { PolicyProfile } from './policy-profile';
import type { Rule } from './rule';

export interface PublicationDeadline extends WorkingDayResult {
  /** The number of working days the profile allows for this category. */
  readonly workingDays: number;
}

/**
 * The last day the record may be published: `n` working days after the decision, where `n`
 * depends on the category and the profile (7 or 20). `uncertain` when the calendar lacks a
 * year the count passes through.
 */
export function publicationDeadline(
  record: Pick<DecisionRecord, 'category' | 'decisionDate'>,
  profile: PolicyProfile,
  calendar: WorkingDayCalendar,
): PublicationDeadline {
  const workingDays = profile.publicationDeadline[record.category];
  return { ...calendar.addWorkingDays(record.decisionDate, workingDays), workingDays };
}

/** Published on time, overdue, or (not yet published) close to the deadline. */
export const publicationDeadlineRule: Rule = (record, { profile, today, calendar }) => {
  if (record.withdrawal) return [];
  const deadline = publicationDeadline(record, profile, calendar);
  const issues: Issue[] = [];
  if (deadline.uncertain) {
    const note = uncoveredNote(deadline.uncoveredYears);
    issues.push({
      code: 'calendar.not-loaded',
      severity: Severity.warning,
      field: 'decisionDate',
      message: `公开期限 ${deadline.date} 可能不准：${note.message}请加载该年节假日安排。`,
      messageEn: `deadline ${deadline.date} is uncertain: ${note.messageEn}. Load that year's schedule.`,
      expected: deadline.date,
    });
  }
  const limit = `${record.category}应在决定之日起 ${deadline.workingDays} 个工作日内公开（最迟 ${deadline.date}）`;
  const limitEn = `${record.category} decisions must be published within ${deadline.workingDays} working days (by ${deadline.date})`;
  if (record.publicationDate) {
    if (record.publicationDate > deadline.date) {
      const late = calendar.workingDaysBetween(deadline.date, record.publicationDate).days;
      issues.push({
        code: 'deadline.overdue',
        severity: Severity.error,
        field: 'publicationDate',
        message: `${limit}，实际 ${record.publicationDate} 公开，超期 ${late} 个工作日。请在年报中说明，并检查公开流程。`,
        messageEn: `${limitEn}; published ${record.publicationDate}, ${late} working day(s) late.`,
        expected: `≤ ${deadline.date}`,
        received: record.publicationDate,
      });
    }
    return issues;
  }
  if (today > deadline.date) {
    const late = calendar.workingDaysBetween(deadline.date, today).days;
    issues.push({
      code: 'deadline.overdue',
      severity: Severity.error,
      field: 'publicationDate',
      message: `${limit}，至今未公开，已超期 ${late} 个工作日，请立即公开。`,
      messageEn: `${limitEn}; still unpublished, ${late} working day(s) overdue. Publish it now.`,
      expected: `≤ ${deadline.date}`,
    });
    return issues;
  }
  const left = calendar.workingDaysBetween(today, deadline.date).days;
  if (left <= profile.atRiskWorkingDays) {
    issues.push({
      code: 'deadline.at-risk',
      severity: Severity.warning,
      field: 'publicationDate',
      message: `${limit}，尚未公开，只剩 ${left} 个工作日。`,
      messageEn: `${limitEn}; not yet published, ${left} working day(s) left.`,
      expected: `≤ ${deadline.date}`,
    });
  }
  return issues;
};
