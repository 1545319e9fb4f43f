import type { Problem } from '../diagnostics/problem';
import bundled from './data/china-holidays.json';
import { expandPeriod, type HolidaySchedule, parseHolidaySchedule } from './holiday-schedule';
import { fromDayNumber, type IsoDate, toDayNumber, yearOf } from './iso-date';

/** A date `n` working days on, and whether the calendar knew every day it counted. */
export interface WorkingDayResult {
  readonly date: IsoDate;
  /** True when a day counted lies in a year with no loaded schedule: the date may be wrong. */
  readonly uncertain: boolean;
  /** The years the count passed through without a schedule, e.g. [2027]. */
  readonly uncoveredYears: readonly number[];
}

/** Years counted by subtraction around the loaded ones (beyond them, days are walked). */
const TABLE_MARGIN_YEARS = 10;
/** The table's centre when no year is loaded. */
const DEFAULT_TABLE_YEAR = 2025;

/**
 * Working days (工作日) as the State Council schedule defines them: Monday to Friday, minus the
 * holiday periods, plus the make-up working weekends (调休/补班).
 *
 * Limit: a year without a loaded schedule falls back to plain weekdays, and every answer that
 * relies on that fallback says so (`uncertain`), unlike the npm packages that fall back
 * silently. Load the year with `loadYear` once the State Council publishes it (each December).
 */
export class WorkingDayCalendar {
  readonly #schedules: ReadonlyMap<number, HolidaySchedule>;
  readonly #holidays: ReadonlySet<number>;
  readonly #workdays: ReadonlySet<number>;
  #cumulative: Int32Array | undefined;
  #tableStart = 0;

  constructor(schedules: readonly HolidaySchedule[] = []) {
    const byYear = new Map<number, HolidaySchedule>();
    for (const schedule of schedules) byYear.set(schedule.year, schedule);
    this.#schedules = byYear;
    const holidays = new Set<number>();
    const workdays = new Set<number>();
    for (const schedule of byYear.values()) {
      for (const period of schedule.holidays) {
        for (const day of expandPeriod(period)) holidays.add(toDayNumber(day));
      }
      for (const day of schedule.workdays) workdays.add(toDayNumber(day));
    }
    this.#holidays = holidays;
    this.#workdays = workdays;
  }

  /** The years whose schedule is loaded, ascending. */
  get years(): readonly number[] {
    return [...this.#schedules.keys()].sort((a, b) => a - b);
  }

  schedule(year: number): HolidaySchedule | undefined {
    return this.#schedules.get(year);
  }

  /** Whether the State Council schedule for `year` is loaded. */
  covers(year: number): boolean {
    return this.#schedules.has(year);
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.#isWorkingDayNumber(toDayNumber(date));
  }

  #isWorkingDayNumber(day: number): boolean {
    if (this.#workdays.has(day)) return true;
    if (this.#holidays.has(day)) return false;
    const dow = (((day + 4) % 7) + 7) % 7;
    return dow !== 0 && dow !== 6;
  }

  /**
   * Walks day numbers from `from` (exclusive) in `step` direction, calling `visit` with each
   * day and whether its year is covered, until `visit` returns false. Works on numbers, not
   * date strings: checking 10,000 records walks millions of days.
   */
  #walk(from: number, step: 1 | -1, visit: (day: number, covered: boolean) => boolean): void {
    let day = from;
    let year = yearOf(fromDayNumber(from + step));
    let yearStart = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
    let nextYearStart = toDayNumber(`${String(year + 1).padStart(4, '0')}-01-01`);
    let covered = this.covers(year);
    for (;;) {
      day += step;
      if (day >= nextYearStart || day < yearStart) {
        year = yearOf(fromDayNumber(day));
        yearStart = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
        nextYearStart = toDayNumber(`${String(year + 1).padStart(4, '0')}-01-01`);
        covered = this.covers(year);
      }
      if (!visit(day, covered)) return;
    }
  }

  /**
   * The date `n` working days after `date` (n ≥ 1), counting from the next day: a decision
   * on Friday 2024-09-27 with 7 working days to publish is due on Saturday 2024-10-12, a
   * make-up working day after 国庆. n = 0 returns `date` itself. Negative n counts back.
   */
  addWorkingDays(date: IsoDate, n: number): WorkingDayResult {
    const uncovered = new Set<number>();
    let remaining = Math.abs(n);
    let result = toDayNumber(date);
    if (remaining > 0) {
      this.#walk(result, n < 0 ? -1 : 1, (day, covered) => {
        if (!covered) uncovered.add(yearOf(fromDayNumber(day)));
        if (this.#isWorkingDayNumber(day)) remaining -= 1;
        result = day;
        return remaining > 0;
      });
    }
    const uncoveredYears = [...uncovered].sort((a, b) => a - b);
    return { date: fromDayNumber(result), uncertain: uncoveredYears.length > 0, uncoveredYears };
  }

  /**
   * Working days after `from` up to and including `to` (0 when `to` is not later), so that
   * `workingDaysBetween(d, addWorkingDays(d, n).date) === n`.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): { days: number; uncertain: boolean } {
    let count = 0;
    let uncertain = false;
    const start = toDayNumber(from);
    const end = toDayNumber(to);
    if (end <= start) return { days: 0, uncertain: false };
    const table = this.#countTable();
    const first = start + 1 - this.#tableStart;
    if (first >= 0 && end + 1 - this.#tableStart < table.length) {
      // A subtraction instead of a walk: a build checks 10,000 deadlines against today.
      for (let year = yearOf(fromDayNumber(start + 1)); year <= yearOf(to); year++) {
        if (!this.covers(year)) uncertain = true;
      }
      return { days: table[end + 1 - this.#tableStart]! - table[first]!, uncertain };
    }
    this.#walk(start, 1, (day, covered) => {
      if (!covered) uncertain = true;
      if (this.#isWorkingDayNumber(day)) count += 1;
      return day < end;
    });
    return { days: count, uncertain };
  }

  /**
   * Working days before each day, from #tableStart: table[k] counts the working days among
   * the k days from #tableStart. Built on first use, for the loaded years and
   * TABLE_MARGIN_YEARS either side.
   */
  #countTable(): Int32Array {
    if (!this.#cumulative) {
      const years = this.years;
      const first = (years[0] ?? DEFAULT_TABLE_YEAR) - TABLE_MARGIN_YEARS;
      const last = (years.at(-1) ?? DEFAULT_TABLE_YEAR) + TABLE_MARGIN_YEARS;
      const start = toDayNumber(`${String(first).padStart(4, '0')}-01-01`);
      const end = toDayNumber(`${String(last + 1).padStart(4, '0')}-01-01`);
      const table = new Int32Array(end - start + 1);
      for (let day = start; day < end; day++) {
        table[day - start + 1] = table[day - start]! + (this.#isWorkingDayNumber(day) ? 1 : 0);
      }
      this.#tableStart = start;
      this.#cumulative = table;
    }
    return this.#cumulative;
  }

  /**
   * A new calendar with one more year loaded from untrusted JSON (a deployer's file). The
   * calendar is unchanged when the JSON has problems; a year already loaded is replaced.
   */
  loadYear(json: unknown): { calendar: WorkingDayCalendar; problems: Problem[] } {
    const value = typeof json === 'string' ? safeJsonParse(json) : json;
    const { schedule, problems } = parseHolidaySchedule(value);
    if (!schedule) return { calendar: this, problems };
    return { calendar: new WorkingDayCalendar([...this.#schedules.values(), schedule]), problems };
  }
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

let china: WorkingDayCalendar | undefined;

/**
 * The mainland China calendar with the schedules this release ships (2019–2026). Built on
 * first use, not on import.
 */
export function chinaCalendar(): WorkingDayCalendar {
  if (!china) {
    const schedules = bundled.years.map((year, index) => {
      const { schedule, problems } = parseHolidaySchedule(year, `years[${index}]`);
      if (!schedule) throw new Error(`Bundled holiday data is invalid: ${problems[0]?.messageEn}`);
      return schedule;
    });
    china = new WorkingDayCalendar(schedules);
  }
  return china;
}

/** A human note for an uncertain result, e.g. "calendar for 2027 not loaded". */
export function uncoveredNote(years: readonly number[]): { message: string; messageEn: string } {
  const list = years.join('、');
  return {
    message: `${list} 年的节假日安排未加载，期限按普通周一至周五推算，可能不准。`,
    messageEn: `calendar for ${years.join(', ')} not loaded: counted as plain weekdays, may be wrong`,
  };
}
