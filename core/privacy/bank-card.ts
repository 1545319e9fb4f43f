import { asciiCodes } from '../identifiers/ascii-codes';
import { digitsFrom, isBoundary, isDigitChar } from './internal/alnum-run';
import {
  type RunContext,
  type RunDetector,
  type RunStartFilter,
  runFinding,
} from './internal/run-detector';
import { PersonalDataKind } from './kinds';
import { LabelCategory } from './labels';
import { isMobileAt } from './mobile';

/** ISO/IEC 7812: payment card numbers are 16–19 digits with a Luhn (mod 10) check digit. */
export const BANK_CARD_LENGTHS = [19, 18, 17, 16] as const;
/** A labelled account (账号：…) may be a corporate account of any common length. */
export const LABELLED_ACCOUNT_MIN_DIGITS = 8;
export const LABELLED_ACCOUNT_MAX_DIGITS = 40;

/** ISO/IEC 7812-1 Annex B: the Luhn check over `length` digits starting at `from`. */
export function luhnValid(digits: string, from: number, length: number): boolean {
  return luhnValidAt(asciiCodes(digits), from, length);
}

/** The Luhn check over `length` digit codes starting at `from` (a run's codes). */
function luhnValidAt(codes: Uint8Array, from: number, length: number): boolean {
  let sum = 0;
  let double = false;
  for (let i = from + length - 1; i >= from; i--) {
    let digit = codes[i]! - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

function isPublicAccount(
  category: LabelCategory | undefined,
  context: RunContext,
  contextEnd: number,
): boolean {
  // 被处罚人收款账户: the party's account, though 收款账户 is mostly where fines go.
  if (category === LabelCategory.publicAccount && context.partysAccount(contextEnd)) return false;
  return category === LabelCategory.publicAccount || context.finePayment(contextEnd);
}

/** Digits: 8 or more after an account label, 16 to 19 for a card. */
export const bankCardMayStart: RunStartFilter = (first, plain) =>
  isDigitChar(first) && (plain < 0 || plain >= LABELLED_ACCOUNT_MIN_DIGITS);

/**
 * Bank cards and accounts. Personal and organisations' accounts are both deleted (DOMAIN §4),
 * except the account fines are paid into (缴款账户, 代收银行, 非税收入专户), which is public.
 * - after an account label (账号, 开户账号, 银行账户…): all the digits that follow (8 or more);
 * - without a label: 16–19 digits passing the Luhn check.
 *
 * Limit: an unlabelled account number that fails the Luhn check (many corporate accounts) is
 * not reported.
 */
export const matchBankCard: RunDetector = (run, at, context) => {
  // Bounded: no account is longer.
  const digits = Math.min(digitsFrom(run, at), LABELLED_ACCOUNT_MAX_DIGITS);
  if (digits < LABELLED_ACCOUNT_MIN_DIGITS) return undefined;
  const label = context.label();
  const category = label?.value;
  // Where the fine-payment words may stand: before the label, or before the number.
  const contextEnd = label ? label.start : run.offsets[at]!;
  if (category === LabelCategory.bankAccount || category === LabelCategory.publicAccount) {
    // A mobile number is someone's even as an account (支付宝账号13558132706 in a sentence
    // about where money went): the mobile detector reads it.
    if (digits === 11 && isMobileAt(run, at)) return undefined;
    if (isPublicAccount(category, context, contextEnd)) return { end: at + digits };
    return runFinding(run, at, at + digits, PersonalDataKind.bankCard, 0.9, 'bank-card-labelled');
  }
  // ISO/IEC 7812-1: a bank card's first digit (its major industry) is never 0 or 1 (a hotline
  // and a landline run together, 12333　0830-8191356, may pass the Luhn check).
  if (run.codes[at]! < 0x32) return undefined;
  for (const length of BANK_CARD_LENGTHS) {
    if (length > digits || !isBoundary(run, at + length)) continue;
    if (!luhnValidAt(run.codes, at, length)) continue;
    if (
      category === LabelCategory.documentNumber ||
      isPublicAccount(category, context, contextEnd)
    ) {
      return { end: at + length };
    }
    return runFinding(run, at, at + length, PersonalDataKind.bankCard, 0.75, 'bank-card-luhn');
  }
  return undefined;
};
