/**
 * What the spreadsheet import needs from a resident ID number (居民身份证号码): the holder's
 * date of birth, so the minors rule can be applied before the number is dropped. The number
 * itself never leaves the import.
 *
 * Limit: detecting ID numbers in free text is the privacy engine's job (core/privacy/); this
 * module only reads a value that a 证件号码 column already says is an ID.
 */

import { asciiCodes } from './ascii-codes';

/** GB 11643-1999: 6-digit region + YYYYMMDD + 3-digit sequence + check (0-9 or X). */
export const RESIDENT_ID_18_PATTERN = /^(\d{6})(\d{4})(\d{2})(\d{2})\d{3}[\dXx]$/;
/** GB 11643-1989 legacy form: 6-digit region + YYMMDD + 3-digit sequence, no check character. */
export const RESIDENT_ID_15_PATTERN = /^(\d{6})(\d{2})(\d{2})(\d{2})\d{3}$/;

/** GB 11643-1999 §8.2: weights of the first 17 digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** GB 11643-1999: check character indexed by (weighted sum mod 11). */
const CHECK_CHARACTERS = '10X98765432';

/**
 * The GB 11643 check character's code for the 17 digit codes starting at `from` (which must be
 * digits). The privacy scanner asks with a run's codes; readResidentId with the number's.
 */
export function residentIdCheckCodeAt(codes: Uint8Array, from: number): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (codes[from + i]! - 48) * WEIGHTS[i]!;
  return CHECK_CHARACTERS.charCodeAt(sum % 11);
}

export interface ResidentIdReading {
  /** YYYY-MM-DD, when the number carries a real calendar date. */
  readonly birthDate?: string;
  readonly form?: 18 | 15;
  /** False for an 18-digit number whose check character is wrong: still someone's ID. */
  readonly checksumValid?: boolean;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** True when year/month/day is a real calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= DAYS_IN_MONTH[month - 1]!;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Reads the date of birth from an 18-digit or legacy 15-digit resident ID (full-width digits,
 * spaces and dashes tolerated). 15-digit numbers were issued to people born in the 1900s.
 *
 * @example readResidentId('519999200901010012').birthDate // '2009-01-01'
 */
export function readResidentId(value: string): ResidentIdReading {
  const id = value
    .normalize('NFKC')
    .replace(/[\s-]+/g, '')
    .toUpperCase();
  const long = RESIDENT_ID_18_PATTERN.exec(id);
  if (long) {
    const [year, month, day] = [Number(long[2]), Number(long[3]), Number(long[4])];
    if (!isRealDate(year, month, day) || year < 1880) return {};
    return {
      birthDate: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
      form: 18,
      checksumValid: residentIdCheckCodeAt(asciiCodes(id), 0) === id.charCodeAt(17),
    };
  }
  const short = RESIDENT_ID_15_PATTERN.exec(id);
  if (short) {
    const [year, month, day] = [1900 + Number(short[2]), Number(short[3]), Number(short[4])];
    if (!isRealDate(year, month, day)) return {};
    return { birthDate: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, form: 15 };
  }
  return {};
}

/**
 * Whole years of age on `date` for someone born on `birthDate` (both YYYY-MM-DD). A person
 * born on 29 February turns a year older on 1 March in common years.
 */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}
