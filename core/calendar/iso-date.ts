/**
 * Calendar dates as `YYYY-MM-DD` strings, the form feeds and spreadsheets carry. Arithmetic
 * runs on day numbers (days since 1970-01-01) so no time zone or DST ever shifts a date:
 * a decision dated 2024-09-30 stays that day wherever the code runs.
 */

/** A civil date, `YYYY-MM-DD` (ISO 8601 calendar date, no time, no zone). */
export type IsoDate = string;

export const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Reads a `YYYY-MM-DD` string that names a real day, or returns undefined. */
export function parseIsoDate(value: string): CivilDate | undefined {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

export function formatIsoDate({ year, month, day }: CivilDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function toDayNumber(date: IsoDate): number {
  const civil = parseIsoDate(date);
  if (!civil) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const y = civil.month <= 2 ? civil.year - 1 : civil.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (civil.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + civil.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatIsoDate({ year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * Adds calendar months, clamping to the month's last day (2024-01-31 + 1 month = 2024-02-29),
 * the way 公示期 "三个月" is counted.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const civil = parseIsoDate(date);
  if (!civil) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const index = civil.year * 12 + (civil.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatIsoDate({ year, month, day: Math.min(civil.day, daysInMonth(year, month)) });
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** `YYYY-MM` of a date: the month a record is filed under. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/**
 * Today's civil date in China (UTC+8, no DST) for a given instant: a clerk in 泸州 at 07:30
 * on 1 October is already in October even when the server clock says 30 September UTC.
 */
export function chinaToday(now: Date): IsoDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
