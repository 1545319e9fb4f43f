/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from the code
 * alphabet, the last one a check character. Organisations' identifiers: public, not personal.
 *
 * Limit: some codes issued early in the roll-out fail the checksum yet are real, so a failed
 * check is a reason to look again, never proof that a code is fake.
 */

import { asciiCodes } from './ascii-codes';

/** GB 32100-2015 §4: the 31 characters a code may use (no I, O, Z, S, V), in value order. */
export const UNIFIED_SOCIAL_CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100-2015: 18 characters, registration authority + kind + 6-digit region + 9 + check. */
export const UNIFIED_SOCIAL_CREDIT_CODE_PATTERN =
  /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** GB 32100-2015: weight of position i (1-based) is 3^(i-1) mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export const UnifiedSocialCreditCodeProblem = {
  length: 'length',
  character: 'character',
  checksum: 'checksum',
} as const;
export type UnifiedSocialCreditCodeProblem =
  (typeof UnifiedSocialCreditCodeProblem)[keyof typeof UnifiedSocialCreditCodeProblem];

export interface UnifiedSocialCreditCodeCheck {
  readonly valid: boolean;
  /** The code upper-cased with spaces removed: the form to store. */
  readonly normalised: string;
  readonly problem?: UnifiedSocialCreditCodeProblem;
  /** The check character the first 17 characters call for, when they are well formed. */
  readonly expectedCheck?: string;
}

/** Removes spaces and upper-cases: clerks type codes in lower case and with gaps. */
export function normaliseUnifiedSocialCreditCode(code: string): string {
  if (UNIFIED_SOCIAL_CREDIT_CODE_PATTERN.test(code)) return code;
  return code.replace(/[\s\u3000]+/g, '').toUpperCase();
}

/**
 * The GB 32100 check character for the first 17 characters of a code, or undefined when
 * they contain a character outside the alphabet.
 */
export function unifiedSocialCreditCodeCheckCharacter(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  const index = unifiedSocialCreditCodeCheckIndexAt(asciiCodes(first17), 0);
  return index < 0 ? undefined : UNIFIED_SOCIAL_CREDIT_CODE_ALPHABET[index];
}

/** Value of each code unit in the alphabet, -1 outside it (the privacy scanner asks per run). */
const ALPHABET_VALUES = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < UNIFIED_SOCIAL_CREDIT_CODE_ALPHABET.length; i++) {
    values[UNIFIED_SOCIAL_CREDIT_CODE_ALPHABET.charCodeAt(i)] = i;
  }
  return values;
})();

/** True when the code unit is one of the 31 characters of the code alphabet. */
export function isUnifiedSocialCreditCodeCharacter(code: number): boolean {
  return code < 128 && ALPHABET_VALUES[code]! >= 0;
}

/**
 * The check character, as its index in the alphabet, for the 17 character codes starting at
 * `from` (which must exist); -1 when one is outside the alphabet. The privacy scanner asks
 * with a run's codes, so no string is made.
 */
export function unifiedSocialCreditCodeCheckIndexAt(codes: Uint8Array, from: number): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const code = codes[from + i]!;
    const value = code < 128 ? ALPHABET_VALUES[code]! : -1;
    if (value < 0) return -1;
    sum += value * WEIGHTS[i]!;
  }
  return (31 - (sum % 31)) % 31;
}

/**
 * Checks a 统一社会信用代码 against GB 32100-2015 (alphabet and check character).
 *
 * @example checkUnifiedSocialCreditCode('91519999MA00000A02').valid
 */
export function checkUnifiedSocialCreditCode(code: string): UnifiedSocialCreditCodeCheck {
  const normalised = normaliseUnifiedSocialCreditCode(code);
  if (normalised.length !== 18) {
    return { valid: false, normalised, problem: UnifiedSocialCreditCodeProblem.length };
  }
  if (!UNIFIED_SOCIAL_CREDIT_CODE_PATTERN.test(normalised)) {
    return { valid: false, normalised, problem: UnifiedSocialCreditCodeProblem.character };
  }
  const expectedCheck = unifiedSocialCreditCodeCheckCharacter(normalised.slice(0, 17))!;
  if (normalised[17] !== expectedCheck) {
    return {
      valid: false,
      normalised,
      problem: UnifiedSocialCreditCodeProblem.checksum,
      expectedCheck,
    };
  }
  return { valid: true, normalised, expectedCheck };
}

/** True when `code` is a well-formed 统一社会信用代码 with a correct check character. */
export function isValidUnifiedSocialCreditCode(code: string): boolean {
  return checkUnifiedSocialCreditCode(code).valid;
}

/** GB 32100-2015 Table 1: registration authority 9 + kind 2 = 个体工商户 (individual business). */
export function isIndividualBusinessCode(code: string): boolean {
  return normaliseUnifiedSocialCreditCode(code).startsWith('92');
}
