import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { bankCardMayStart, matchBankCard } from './bank-card';
import { isBoundary, measureRun, plainDigitsFrom, readRun } from './internal/alnum-run';
import type { RunContext, RunDetector, RunStartFilter } from './internal/run-detector';
import { ScanState } from './internal/scan-state';
import { NUMBER_LABELS } from './labels';
import { landlineMayStart, matchLandline } from './landline';
import { matchMobile, mobileMayStart } from './mobile';
import { matchOrganisationCode, organisationCodeMayStart } from './organisation-code';
import { matchPassport, passportMayStart } from './passport';
import { matchResidentId, residentIdMayStart } from './resident-id';
import { matchTravelPermit, travelPermitMayStart } from './travel-permit';

/**
 * The scanner skips a run detector at a run position when the detector's start filter says it
 * cannot match there (scan.ts, classifyRun). A filter that says so wrongly would let personal
 * data through: this checks every filter against its detector, at every boundary of runs
 * made of digits, letters and separators, behind every label.
 */
const DETECTORS: readonly (readonly [string, RunStartFilter, RunDetector])[] = [
  ['resident-id', residentIdMayStart, matchResidentId],
  ['organisation-code', organisationCodeMayStart, matchOrganisationCode],
  ['passport', passportMayStart, matchPassport],
  ['travel-permit', travelPermitMayStart, matchTravelPermit],
  ['bank-card', bankCardMayStart, matchBankCard],
  ['mobile', mobileMayStart, matchMobile],
  ['landline', landlineMayStart, matchLandline],
];

function contextFor(state: ScanState, start: number): RunContext {
  return {
    label: () => state.labelBefore(start),
    category: () => state.labelBefore(start)?.value,
    subject: (pos) => state.subjectBefore(pos),
    finePayment: (pos) => state.finePayment(pos),
    partysAccount: (pos) => state.partysAccount(pos),
  };
}

const digit = fc.constantFrom(...'0123456789');
/** Digit strings weighted towards the lengths and first digits the filters tell apart. */
const digits = fc.oneof(
  fc
    .tuple(fc.constantFrom('0', '1', '2', '5', '8', '9'), fc.array(digit, { maxLength: 24 }))
    .map(([first, rest]) => first + rest.join('')),
  fc.constantFrom('13812345678', '8613812345678', '008613812345678', '08302123456', '2123456'),
);
const piece = fc.oneof(
  { weight: 5, arbitrary: digits },
  { weight: 2, arbitrary: fc.constantFrom('C', 'H', 'M', 'L', 'E', 'G', 'X', 'SP', 'MA', 'x') },
  { weight: 2, arbitrary: fc.constantFrom(' ', '-', '\u200b', '．') },
);
const run = fc
  .array(piece, { minLength: 1, maxLength: 6 })
  .map((pieces) => pieces.join('').replace(/^[ \-\u200b．]+/, ''))
  .filter((value) => value.length > 0);
const label = fc.constantFrom('', '+', '当事人', ...NUMBER_LABELS.map(([word]) => `${word}：`));

describe('run start filters', () => {
  test.prop([label, run], { numRuns: 4000 })(
    'a detector whose filter says no never matches at that position',
    (prefix, value) => {
      const text = `${prefix}${value}。`;
      const start = prefix.length;
      measureRun(text, start, text.length);
      const folded = readRun(text);
      for (let at = 0; at < folded.length; at++) {
        if (!isBoundary(folded, at)) continue;
        const first = folded.codes[at]!;
        const plain = plainDigitsFrom(folded, at);
        for (const [name, filter, detector] of DETECTORS) {
          if (filter(first, plain)) continue;
          const match = detector(folded, at, contextFor(new ScanState(text), start));
          expect(match, `${name} at ${at} of ${text}`).toBeUndefined();
        }
      }
    },
  );
});
