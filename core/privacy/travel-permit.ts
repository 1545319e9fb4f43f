import { isBoundary, isDigitChar, runDigits, runSlice } from './internal/alnum-run';
import { type RunDetector, type RunStartFilter, runFinding } from './internal/run-detector';
import { PersonalDataKind } from './kinds';
import { LabelCategory } from './labels';

/**
 * Travel permits (公安部 出入境证件):
 * - 往来港澳通行证 (mainland residents to HK/Macau): C + 8 digits, or C + letter + 7 digits;
 * - 港澳居民来往内地通行证 (回乡证): H or M + 8 or 10 digits;
 * - 台湾居民来往大陆通行证 (台胞证): 8 digits (older ones 10), read only after its label;
 * - 大陆居民往来台湾通行证: L + 8 digits, read only after a permit label.
 */
export const TRAVEL_PERMIT_PATTERNS = [
  /^C\d{8}$/,
  /^C[A-HJ-NP-Z]\d{7}$/,
  /^[HM]\d{8}(?:\d{2})?$/,
] as const;
const LABELLED_PERMIT = /^L\d{8}$/;

/** Character codes of the letters that start a permit number. */
const C = 67;
const H = 72;
const L = 76;
const M = 77;

/** C, H, M or L and digits, or a 台胞证 number of 8 or 10 digits after its label. */
export const travelPermitMayStart: RunStartFilter = (first, plain) =>
  isDigitChar(first)
    ? plain < 0 || plain === 8 || plain === 10
    : first === C || first === H || first === M || first === L;

export const matchTravelPermit: RunDetector = (run, at, context) => {
  const first = run.codes[at]!;
  if (first === C || first === H || first === M) {
    for (const length of [11, 9]) {
      if (at + length > run.length || !isBoundary(run, at + length)) continue;
      const candidate = runSlice(run, at, at + length);
      if (
        TRAVEL_PERMIT_PATTERNS.some((pattern) => pattern.test(candidate)) &&
        context.category() !== LabelCategory.documentNumber
      ) {
        return runFinding(
          run,
          at,
          at + length,
          PersonalDataKind.travelPermit,
          0.85,
          'travel-permit',
        );
      }
    }
    return undefined;
  }
  // The labelled forms start with L, or are the whole run's digits (台胞证): others need no label.
  if (first !== L && !(at === 0 && isDigitChar(first))) {
    return undefined;
  }
  const category = context.category();
  if (category === LabelCategory.taiwanPermit || category === LabelCategory.travelPermit) {
    if (first === L && at + 9 <= run.length && isBoundary(run, at + 9)) {
      if (LABELLED_PERMIT.test(runSlice(run, at, at + 9))) {
        return runFinding(
          run,
          at,
          at + 9,
          PersonalDataKind.travelPermit,
          0.85,
          'travel-permit-labelled',
        );
      }
    }
    if (at === 0 && category === LabelCategory.taiwanPermit) {
      for (const length of [10, 8]) {
        if (runDigits(run, 0, length) && isBoundary(run, length)) {
          return runFinding(
            run,
            0,
            length,
            PersonalDataKind.travelPermit,
            0.85,
            'taiwan-permit-labelled',
          );
        }
      }
    }
  }
  return undefined;
};
