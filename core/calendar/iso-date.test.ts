import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  chinaToday,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  weekday,
} from './iso-date';

describe('iso dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-04-31', false],
    [20240101, false],
  ])('isIsoDate(%s) → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['1970-01-01', 0, 4],
    ['2024-10-01', 19_997, 2],
    ['2000-03-01', 11_017, 3],
  ])('%s is day %i, weekday %i', (date, days, day) => {
    expect(toDayNumber(date)).toBe(days);
    expect(weekday(date)).toBe(day);
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2024-05-15', 36, '2027-05-15'],
    ['2024-03-31', -1, '2024-02-29'],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('counts days across a year end', () => {
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
    expect(daysBetween('2024-12-30', '2025-01-02')).toBe(3);
  });

  it.each([
    ['2026-09-30T16:30:00Z', '2026-10-01'],
    ['2026-09-30T15:59:59Z', '2026-09-30'],
  ])('chinaToday(%s) → %s', (instant, expected) => {
    expect(chinaToday(new Date(instant))).toBe(expected);
  });

  test.prop([fc.integer({ min: -200_000, max: 200_000 })])('day numbers round-trip', (days) => {
    expect(toDayNumber(fromDayNumber(days))).toBe(days);
  });
});
