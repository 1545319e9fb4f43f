import { asciiCodes } from '../identifiers/ascii-codes';
import { isRealDate, residentIdCheckCodeAt } from '../identifiers/resident-id';
import {
  UNIFIED_SOCIAL_CREDIT_CODE_ALPHABET,
  unifiedSocialCreditCodeCheckIndexAt,
} from '../identifiers/unified-social-credit-code';
import { type AlnumRun, allDigits, isBoundary, isDigitChar, runDigits } from './internal/alnum-run';
import {
  type RunDetector,
  type RunMatch,
  type RunStartFilter,
  runFinding,
} from './internal/run-detector';
import { PersonalDataKind } from './kinds';
import { LabelCategory, Subject } from './labels';

/**
 * GB/T 2260 province codes (first two digits), plus 81/82/83 for the residence permits of
 * Hong Kong, Macau and Taiwan residents (港澳台居民居住证, same 18-digit form).
 */
export const RESIDENT_ID_PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
]);

function digitAt(codes: Uint8Array, i: number): number {
  return codes[i]! - 48;
}

/** The GB 11643 check character for 17 digits starting at `from`. */
export function residentIdCheckCharacter(digits: string, from = 0): string {
  return String.fromCharCode(residentIdCheckCodeAt(asciiCodes(digits), from));
}

export interface ResidentIdShape {
  /** Region code is a real province (or 81/82/83) and the birth date is a real date. */
  readonly plausible: boolean;
  readonly checkValid: boolean;
  readonly permit: boolean;
}

/** Reads 18 characters at `from` (17 digits + digit or X) as a GB 11643 number. */
export function readResidentId18(text: string, from = 0): ResidentIdShape | undefined {
  return readResidentId18Codes(asciiCodes(text), from);
}

function readResidentId18Codes(codes: Uint8Array, from: number): ResidentIdShape | undefined {
  if (!allDigits(codes, from, from + 17)) return undefined;
  const last = codes[from + 17]!;
  if (!((last >= 48 && last <= 57) || last === 88)) return undefined;
  const province = digitAt(codes, from) * 10 + digitAt(codes, from + 1);
  const year =
    digitAt(codes, from + 6) * 1000 +
    digitAt(codes, from + 7) * 100 +
    digitAt(codes, from + 8) * 10 +
    digitAt(codes, from + 9);
  const month = digitAt(codes, from + 10) * 10 + digitAt(codes, from + 11);
  const day = digitAt(codes, from + 12) * 10 + digitAt(codes, from + 13);
  const plausible =
    RESIDENT_ID_PROVINCES.has(province) &&
    year >= 1900 &&
    year <= 2099 &&
    isRealDate(year, month, day);
  return {
    plausible,
    checkValid: residentIdCheckCodeAt(codes, from) === last,
    permit: province >= 81,
  };
}

/** Reads 15 digits at `from` as a legacy GB 11643-1989 number (YYMMDD, no check). */
function isPlausibleResidentId15(codes: Uint8Array, from: number): boolean {
  if (!allDigits(codes, from, from + 15)) return false;
  const province = digitAt(codes, from) * 10 + digitAt(codes, from + 1);
  const year = 1900 + digitAt(codes, from + 6) * 10 + digitAt(codes, from + 7);
  const month = digitAt(codes, from + 8) * 10 + digitAt(codes, from + 9);
  const day = digitAt(codes, from + 10) * 10 + digitAt(codes, from + 11);
  return RESIDENT_ID_PROVINCES.has(province) && isRealDate(year, month, day);
}

function isValidCreditCode(codes: Uint8Array, from: number): boolean {
  const check = unifiedSocialCreditCodeCheckIndexAt(codes, from);
  return check >= 0 && UNIFIED_SOCIAL_CREDIT_CODE_ALPHABET.charCodeAt(check) === codes[from + 17];
}

/**
 * Resident identity numbers (GB 11643-1999, 18 characters; GB 11643-1989, 15 digits) and the
 * 18-character residence permits of Hong Kong, Macau and Taiwan residents.
 *
 * - A number with a real region, a real date and a correct check character is personal
 *   wherever it stands (even after 编号), except after 统一社会信用代码 when it is also a valid
 *   credit code.
 * - A wrong check character after an ID label (身份证号码) is still someone's ID (a typo).
 * - Without a label, a real region and date with a wrong check character is reported with
 *   low confidence: a careful reviewer looks at it.
 * - 15 digits: the date segment and the label decide (工商注册号 has the same length).
 *
 * Limit: an 18-digit number whose date segment is not a real date is only reported after an
 * ID label.
 */
/**
 * 17 digits and a check digit or X, or 15 digits (GB 11643-1989); 36, 54… digits when IDs are
 * run together with nothing between them.
 */
export const residentIdMayStart: RunStartFilter = (first, plain) =>
  isDigitChar(first) &&
  (plain < 0 || plain === 18 || plain === 15 || plain === 20 || plain % 18 === 0);

/**
 * True when a valid ID ends at `end` although the run goes on: the next 18 characters are a
 * valid ID too, and so on to a boundary (510502197806120039510521198812120020, two IDs pasted
 * together). Both must pass the date and the check character: one valid ID followed by
 * other digits is not split.
 */
function validIdsFollow(run: AlnumRun, end: number): boolean {
  while (!isBoundary(run, end)) {
    if (end + 18 > run.length) return false;
    const next = readResidentId18Codes(run.codes, end);
    if (!next?.plausible || !next.checkValid) return false;
    end += 18;
  }
  return true;
}

export const matchResidentId: RunDetector = (run, at, context): RunMatch | undefined => {
  const { codes, length } = run;
  if (at + 18 <= length) {
    const shape = readResidentId18Codes(codes, at);
    const bounded = shape !== undefined && isBoundary(run, at + 18);
    // A 残疾人证号 is the holder's ID with the disability's category (1–7) and grade (1–4).
    if (
      shape?.checkValid &&
      shape.plausible &&
      at + 20 <= length &&
      isBoundary(run, at + 20) &&
      /^[1-7][1-4]$/.test(String.fromCharCode(codes[at + 18]!, codes[at + 19]!))
    ) {
      return runFinding(run, at, at + 20, PersonalDataKind.residentId, 0.95, 'resident-id');
    }
    if (shape && !bounded && shape.plausible && shape.checkValid && validIdsFollow(run, at + 18)) {
      return runFinding(
        run,
        at,
        at + 18,
        PersonalDataKind.residentId,
        0.95,
        'resident-id-run-together',
      );
    }
    if (shape && bounded) {
      if (shape.plausible && shape.checkValid) {
        // Valid for both standards: the label decides (统一社会信用代码 → public).
        // 纳税人识别号 of a natural person is the ID number itself (DOMAIN §4b).
        if (
          context.category() === LabelCategory.creditCode &&
          isValidCreditCode(codes, at) &&
          context.subject(run.offsets[at]!) !== Subject.person
        ) {
          return undefined;
        }
        const reason = shape.permit ? 'residence-permit' : 'resident-id';
        return runFinding(run, at, at + 18, PersonalDataKind.residentId, 0.97, reason);
      }
      const category = context.category();
      if (category === LabelCategory.residentId) {
        return runFinding(
          run,
          at,
          at + 18,
          PersonalDataKind.residentId,
          0.85,
          'resident-id-labelled-bad-check',
        );
      }
      if (
        shape.plausible &&
        category !== LabelCategory.creditCode &&
        category !== LabelCategory.documentNumber &&
        !isValidCreditCode(codes, at)
      ) {
        return runFinding(
          run,
          at,
          at + 18,
          PersonalDataKind.residentId,
          0.6,
          'resident-id-bad-check',
        );
      }
    }
  }
  // Not the first 15 of an 18-character code with letters after them (915101075824736X88 is a
  // credit code, not a 15-digit ID and X88).
  if (
    at + 15 <= length &&
    isBoundary(run, at + 15) &&
    !(at === 0 && length === 18 && !run.gaps[15]) &&
    runDigits(run, at, at + 15)
  ) {
    const category = context.category();
    if (category === LabelCategory.residentId) {
      return runFinding(
        run,
        at,
        at + 15,
        PersonalDataKind.residentId,
        0.9,
        'resident-id-15-labelled',
      );
    }
    if (
      category !== LabelCategory.registrationNumber &&
      category !== LabelCategory.creditCode &&
      category !== LabelCategory.documentNumber &&
      isPlausibleResidentId15(codes, at)
    ) {
      return runFinding(run, at, at + 15, PersonalDataKind.residentId, 0.7, 'resident-id-15');
    }
  }
  return undefined;
};
