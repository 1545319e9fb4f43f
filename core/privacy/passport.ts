import { isBoundary, runDigits, runSlice } from './internal/alnum-run';
import { type RunDetector, type RunStartFilter, runFinding } from './internal/run-detector';
import { PersonalDataKind } from './kinds';
import { LabelCategory } from './labels';

/**
 * PRC passports (公安部 出入境证件 numbering): E + 8 digits (ordinary e-passport), E + letter
 * (not I/O) + 7 digits (after the E series ran out), G + 8 digits (pre-2012 ordinary). After
 * a 护照 label (or 证件号码's) also one or two letters + 7–8 digits (official and foreign
 * passports: Vietnam's C1234567), or two letters + 6 digits (Myanmar's MB123456).
 */
export const PASSPORT_PATTERNS = [/^[EG]\d{8}$/, /^E[A-HJ-NP-Z]\d{7}$/] as const;
const LABELLED_PASSPORT = /^(?:[A-Z]{1,2}\d{7,8}|[A-Z]{2}\d{6})$/;

function digitCount(run: { readonly length: number; readonly codes: Uint8Array }): number {
  let digits = 0;
  for (let k = 0; k < run.length; k++) if (run.codes[k]! >= 48 && run.codes[k]! <= 57) digits++;
  return digits;
}

function isLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Every form starts with a letter (E, G; others after a 护照 label), or a digit after it. */
export const passportMayStart: RunStartFilter = (first) =>
  isLetter(first) || (first >= 48 && first <= 57);

export const matchPassport: RunDetector = (run, at, context) => {
  if (!isLetter(run.codes[at]!)) {
    // 护照号码：75 3318462 (Russia), 护照09AK47215: after the label, the run whole is the number,
    // whatever a country's form (6 to 12 characters, most of them digits).
    // Not what a redaction left of a longer run (护照0000000【已脱敏】): judged with it already.
    if (
      at === 0 &&
      run.length >= 6 &&
      run.length <= 12 &&
      run.text.charCodeAt(run.offsets[run.length - 1]! + 1) !== 0x3010 &&
      digitCount(run) >= 5 &&
      context.category() === LabelCategory.passport
    )
      return runFinding(run, 0, run.length, PersonalDataKind.passport, 0.85, 'passport-labelled');
    return undefined;
  }
  if (at + 9 <= run.length && isBoundary(run, at + 9)) {
    const candidate = runSlice(run, at, at + 9);
    // Unlabelled, only written whole: G8606⇥2025 is a train and a year in two cells.
    if (
      run.offsets[at + 8]! - run.offsets[at]! === 8 &&
      PASSPORT_PATTERNS.some((pattern) => pattern.test(candidate)) &&
      context.category() !== LabelCategory.documentNumber
    ) {
      return runFinding(run, at, at + 9, PersonalDataKind.passport, 0.85, 'passport');
    }
  }
  // 证件号码：C1958402 (a foreigner's document in a table of family members): a passport too.
  const label = context.category();
  if (label === LabelCategory.passport || label === LabelCategory.residentId) {
    for (let length = 10; length >= 8; length--) {
      if (at + length > run.length || !isBoundary(run, at + length)) continue;
      if (
        LABELLED_PASSPORT.test(runSlice(run, at, at + length)) &&
        runDigits(run, at + length - 6, at + length)
      ) {
        return runFinding(
          run,
          at,
          at + length,
          PersonalDataKind.passport,
          0.9,
          'passport-labelled',
        );
      }
    }
  }
  return undefined;
};
