import type { IsoDate } from '../../calendar/iso-date';
import type { Correction, DecisionRecord } from '../../records/decision-record';
import { PartyKind } from '../../records/enumerations';
import { withCorrection } from '../../records/lifecycle';
import type { ColumnKey } from '../columns';
import { REASON_NOT_GIVEN } from './import-change';
import { previousValues } from './previous-values';
import { COLUMN_PATHS, changedPaths, displayed, setAt, valueAt } from './record-fields';

/**
 * The published record as the re-imported row says it: the row's value for every column the
 * sheet has, the published value for every other field (full text, attachments, a column the
 * sheet leaves out), the published id (links stay) and publication date.
 */
export function mergeRecord(
  published: DecisionRecord,
  incoming: DecisionRecord,
  columnKeys: readonly ColumnKey[] | undefined,
): DecisionRecord {
  const merged: Record<string, unknown> = { ...published };
  const present = new Set(columnKeys ?? (Object.keys(COLUMN_PATHS) as ColumnKey[]));
  for (const [key, path] of Object.entries(COLUMN_PATHS) as [ColumnKey, string][]) {
    if (present.has(key)) setAt(merged, path, valueAt(incoming, path));
  }
  if (!published.publicationDate && incoming.publicationDate) {
    merged.publicationDate = incoming.publicationDate;
  }
  return merged as unknown as DecisionRecord;
}

/** Fields whose old value is a natural person's own: never kept in a correction's history. */
function privateField(record: DecisionRecord) {
  const person =
    record.party.kind === PartyKind.naturalPerson ||
    record.party.kind === PartyKind.individualBusiness;
  return (field: string) => person && field === 'party.name';
}

export interface RecordCorrection {
  readonly record: DecisionRecord;
  /** The corrected fields, in column order; empty when the row says what is published. */
  readonly fields: readonly string[];
  /** True when the row gave no 更正原因 and REASON_NOT_GIVEN was recorded. */
  readonly reasonMissing: boolean;
}

/**
 * Re-importing a published record: when the row differs, the record takes the row's values
 * and a correction is appended (date, fields, the reason, and the old values that hold no
 * personal data), never a silent overwrite. Unchanged rows give back the published record.
 */
export function correctRecord(
  published: DecisionRecord,
  incoming: DecisionRecord,
  options: {
    readonly columnKeys?: readonly ColumnKey[];
    readonly date: IsoDate;
    readonly reason?: string;
  },
): RecordCorrection {
  const merged = mergeRecord(published, incoming, options.columnKeys);
  const fields = changedPaths(published, merged);
  if (fields.length === 0) return { record: published, fields, reasonMissing: false };
  const previous = previousValues(
    Object.fromEntries(fields.map((field) => [field, displayed(valueAt(published, field))])),
    privateField(published),
  );
  const correction: Correction = {
    date: options.date,
    fields,
    reason: options.reason ?? REASON_NOT_GIVEN,
    ...(previous ? { previous } : {}),
  };
  return {
    record: withCorrection(merged, correction),
    fields,
    reasonMissing: options.reason === undefined,
  };
}
