import { addMonths, type IsoDate } from '../calendar/iso-date';
import type { DecisionRecord } from '../records/decision-record';
import { PartyKind } from '../records/enumerations';
import { RecordState, recordState } from '../records/lifecycle';
import type { PublicityRules } from '../rules/publicity-rules';

/**
 * Whether a record gets a static page on `today`: the same choice the disclosure widget
 * makes (widgets/enforcement-disclosure/disclosure-query.ts listableRecords). Published and
 * corrected decisions, and withdrawn ones (shown with their withdrawal notice only); never
 * a minor's, an expired or a not-yet-published one. The profile's publicity period also
 * applies when a record carries no 公示截止期.
 */
export function isListable(
  record: DecisionRecord,
  today: IsoDate,
  publicity?: PublicityRules,
): boolean {
  if (record.party.minorAtDecision) return false;
  if (publicity && !record.withdrawal && publicity.categories.includes(record.category)) {
    const limit =
      record.party.kind === PartyKind.naturalPerson && publicity.naturalPersonMaxMonths
        ? Math.min(publicity.naturalPersonMaxMonths, publicity.maxMonths)
        : publicity.maxMonths;
    if (addMonths(record.decisionDate, limit) < today) return false;
  }
  const state = recordState(record, today);
  return (
    state === RecordState.published ||
    state === RecordState.corrected ||
    state === RecordState.withdrawn
  );
}
