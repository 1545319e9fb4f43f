import { isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { addDays } from './iso-date';
import { chinaCalendar, uncoveredNote, WorkingDayCalendar } from './working-day-calendar';

const calendar = chinaCalendar();

describe('chinaCalendar', () => {
  it('covers 2019 to 2026 and nothing else', () => {
    expect(calendar.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(calendar.covers(2027)).toBe(false);
  });

  it.each([
    ['2024-10-01', false, '国庆'],
    ['2024-10-12', true, 'Saturday make-up day after 国庆'],
    ['2024-09-29', true, 'Sunday make-up day before 国庆'],
    ['2025-01-26', true, 'Sunday make-up day before 春节'],
    ['2025-02-04', false, '春节'],
    ['2023-12-30', false, '元旦 2024 starts in 2023'],
    ['2026-02-28', true, 'Saturday make-up day after 春节'],
    ['2026-11-28', false, 'plain Saturday'],
    ['2026-11-27', true, 'plain Friday'],
  ])('%s working: %s (%s)', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  // The data file is typed in by hand from the State Council notices; the chinese-days
  // package is an independent copy, so any typo on either side shows up here.
  it('agrees with the chinese-days package on every day of 2019–2026', () => {
    const disagreements: string[] = [];
    for (let date = '2019-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      if (calendar.isWorkingDay(date) !== isWorkday(date)) disagreements.push(date);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2024-09-27', 7, '2024-10-12', 'decision the Friday before 国庆 2024: make-up days count'],
    ['2024-09-30', 7, '2024-10-15', 'decision on the eve of 国庆'],
    ['2025-09-30', 7, '2025-10-16', '国庆 and 中秋 together, 8 days off'],
    ['2025-01-24', 7, '2025-02-10', 'before 春节 2025 with two make-up days'],
    ['2024-06-07', 20, '2024-07-08', '20 working days across 端午'],
    ['2026-11-27', 3, '2026-12-02', 'plain weekend'],
    ['2026-11-27', 0, '2026-11-27', 'zero days'],
    ['2024-10-08', -1, '2024-09-30', 'counting back over 国庆'],
  ])('%s + %i → %s (%s)', (date, n, expected) => {
    const result = calendar.addWorkingDays(date, n);
    expect(result).toEqual({ date: expected, uncertain: false, uncoveredYears: [] });
    expect(calendar.workingDaysBetween(date, expected).days).toBe(Math.max(0, n));
  });

  it.each([
    ['2024-09-27', '2024-10-12'],
    ['2018-12-25', '2019-01-10'],
    ['2026-12-20', '2027-01-15'],
    ['2005-03-01', '2007-03-01'],
    ['1990-01-01', '2030-01-01'],
    ['2040-01-01', '2041-01-01'],
  ])('counts %s → %s as day-by-day counting does, uncertain outside the schedules', (from, to) => {
    let days = 0;
    let uncertain = false;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
      if (calendar.isWorkingDay(day)) days++;
      if (!calendar.covers(Number(day.slice(0, 4)))) uncertain = true;
    }
    expect(calendar.workingDaysBetween(from, to)).toEqual({ days, uncertain });
  });

  it('flags a deadline that runs into a year with no schedule', () => {
    const result = calendar.addWorkingDays('2026-12-28', 7);
    expect(result.uncertain).toBe(true);
    expect(result.uncoveredYears).toEqual([2027]);
    expect(uncoveredNote(result.uncoveredYears).messageEn).toContain(
      'calendar for 2027 not loaded',
    );
  });
});

describe('loadYear', () => {
  const year2027 = {
    year: 2027,
    holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
    workdays: ['2027-01-09'],
  };

  it('adds a year from JSON without touching the original calendar', () => {
    const { calendar: extended, problems } = calendar.loadYear(JSON.stringify(year2027));
    expect(problems).toEqual([]);
    expect(extended.covers(2027)).toBe(true);
    expect(calendar.covers(2027)).toBe(false);
    expect(extended.isWorkingDay('2027-01-01')).toBe(false);
    expect(extended.isWorkingDay('2027-01-09')).toBe(true);
    expect(extended.addWorkingDays('2026-12-28', 7).uncertain).toBe(false);
  });

  it.each([
    ['not JSON', '{year: 2027', 'calendar.not-object'],
    ['bad year', { ...year2027, year: '2027' }, 'calendar.invalid-year'],
    ['no holidays', { year: 2027, workdays: [] }, 'calendar.missing-holidays'],
    ['bad date', { ...year2027, workdays: ['2027-02-30'] }, 'calendar.invalid-workday'],
    ['wrong year', { ...year2027, workdays: ['2028-01-09'] }, 'calendar.invalid-workday'],
    [
      'reversed period',
      { ...year2027, holidays: [{ name: '春节', from: '2027-02-10', to: '2027-02-05' }] },
      'calendar.invalid-period',
    ],
    ['conflict', { ...year2027, workdays: ['2027-01-02'] }, 'calendar.conflict'],
  ])('rejects %s', (_name, json, code) => {
    const { calendar: unchanged, problems } = calendar.loadYear(json);
    expect(unchanged).toBe(calendar);
    expect(problems.map((problem) => problem.code)).toContain(code);
    expect(problems[0]?.message).toBeTruthy();
  });

  it('starts empty when built without data', () => {
    const empty = new WorkingDayCalendar();
    expect(empty.covers(2024)).toBe(false);
    expect(empty.addWorkingDays('2024-09-27', 7)).toEqual({
      date: '2024-10-08',
      uncertain: true,
      uncoveredYears: [2024],
    });
  });
});
