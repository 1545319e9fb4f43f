import type { IsoDate } from '../calendar/iso-date';
import type { DecisionRecord } from './decision-record';

/**
 * Where a record stands on a given day: published → corrected → withdrawn / expired.
 * Derived from dates, never stored, so a feed cannot say "published" about a record whose
 * publicity period is over.
 */
export const RecordState = {
  /** Not yet on the portal (no publication date, or one in the future). */
  unpublished: 'unpublished',
  published: 'published',
  corrected: 'corrected',
  withdrawn: 'withdrawn',
  /** 公示期满: the publicity period is over. */
  expired: 'expired',
} as const;
export type RecordState = (typeof RecordState)[keyof typeof RecordState];

/**
 * The record's state on `date`. Withdrawal wins over expiry, expiry over corrections.
 *
 * @example recordState(record, '2026-11-28') // 'corrected'
 */
export function recordState(record: DecisionRecord, date: IsoDate): RecordState {
  if (record.withdrawal && record.withdrawal.date <= date) return RecordState.withdrawn;
  if (!record.publicationDate || record.publicationDate > date) return RecordState.unpublished;
  if (record.publicityEndDate && record.publicityEndDate < date) return RecordState.expired;
  if (record.corrections?.some((correction) => correction.date <= date)) {
    return RecordState.corrected;
  }
  return RecordState.published;
}

/** Whether the record may be shown as current on `date`: published or corrected. */
export function isCurrent(record: DecisionRecord, date: IsoDate): boolean {
  const state = recordState(record, date);
  return state === RecordState.published || state === RecordState.corrected;
}

/** The record with one more correction appended, keeping the history in date order. */
export function withCorrection(
  record: DecisionRecord,
  correction: NonNullable<DecisionRecord['corrections']>[number],
): DecisionRecord {
  const corrections = [...(record.corrections ?? []), correction].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  return { ...record, corrections };
}
