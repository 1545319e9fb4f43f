export {
  type HolidayPeriod,
  type HolidaySchedule,
  type HolidayScheduleFile,
  parseHolidaySchedule,
} from './holiday-schedule';
export {
  addDays,
  addMonths,
  type CivilDate,
  chinaToday,
  daysBetween,
  formatIsoDate,
  fromDayNumber,
  ISO_DATE_PATTERN,
  type IsoDate,
  isIsoDate,
  monthOf,
  parseIsoDate,
  toDayNumber,
  weekday,
  yearOf,
} from './iso-date';
export {
  chinaCalendar,
  uncoveredNote,
  WorkingDayCalendar,
  type WorkingDayResult,
} from './working-day-calendar';
