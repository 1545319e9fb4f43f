import type { IsoDate } from '../../calendar/iso-date';
import type { DecisionRecord } from '../../records/decision-record';
import type { ColumnKey } from '../columns';
import {
  ChangeAction,
  type ImportChange,
  MISSING_WARNING,
  NOTHING_TO_WITHDRAW,
  REASON_MISSING_WARNING,
  type SourceRef,
} from './import-change';
import { correctRecord } from './merge-records';

/** A decision row read in this run. */
export interface IncomingRecord {
  readonly record: DecisionRecord;
  readonly source: SourceRef;
  /** Which sheet it came from (file and sheet name): a sheet's date range is its coverage. */
  readonly sheet: string;
  readonly columnKeys?: readonly ColumnKey[];
  readonly correctionReason?: string;
  readonly withdrawalReason?: string;
}

const label = (record: DecisionRecord) =>
  `${record.documentNumber ?? '（无文号）'} ${record.party.name}`;

/** 文号 within an agency and category: how a record is found again after its party or date was corrected. */
const documentKey = (record: DecisionRecord) =>
  record.documentNumber
    ? `${record.category}\u0001${record.agency.name}\u0001${record.documentNumber}`
    : undefined;

/** Per sheet, agency and category: the decision dates the sheet spans. */
function coverage(incoming: readonly IncomingRecord[]) {
  const ranges = new Map<
    string,
    { category: string; agency: string; from: IsoDate; to: IsoDate }
  >();
  for (const { record, sheet } of incoming) {
    const key = JSON.stringify([sheet, record.category, record.agency.name]);
    const range = ranges.get(key);
    if (!range) {
      ranges.set(key, {
        category: record.category,
        agency: record.agency.name,
        from: record.decisionDate,
        to: record.decisionDate,
      });
    } else {
      if (record.decisionDate < range.from) range.from = record.decisionDate;
      if (record.decisionDate > range.to) range.to = record.decisionDate;
    }
  }
  const list = [...ranges.values()];
  return (record: DecisionRecord) =>
    list.some(
      (range) =>
        range.category === record.category &&
        range.agency === record.agency.name &&
        record.decisionDate >= range.from &&
        record.decisionDate <= range.to,
    );
}

/**
 * Applies a run's agreed decision rows to the published records (see applyImports):
 * corrections, withdrawals, additions, and the published records the sheets left out.
 * `all` is every row of the run, conflicting ones included: a record in conflict is not
 * reported missing.
 */
export function applyRecords(
  published: readonly DecisionRecord[],
  agreed: readonly IncomingRecord[],
  all: readonly IncomingRecord[],
  options: { readonly date: IsoDate },
): { records: DecisionRecord[]; changes: ImportChange[] } {
  const byId = new Map(published.map((record, index) => [record.id, index]));
  const incomingIds = new Set(all.map(({ record }) => record.id));
  const byDocument = new Map<string, number[]>();
  published.forEach((record, index) => {
    const key = documentKey(record);
    if (key) byDocument.set(key, [...(byDocument.get(key) ?? []), index]);
  });
  const incomingPerDocument = new Map<string, number>();
  for (const { record } of agreed) {
    const key = documentKey(record);
    if (key) incomingPerDocument.set(key, (incomingPerDocument.get(key) ?? 0) + 1);
  }
  /** The published record a row is about: same id, or the only one with its 文号. */
  const match = (record: DecisionRecord): number | undefined => {
    const exact = byId.get(record.id);
    if (exact !== undefined) return exact;
    const key = documentKey(record);
    const candidates = key ? byDocument.get(key) : undefined;
    if (!key || candidates?.length !== 1 || incomingPerDocument.get(key) !== 1) return undefined;
    return incomingIds.has(published[candidates[0]!]!.id) ? undefined : candidates[0];
  };

  const records = [...published];
  const added: DecisionRecord[] = [];
  const matched = new Set<number>();
  const changes: ImportChange[] = [];
  const change = (action: ChangeAction, record: DecisionRecord, extra: Partial<ImportChange>) =>
    changes.push({
      action,
      target: 'record',
      agency: record.agency.name,
      key: record.id,
      label: label(record),
      problems: [],
      ...extra,
    });

  for (const incoming of agreed) {
    const { record, source } = incoming;
    const index = match(record);
    if (index !== undefined) matched.add(index);
    const before = index === undefined ? undefined : published[index]!;
    if (incoming.withdrawalReason) {
      if (!before) {
        change(ChangeAction.ignored, record, { source, problems: [NOTHING_TO_WITHDRAW] });
      } else if (before.withdrawal) {
        change(ChangeAction.unchanged, before, { source });
      } else {
        records[index!] = {
          ...before,
          withdrawal: { date: options.date, reason: incoming.withdrawalReason },
        };
        change(ChangeAction.withdrawn, before, { source, reason: incoming.withdrawalReason });
      }
      continue;
    }
    if (!before) {
      added.push(record);
      change(ChangeAction.added, record, { source });
      continue;
    }
    const corrected = correctRecord(before, record, {
      date: options.date,
      ...(incoming.columnKeys ? { columnKeys: incoming.columnKeys } : {}),
      ...(incoming.correctionReason ? { reason: incoming.correctionReason } : {}),
    });
    records[index!] = corrected.record;
    if (corrected.fields.length === 0) {
      change(ChangeAction.unchanged, before, { source });
    } else {
      change(ChangeAction.corrected, corrected.record, {
        source,
        fields: corrected.fields,
        reason: corrected.record.corrections!.at(-1)!.reason,
        problems: corrected.reasonMissing ? [{ ...REASON_MISSING_WARNING }] : [],
      });
    }
  }

  const covers = coverage(all);
  published.forEach((record, index) => {
    if (matched.has(index) || incomingIds.has(record.id) || record.withdrawal) return;
    if (covers(record)) change(ChangeAction.missing, record, { problems: [MISSING_WARNING] });
  });
  return { records: [...records, ...added], changes };
}
