import type { IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { Issue } from '../rules/issue';

/** Where a review stands against its time limit (审核时限). */
export interface ReviewTimeliness {
  /** The limit in working days after the case was submitted for review (送审). */
  readonly workingDays: number;
  /** The last day the review may be completed. */
  readonly dueDate: IsoDate;
  /** Not finished by `dueDate`: reviewed after it, or still open after it. */
  readonly overdue: boolean;
  /** A day counted lies in a year with no loaded holiday schedule: `dueDate` may be wrong. */
  readonly uncertain: boolean;
  readonly uncoveredYears: readonly number[];
  /** `review.overdue` (warning) when overdue; empty otherwise. */
  readonly issues: readonly Issue[];
}

/**
 * The review's due date and whether it is overdue: `submittedOn` plus `workingDays` working
 * days on `calendar`. A finished review is judged by its own date; an open one by `today`.
 *
 * Limit: the limit is local practice (most 重大执法决定法制审核办法 say 5 working days, some
 * allow an extension for complex cases); the extension is not modelled, the reviewer explains
 * it in the comments.
 *
 * @example
 *   reviewTimeliness({ submittedOn: '2026-11-13', today: '2026-11-23', workingDays: 5, calendar })
 *   // { dueDate: '2026-11-20', overdue: true, … }
 */
export function reviewTimeliness(input: {
  readonly submittedOn: IsoDate;
  readonly reviewedOn?: IsoDate;
  readonly today: IsoDate;
  readonly workingDays: number;
  readonly calendar: WorkingDayCalendar;
}): ReviewTimeliness {
  const due = input.calendar.addWorkingDays(input.submittedOn, input.workingDays);
  const finishedOrNow = input.reviewedOn ?? input.today;
  const overdue = finishedOrNow > due.date;
  const issues: Issue[] = overdue
    ? [
        {
          code: 'review.overdue',
          severity: 'warning',
          field: 'legalReview.date',
          message: input.reviewedOn
            ? `法制审核超过审核时限：送审后 ${input.workingDays} 个工作日内应完成（最迟 ${due.date}），实际审核日期为 ${input.reviewedOn}。`
            : `法制审核已超过审核时限：送审后 ${input.workingDays} 个工作日内应完成（最迟 ${due.date}），至今未录入审核意见。`,
          messageEn: `The review is overdue: due within ${input.workingDays} working days of submission (by ${due.date}).`,
          expected: `≤ ${due.date}`,
          received: finishedOrNow,
        },
      ]
    : [];
  return {
    workingDays: input.workingDays,
    dueDate: due.date,
    overdue,
    uncertain: due.uncertain,
    uncoveredYears: due.uncoveredYears,
    issues,
  };
}
