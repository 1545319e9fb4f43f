import { childPath, type Problem } from '../diagnostics/problem';
import { addDays, type IsoDate, isIsoDate, toDayNumber, yearOf } from './iso-date';

/**
 * One year of the State Council holiday schedule (国务院办公厅关于部分节假日安排的通知):
 * the holiday periods, weekends included, and the make-up working days (调休/补班) that fall on
 * a Saturday or Sunday. Deployers add a year by loading this shape as JSON, without a release.
 *
 * @example
 * { "year": 2027, "holidays": [{ "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" }],
 *   "workdays": ["2027-02-06"] }
 */
export interface HolidaySchedule {
  readonly year: number;
  /** The notice the data was copied from, for whoever checks it. */
  readonly source?: string;
  readonly holidays: readonly HolidayPeriod[];
  readonly workdays: readonly IsoDate[];
}

export interface HolidayPeriod {
  readonly name: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The file format of a set of schedules (core/calendar/data/china-holidays.json). */
export interface HolidayScheduleFile {
  readonly format: 'gongshi-holiday-schedule';
  readonly version: 1;
  readonly years: readonly HolidaySchedule[];
}

function problem(path: string, code: string, message: string, messageEn: string): Problem {
  return { path, code, message, messageEn };
}

/** A notice for year N may start the holiday in late December of N-1 (元旦 2024 began 2023-12-30). */
function inScheduleYear(date: IsoDate, year: number): boolean {
  const y = yearOf(date);
  return y === year || (y === year - 1 && date.slice(5, 7) === '12');
}

/**
 * Reads one year's schedule from untrusted JSON, returning every problem found. The schedule
 * is returned only when there are none: a half-valid calendar would silently move deadlines.
 */
export function parseHolidaySchedule(
  value: unknown,
  path = '$',
): { schedule?: HolidaySchedule; problems: Problem[] } {
  const problems: Problem[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      problems: [
        problem(
          path,
          'calendar.not-object',
          '节假日安排应为一个 JSON 对象。',
          'A holiday schedule must be a JSON object.',
        ),
      ],
    };
  }
  const input = value as Record<string, unknown>;
  const year = input.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1999 || year > 2200) {
    problems.push(
      problem(
        childPath(path, 'year'),
        'calendar.invalid-year',
        '年份应为整数，如 2027。',
        'year must be an integer such as 2027.',
      ),
    );
  }
  const validYear = typeof year === 'number' ? year : Number.NaN;
  const holidays: HolidayPeriod[] = [];
  if (!Array.isArray(input.holidays)) {
    problems.push(
      problem(
        childPath(path, 'holidays'),
        'calendar.missing-holidays',
        '缺少 holidays（放假安排）列表。',
        'holidays must be a list of periods.',
      ),
    );
  } else {
    input.holidays.forEach((entry: unknown, index) => {
      const at = childPath(childPath(path, 'holidays'), index);
      const period = entry as Partial<Record<string, unknown>> | null;
      const name = period?.name;
      const from = period?.from;
      const to = period?.to;
      if (typeof name !== 'string' || name.trim() === '' || !isIsoDate(from) || !isIsoDate(to)) {
        problems.push(
          problem(
            at,
            'calendar.invalid-period',
            '放假时段需要 name、from、to（日期格式 YYYY-MM-DD）。',
            'A holiday period needs name, from and to (YYYY-MM-DD).',
          ),
        );
        return;
      }
      if (toDayNumber(from) > toDayNumber(to) || toDayNumber(to) - toDayNumber(from) > 15) {
        problems.push(
          problem(
            at,
            'calendar.invalid-period',
            `放假时段 ${from} 至 ${to} 不合理（起止颠倒或超过 16 天）。`,
            `Holiday period ${from} to ${to} is reversed or longer than 16 days.`,
          ),
        );
        return;
      }
      if (!inScheduleYear(from, validYear) || !inScheduleYear(to, validYear)) {
        problems.push(
          problem(
            at,
            'calendar.wrong-year',
            `放假时段 ${from} 至 ${to} 不在 ${validYear} 年。`,
            `Holiday period ${from} to ${to} is outside ${validYear}.`,
          ),
        );
        return;
      }
      holidays.push({ name, from, to });
    });
  }
  const workdays: IsoDate[] = [];
  if (!Array.isArray(input.workdays)) {
    problems.push(
      problem(
        childPath(path, 'workdays'),
        'calendar.missing-workdays',
        '缺少 workdays（调休上班日）列表，没有时写 []。',
        'workdays must be a list of make-up working days ([] if none).',
      ),
    );
  } else {
    input.workdays.forEach((day: unknown, index) => {
      const at = childPath(childPath(path, 'workdays'), index);
      if (!isIsoDate(day) || !inScheduleYear(day, validYear)) {
        problems.push(
          problem(
            at,
            'calendar.invalid-workday',
            `调休上班日应为 ${validYear} 年内的 YYYY-MM-DD 日期。`,
            `A make-up working day must be a YYYY-MM-DD date in ${validYear}.`,
          ),
        );
        return;
      }
      workdays.push(day);
    });
  }
  const holidayDays = new Set(holidays.flatMap((period) => expandPeriod(period)));
  for (const day of workdays) {
    if (holidayDays.has(day)) {
      problems.push(
        problem(
          childPath(path, 'workdays'),
          'calendar.conflict',
          `${day} 同时被列为放假日和上班日。`,
          `${day} is listed both as a holiday and as a working day.`,
        ),
      );
    }
  }
  if (problems.length > 0) return { problems };
  const source = typeof input.source === 'string' ? input.source : undefined;
  return {
    schedule: { year: validYear, ...(source ? { source } : {}), holidays, workdays },
    problems,
  };
}

/** Every date of a holiday period, both ends included. */
export function expandPeriod(period: HolidayPeriod): IsoDate[] {
  const days: IsoDate[] = [];
  const length = toDayNumber(period.to) - toDayNumber(period.from);
  for (let i = 0; i <= length; i++) days.push(addDays(period.from, i));
  return days;
}
