import { type AlnumRun, isBoundary, runDigits, runSlice } from './internal/alnum-run';
import type { RunDetector, RunStartFilter } from './internal/run-detector';
import { PersonalDataKind } from './kinds';
import { LabelCategory } from './labels';

/**
 * Mainland mobile numbers (MIIT numbering plan): 11 digits `1[3-9]\d{9}`, optionally after
 * +86, 86 or 0086, written 13812345678, 138-1234-5678 or 138 1234 5678; and after +852,
 * +853 or +886 the mobiles of Hong Kong, Macau and Taiwan.
 * Public only after the agency's own channel labels (监督电话, 举报电话…).
 */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** An 11-digit mainland mobile at `at`: 1, then 3–9, then nine digits. */
export function isMobileAt(run: AlnumRun, at: number): boolean {
  const second = run.codes[at + 1]!;
  return run.codes[at] === 49 && second >= 51 && second <= 57 && runDigits(run, at, at + 11);
}

/** True when run characters from `at` on start with `prefix` (ASCII). */
function startsWith(run: AlnumRun, prefix: string, at: number): boolean {
  if (at + prefix.length > run.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    if (run.codes[at + k] !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

function isPlus(code: number): boolean {
  return code === 0x2b || code === 0xff0b;
}

/**
 * 8613712345679: the country code written without + or a space. Only as a whole run of 13
 * plain digits, so the 86 inside a longer number (an account, an order number) is not read
 * as a country code.
 */
function isBareCountryCode(run: AlnumRun, at: number): boolean {
  return at === 0 && run.length === 13 && run.lastGap === 0 && runDigits(run, 0, 13);
}

/**
 * 13812345678, 8613812345678, 008613812345678 (11, 13 or 15 digits), +852/+853/+886 and
 * other numbers after a + (8 to 15 digits).
 */
export const mobileMayStart: RunStartFilter = (_first, plain) =>
  // Any run with separators, or of 8 to 15 plain digits: after a + it may be a number abroad.
  plain < 0 || (plain >= 8 && plain <= 15);

/**
 * After a +, the mobiles of Hong Kong (852, 8 digits from 5, 6, 7 or 9), Macau (853, 8 from 6)
 * and Taiwan (886, 9 from 9): a resident of those places gives one as a mainland resident
 * gives a 1… number. Without the +, 852… and 886… are too often the start of other numbers.
 */
const OUTSIDE_MAINLAND = /^(?:852[5-79]\d{7}|8536\d{7}|8869\d{8})$/;
/**
 * Any other number after a + (E.164: a country code, then up to 15 digits in all): a phone
 * abroad (+82 10-4527-8816 in Yanbian, +84… on the Vietnamese border), a person's in a decision.
 */
const ABROAD = /^(?!86)[1-9]\d{7,14}$/;

export const matchMobile: RunDetector = (run, at, context) => {
  let number = at;
  if (startsWith(run, '0086', at) && isMobileAt(run, at + 4)) number = at + 4;
  else if (startsWith(run, '86', at) && isMobileAt(run, at + 2)) {
    const plus = at === 0 && isPlus(run.text.charCodeAt(run.offsets[0]! - 1));
    if (plus || isBoundary(run, at + 2) || isBareCountryCode(run, at)) number = at + 2;
  }
  let end = number + 11;
  let outsideMainland = false;
  if (!isMobileAt(run, number) || !isBoundary(run, end)) {
    // +886-912-538-417: the whole run, the + before it.
    if (at !== 0 || !isPlus(run.text.charCodeAt(run.offsets[0]! - 1))) return undefined;
    const digits = runSlice(run, 0, run.length);
    if (!OUTSIDE_MAINLAND.test(digits) && !ABROAD.test(digits)) return undefined;
    outsideMainland = true;
    end = run.length;
  }
  const category = context.category();
  // Every mobile is someone's (LABELLING.md): even under 监督电话 or 举报电话, where the
  // agency's hotline is a landline or 12345, a mobile is an officer's or the complainant's
  // (举报人胡桂芳（举报电话139…）). Only a number a document label claims is no phone; one
  // the reading finds in brackets after an officer's name (执法人员：孟繁宇（15042920031）) is
  // given back by the reading once the scan is done (DocumentReading.readOn).
  let start = run.offsets[at]!;
  if (category === LabelCategory.documentNumber) return { end };
  if (at === 0 && (number > at || outsideMainland) && isPlus(run.text.charCodeAt(start - 1)))
    start--;
  return {
    end,
    finding: {
      kind: PersonalDataKind.mobile,
      start,
      end: run.offsets[end - 1]! + 1,
      confidence: category === LabelCategory.phone ? 0.98 : 0.9,
      reason: outsideMainland
        ? 'mobile-outside-mainland'
        : category === LabelCategory.phone
          ? 'mobile-labelled'
          : 'mobile',
    },
  };
};
