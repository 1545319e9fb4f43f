import type { IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { DecisionRecord } from '../records/decision-record';
import type { Issue } from './issue';
import type { PolicyProfile } from './policy-profile';

/**
 * Finds personal data in text: the privacy engine's scanner (core/privacy/), injected so the
 * rules do not depend on it. Offsets are UTF-16 indices into `text`.
 */
export type ScanText = (
  text: string,
) => readonly { readonly kind: string; readonly start: number; readonly end: number }[];

export interface RuleContext {
  readonly profile: PolicyProfile;
  /** The day the check runs for (China time), YYYY-MM-DD. */
  readonly today: IsoDate;
  readonly calendar: WorkingDayCalendar;
  readonly scanText?: ScanText;
}

/** One publication rule: looks at one record, returns what is wrong with it. */
export type Rule = (record: DecisionRecord, context: RuleContext) => Issue[];
