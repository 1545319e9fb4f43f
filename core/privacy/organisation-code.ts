import {
  isUnifiedSocialCreditCodeCharacter,
  UNIFIED_SOCIAL_CREDIT_CODE_ALPHABET,
  unifiedSocialCreditCodeCheckIndexAt,
} from '../identifiers/unified-social-credit-code';
import { isBoundary, runDigits } from './internal/alnum-run';
import type { RunDetector, RunStartFilter } from './internal/run-detector';
import { LabelCategory } from './labels';

/**
 * Organisations' identifiers are public (DOMAIN §4) and are consumed whole, so that their
 * digit groups are never read as a phone or an ID:
 * - 统一社会信用代码 (GB 32100-2015) with a correct check character, anywhere;
 * - any 18 characters in the code alphabet after a 统一社会信用代码 label (some early codes
 *   fail the checksum yet are real);
 * - 15 digits after a 注册号 label (工商注册号, same length as a legacy ID).
 */
/** 18 characters (统一社会信用代码, letters allowed) or 15 digits (工商注册号). */
export const organisationCodeMayStart: RunStartFilter = (_first, plain) =>
  plain < 0 || plain === 18 || plain === 15;

export const matchOrganisationCode: RunDetector = (run, at, context) => {
  const { codes, length } = run;
  if (at + 18 <= length && isBoundary(run, at + 18)) {
    const check = unifiedSocialCreditCodeCheckIndexAt(codes, at);
    // The check is defined when the first 17 are in the code alphabet.
    if (check >= 0) {
      const last = codes[at + 17]!;
      if (UNIFIED_SOCIAL_CREDIT_CODE_ALPHABET.charCodeAt(check) === last) return { end: at + 18 };
      if (
        isUnifiedSocialCreditCodeCharacter(last) &&
        context.category() === LabelCategory.creditCode
      ) {
        return { end: at + 18 };
      }
    }
  }
  if (at + 15 <= length && isBoundary(run, at + 15) && runDigits(run, at, at + 15)) {
    const category = context.category();
    if (category === LabelCategory.registrationNumber || category === LabelCategory.creditCode) {
      return { end: at + 15 };
    }
  }
  return undefined;
};
