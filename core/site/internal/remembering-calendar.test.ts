import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays } from '../../calendar/iso-date';
import { chinaCalendar } from '../../calendar/working-day-calendar';
import { RememberingCalendar } from './remembering-calendar';

const calendar = chinaCalendar();
const remembering = new RememberingCalendar(calendar);
const day = fc.integer({ min: 0, max: 9 * 366 }).map((offset) => addDays('2018-06-01', offset));

describe('RememberingCalendar', () => {
  // Asked twice: once walked, once remembered; both answers the calendar's own.
  test.prop([day, fc.integer({ min: -30, max: 30 })])(
    'adds working days as the calendar does',
    (date, n) => {
      expect(remembering.addWorkingDays(date, n)).toEqual(calendar.addWorkingDays(date, n));
      expect(remembering.addWorkingDays(date, n)).toEqual(calendar.addWorkingDays(date, n));
    },
  );

  test.prop([day, day])('counts working days between two dates as the calendar does', (a, b) => {
    expect(remembering.workingDaysBetween(a, b)).toEqual(calendar.workingDaysBetween(a, b));
    expect(remembering.workingDaysBetween(a, b)).toEqual(calendar.workingDaysBetween(a, b));
  });

  test.prop([day])('knows the same working days and years', (date) => {
    expect(remembering.isWorkingDay(date)).toBe(calendar.isWorkingDay(date));
    expect(remembering.years).toEqual(calendar.years);
  });
});
