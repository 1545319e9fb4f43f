import type { PersonalDataKind } from '../kinds';
import type { LabelCategory, Subject } from '../labels';
import type { Reason } from '../reasons';
import type { AlnumRun } from './alnum-run';
import type { TrieMatch } from './reverse-trie';
import type { ScanState } from './scan-state';

/** What a run detector knows about the run's surroundings. @internal */
export interface RunContext {
  /** The label nearest before the run in its sentence (memoised: most runs never ask). */
  label(): TrieMatch<LabelCategory> | undefined;
  /** That label's category (label()?.value, asked by most detectors). */
  category(): LabelCategory | undefined;
  /** Whose data stands at `pos` (see ScanState.ownerAt). */
  subject(pos: number): Subject | undefined;
  /** True when the account at `pos` is where fines are paid. */
  finePayment(pos: number): boolean;
  /** True when the party's own account is labelled at `labelStart` (被处罚人收款账户). */
  partysAccount(labelStart: number): boolean;
}

/** A detector's answer for the characters starting at one run position. @internal */
export interface RunMatch {
  /** Run index just after the match. */
  readonly end: number;
  /**
   * The personal data found; absent when the characters are public data (a 统一社会信用代码,
   * the agency's hotline), which is then consumed so its parts are not read again.
   */
  readonly finding?: {
    readonly kind: PersonalDataKind;
    readonly start: number;
    readonly end: number;
    readonly confidence: number;
    readonly reason: string;
  };
}

/** Looks at run position `at` (a boundary) and answers, or returns undefined to pass. @internal */
export type RunDetector = (run: AlnumRun, at: number, context: RunContext) => RunMatch | undefined;

/**
 * What a run detector knows before it reads the run at a position: false only when it cannot
 * match there. `first` is the folded character at the position (ASCII, upper case); `plain` is
 * the number of characters left when they are all digits with no separator between them (the
 * run's end is then the only place a match can end), else -1. A mobile number starts with 1,
 * 86 or 0086 and is then 11, 13 or 15 digits long; a passport starts with a letter.
 *
 * The scanner asks each detector's filter first and skips the call when it says no: most
 * runs are officers' numbers, batch numbers and accounts that one or two detectors could take.
 * Kept beside each detector, and property-tested against it (run-filters.test.ts).
 * @internal
 */
export type RunStartFilter = (first: number, plain: number) => boolean;

/** A finding that covers run characters [from, to). */
export function runFinding(
  run: AlnumRun,
  from: number,
  to: number,
  kind: PersonalDataKind,
  confidence: number,
  reason: Reason,
): RunMatch {
  return {
    end: to,
    finding: { kind, start: run.offsets[from]!, end: run.offsets[to - 1]! + 1, confidence, reason },
  };
}

/** A detector triggered by one character (@, a province character, the end of a label). @internal */
export type TextDetector = (
  text: string,
  at: number,
  from: number,
  to: number,
  state: ScanState,
) =>
  | { readonly resume: number; readonly findings?: readonly NonNullable<RunMatch['finding']>[] }
  | undefined;
