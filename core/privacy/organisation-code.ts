import { unifiedSocialCreditCodeCheckCharacter } from '../identifiers/unified-social-credit-code';
import { isBoundary, runDigits } from './internal/alnum-run';
import type { RunDetector } from './internal/run-detector';
import { LabelCategory } from './labels';

/** GB 32100-2015: the code alphabet (no I, O, Z, S, V). */
const CREDIT_CODE_CHARACTERS = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/**
 * Organisations' identifiers are public (DOMAIN §4) and are consumed whole, so that their
 * digit groups are never read as a phone or an ID:
 * - 统一社会信用代码 (GB 32100-2015) with a correct check character, anywhere;
 * - any 18 characters in the code alphabet after a 统一社会信用代码 label (some early codes
 *   fail the checksum yet are real);
 * - 15 digits after a 注册号 label (工商注册号, same length as a legacy ID).
 */
export const matchOrganisationCode: RunDetector = (run, at, context) => {
  const { chars } = run;
  if (at + 18 <= chars.length && isBoundary(run, at + 18)) {
    const code = chars.slice(at, at + 18);
    if (CREDIT_CODE_CHARACTERS.test(code)) {
      if (unifiedSocialCreditCodeCheckCharacter(code.slice(0, 17)) === code[17])
        return { end: at + 18 };
      if (context.label()?.value === LabelCategory.creditCode) return { end: at + 18 };
    }
  }
  if (at + 15 <= chars.length && isBoundary(run, at + 15) && runDigits(run, at, at + 15)) {
    const category = context.label()?.value;
    if (category === LabelCategory.registrationNumber || category === LabelCategory.creditCode) {
      return { end: at + 15 };
    }
  }
  return undefined;
};
