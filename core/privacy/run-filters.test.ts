import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { bankCardMayMatchDigits, matchBankCard } from './bank-card';
import { measureRun, readRun } from './internal/alnum-run';
import type { PlainDigitRunFilter, RunContext, RunDetector } from './internal/run-detector';
import { ScanState } from './internal/scan-state';
import { NUMBER_LABELS } from './labels';
import { landlineMayMatchDigits, matchLandline } from './landline';
import { matchMobile, mobileMayMatchDigits } from './mobile';
import { matchOrganisationCode, organisationCodeMayMatchDigits } from './organisation-code';
import { matchResidentId, residentIdMayMatchDigits } from './resident-id';
import { matchTravelPermit, travelPermitMayMatchDigits } from './travel-permit';

/**
 * The scanner skips a run detector on a run of plain digits when the detector's filter says it
 * cannot match (scan.ts, classifyPlainDigits). A filter that says so wrongly would let personal
 * data through: this checks every filter against its detector, over runs of every length the
 * filters distinguish, behind every label.
 */
const DETECTORS: readonly (readonly [string, PlainDigitRunFilter, RunDetector])[] = [
  ['resident-id', residentIdMayMatchDigits, matchResidentId],
  ['organisation-code', organisationCodeMayMatchDigits, matchOrganisationCode],
  ['travel-permit', travelPermitMayMatchDigits, matchTravelPermit],
  ['bank-card', bankCardMayMatchDigits, matchBankCard],
  ['mobile', mobileMayMatchDigits, matchMobile],
  ['landline', landlineMayMatchDigits, matchLandline],
];

function contextFor(state: ScanState, start: number): RunContext {
  return {
    label: () => state.labelBefore(start),
    subject: (pos) => state.subjectBefore(pos),
    finePayment: (pos) => state.finePayment(pos),
  };
}

const digitRun = fc
  .tuple(
    fc.constantFrom(...'0123456789'),
    fc.constantFrom(...'0123456789'),
    fc.integer({ min: 7, max: 45 }),
    fc.array(fc.constantFrom(...'0123456789'), { minLength: 45, maxLength: 45 }),
  )
  .map(([first, second, length, rest]) => `${first}${second}${rest.join('')}`.slice(0, length));
const label = fc.constantFrom('', '+', '当事人', ...NUMBER_LABELS.map(([word]) => `${word}：`));

describe('plain-digit run filters', () => {
  test.prop([label, digitRun], { numRuns: 3000 })(
    'a detector whose filter says no never matches the run',
    (prefix, digits) => {
      const text = `${prefix}${digits}。`;
      const start = prefix.length;
      for (const [name, filter, detector] of DETECTORS) {
        if (filter(digits.charCodeAt(0), digits.length)) continue;
        const end = measureRun(text, start, text.length);
        const run = readRun(text, start, end);
        expect(run.plainDigits).toBe(true);
        const match = detector(run, 0, contextFor(new ScanState(text), start));
        expect(match, `${name} on ${text}`).toBeUndefined();
      }
    },
  );
});
