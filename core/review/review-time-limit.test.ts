import { describe, expect, it } from 'vitest';
import { chinaCalendar, WorkingDayCalendar } from '../calendar/index';
import { LUZHOU_2018_MAJOR, NATIONAL_2018_MAJOR } from './major-decision-policy';
import { reviewTimeliness } from './review-time-limit';

const calendar = chinaCalendar();

// [case, submitted, reviewed, today, due date, overdue]
const CASES: [string, string, string | undefined, string, string, boolean][] = [
  ['open, within the limit', '2026-11-16', undefined, '2026-11-20', '2026-11-23', false],
  ['open, on the due date', '2026-11-16', undefined, '2026-11-23', '2026-11-23', false],
  ['open, the day after', '2026-11-16', undefined, '2026-11-24', '2026-11-23', true],
  [
    'reviewed in time, looked at later',
    '2026-11-16',
    '2026-11-20',
    '2026-12-30',
    '2026-11-23',
    false,
  ],
  ['reviewed late', '2026-11-16', '2026-11-25', '2026-11-25', '2026-11-23', true],
  // 国庆 2026: 10-01 to 10-07 off, with make-up working days around it.
  ['across 国庆', '2026-09-29', undefined, '2026-10-09', '2026-10-12', false],
];

describe('reviewTimeliness', () => {
  it.each(CASES)('%s', (_name, submittedOn, reviewedOn, today, dueDate, overdue) => {
    const result = reviewTimeliness({
      submittedOn,
      ...(reviewedOn ? { reviewedOn } : {}),
      today,
      workingDays: 5,
      calendar,
    });
    expect(result.dueDate).toBe(dueDate);
    expect(result.overdue).toBe(overdue);
    expect(result.issues.map((issue) => issue.code)).toEqual(overdue ? ['review.overdue'] : []);
  });

  it('says the limit and the due date in the overdue warning', () => {
    const [warning] = reviewTimeliness({
      submittedOn: '2026-11-16',
      today: '2026-11-30',
      workingDays: 5,
      calendar,
    }).issues;
    expect(warning?.message).toContain('送审后 5 个工作日内应完成（最迟 2026-11-23）');
  });

  it('says when the due date falls in a year without a holiday schedule', () => {
    const result = reviewTimeliness({
      submittedOn: '2030-01-02',
      today: '2030-01-02',
      workingDays: 5,
      calendar: new WorkingDayCalendar(),
    });
    expect(result).toMatchObject({ uncertain: true, uncoveredYears: [2030] });
  });

  it('reads the limit from each built-in policy', () => {
    expect(LUZHOU_2018_MAJOR.reviewWorkingDays).toBe(5);
    expect(NATIONAL_2018_MAJOR.reviewWorkingDays).toBe(5);
  });
});
