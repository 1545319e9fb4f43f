import type { IsoDate } from '../../calendar/iso-date';
import { AGENCY_LIST_KINDS, type AgencyProfile } from '../../records/agency-profile';
import type { DecisionRecord } from '../../records/decision-record';
import type { ColumnKey } from '../columns';
import type { WorkbookImport } from '../import-workbook';
import { LIST_DEFINITIONS } from '../lists/list-definitions';
import { isAgencyListKind } from '../sheet-kind';
import { applyRecords, type IncomingRecord } from './apply-records';
import {
  ChangeAction,
  conflictBetween,
  type ImportChange,
  type ImportConflict,
  type SourceRef,
} from './import-change';
import { changedFields } from './list-fields';
import { applyListEntries, type IncomingEntry } from './merge-lists';
import { COLUMN_PATHS, changedPaths } from './record-fields';

/** What a feed holds that imports change: its decision records and its agencies' profiles. */
export interface FeedContent {
  readonly records: readonly DecisionRecord[];
  readonly agencies?: readonly AgencyProfile[];
}

export interface ApplyOptions {
  /**
   * The import day (China time): the date of corrections and withdrawals, and a list's
   * updated date when its sheet has no 更新日期.
   */
  readonly date: IsoDate;
}

export type ChangeCounts = Readonly<Record<ChangeAction, number>> & { readonly conflicts: number };

export interface ApplyResult {
  /** The feed's records after the run: published ones kept, corrected or withdrawn; new ones added. */
  readonly records: DecisionRecord[];
  /** The agencies' profiles after the run (new agencies appended). */
  readonly agencies: AgencyProfile[];
  /** One per imported row applied, and one per published item a sheet left out (`missing`). */
  readonly changes: readonly ImportChange[];
  /** Rows of this run that disagree about one record or entry: none of them was applied. */
  readonly conflicts: readonly ImportConflict[];
  readonly counts: ChangeCounts;
}

/** Groups items by key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function sourceOf(workbook: WorkbookImport, sheet: string | undefined, row: number): SourceRef {
  return { file: workbook.file, ...(sheet !== undefined ? { sheet } : {}), row };
}

/** The decision rows of a run, with their sources, reasons and their sheets' columns. */
function incomingRecords(workbooks: readonly WorkbookImport[]): IncomingRecord[] {
  const incoming: IncomingRecord[] = [];
  for (const workbook of workbooks) {
    for (const sheet of workbook.sheets) {
      if (!sheet.usable || sheet.kind === undefined || isAgencyListKind(sheet.kind)) continue;
      const byId = new Map(sheet.records.map((record) => [record.id, record]));
      for (const report of sheet.rows) {
        const record = report.recordId ? byId.get(report.recordId) : undefined;
        if (!record) continue;
        incoming.push({
          record,
          source: sourceOf(workbook, sheet.sheet, report.row),
          sheet: `${workbook.file}\u0001${sheet.sheet ?? ''}`,
          ...(sheet.columnKeys ? { columnKeys: sheet.columnKeys as ColumnKey[] } : {}),
          ...(report.correctionReason ? { correctionReason: report.correctionReason } : {}),
          ...(report.withdrawalReason ? { withdrawalReason: report.withdrawalReason } : {}),
        });
      }
    }
  }
  return incoming;
}

/** The list rows of a run, with their sources and their sheets' columns. */
function incomingEntries(workbooks: readonly WorkbookImport[]): IncomingEntry[] {
  const incoming: IncomingEntry[] = [];
  for (const workbook of workbooks) {
    for (const sheet of workbook.sheets) {
      if (!sheet.usable) continue;
      for (const entry of sheet.entries) {
        incoming.push({
          entry,
          source: sourceOf(workbook, sheet.sheet, entry.row),
          ...(sheet.columnKeys ? { columnKeys: sheet.columnKeys } : {}),
        });
      }
    }
  }
  return incoming;
}

/** Fields two rows of one record disagree on, among the columns both their sheets have. */
function recordDisagreement(a: IncomingRecord, b: IncomingRecord): string[] {
  const shared = (path: string) =>
    (Object.entries(COLUMN_PATHS) as [ColumnKey, string][]).some(
      ([key, candidate]) =>
        candidate === path &&
        (a.columnKeys?.includes(key) ?? true) &&
        (b.columnKeys?.includes(key) ?? true),
    );
  const fields = changedPaths(a.record, b.record).filter(shared);
  if (Boolean(a.withdrawalReason) !== Boolean(b.withdrawalReason)) fields.push('撤回原因');
  return fields;
}

function entryDisagreement(a: IncomingEntry, b: IncomingEntry): string[] {
  const fieldColumns = (LIST_DEFINITIONS[a.entry.kind].fieldColumns ?? {}) as Record<
    string,
    readonly string[]
  >;
  const covered = (columns: readonly string[] | undefined, field: string) =>
    !columns || (fieldColumns[field] ?? [field]).some((column) => columns.includes(column));
  const fields = changedFields(a.entry.item, b.entry.item).filter(
    (field) => covered(a.columnKeys, field) && covered(b.columnKeys, field),
  );
  if (Boolean(a.entry.withdrawalReason) !== Boolean(b.entry.withdrawalReason)) {
    fields.push('撤回原因');
  }
  return fields;
}

/**
 * Rows that say the same thing about one key are applied once; rows that disagree become a
 * conflict naming the first two, and none of them is applied.
 */
function settle<T>(
  groups: Map<string, T[]>,
  disagreement: (a: T, b: T) => string[],
  conflict: (a: T, b: T, fields: string[]) => ImportConflict,
): { agreed: T[]; conflicts: ImportConflict[] } {
  const agreed: T[] = [];
  const conflicts: ImportConflict[] = [];
  for (const group of groups.values()) {
    const [first, ...others] = group;
    const other = others.find((candidate) => disagreement(first!, candidate).length > 0);
    if (other) conflicts.push(conflict(first!, other, disagreement(first!, other)));
    else agreed.push(first!);
  }
  return { agreed, conflicts };
}

/**
 * Applies one import run (every sheet of every file read together) to a feed's records and
 * agency profiles, the way the seed asks published information to change: openly.
 *
 * - A new record or entry is added.
 * - A published one whose row now says something else gets a correction appended (date,
 *   fields, the 更正原因 or 未说明原因 with a warning, the old values without personal data).
 * - A row with a 撤回原因 withdraws it (records: `withdrawal`; list entries: taken off the
 *   list, the withdrawal kept in the profile's `changes`).
 * - A published one a sheet leaves out is kept and reported as `missing`. For decisions, a
 *   sheet covers its agencies and categories between its earliest and latest decision date
 *   (monthly sheets leave older months alone); a list sheet covers the agency's whole list.
 * - Two rows of the run that disagree about one record or entry are a conflict naming both,
 *   and neither is applied.
 *
 * Never throws. Pure: the same inputs give the same result.
 *
 * @example
 * const books = files.map((file) => importWorkbook(bytes(file), { fileName: file }));
 * const { records, agencies, changes, conflicts } = applyImports(feed, books, { date: '2026-03-02' });
 */
export function applyImports(
  current: FeedContent,
  workbooks: readonly WorkbookImport[],
  options: ApplyOptions,
): ApplyResult {
  const records = incomingRecords(workbooks);
  const settledRecords = settle(
    groupBy(records, (incoming) => incoming.record.id),
    recordDisagreement,
    (a, b, fields) =>
      conflictBetween(
        'record',
        a.record.agency.name,
        a.record.id,
        `${a.record.documentNumber ?? '（无文号）'} ${a.record.party.name}`,
        [a.source, b.source],
        fields,
      ),
  );
  const recordResult = applyRecords(current.records, settledRecords.agreed, records, options);

  const entries = incomingEntries(workbooks);
  const settledEntries = settle(
    groupBy(entries, ({ entry }) => `${entry.kind}\u0001${entry.agency.name}\u0001${entry.key}`),
    entryDisagreement,
    (a, b, fields) =>
      conflictBetween(
        a.entry.kind,
        a.entry.agency.name,
        a.entry.key,
        a.entry.label,
        [a.source, b.source],
        fields,
      ),
  );
  // Every (agency, list) a sheet of the run covers, even when all its rows conflicted.
  const covered = groupBy(entries, ({ entry }) => `${entry.agency.name}\u0001${entry.kind}`);
  const agreedByList = groupBy(
    settledEntries.agreed,
    ({ entry }) => `${entry.agency.name}\u0001${entry.kind}`,
  );
  const agencies = new Map((current.agencies ?? []).map((agency) => [agency.name, agency]));
  const listChanges: ImportChange[] = [];
  const conflicted = new Set(settledEntries.conflicts.map((conflict) => conflict.key));
  // The agency's own details first, so a new agency is created from its details sheet.
  const ordered = [...covered.entries()].sort(
    ([, a], [, b]) =>
      AGENCY_LIST_KINDS.indexOf(a[0]!.entry.kind) - AGENCY_LIST_KINDS.indexOf(b[0]!.entry.kind),
  );
  for (const [listKey, group] of ordered) {
    const { agency, kind } = group[0]!.entry;
    const applied = applyListEntries(
      agencies.get(agency.name),
      agency,
      kind,
      agreedByList.get(listKey) ?? [],
      options,
    );
    agencies.set(agency.name, applied.profile);
    // A conflicting entry is not "missing": its rows are reported as the conflict.
    listChanges.push(
      ...applied.changes.filter(
        (change) => !(change.action === ChangeAction.missing && conflicted.has(change.key)),
      ),
    );
  }

  const changes = [...recordResult.changes, ...listChanges];
  const conflicts = [...settledRecords.conflicts, ...settledEntries.conflicts];
  const counts = Object.fromEntries(
    Object.values(ChangeAction).map((action) => [
      action,
      changes.filter((change) => change.action === action).length,
    ]),
  ) as Record<ChangeAction, number>;
  return {
    records: recordResult.records,
    agencies: [...agencies.values()],
    changes,
    conflicts,
    counts: { ...counts, conflicts: conflicts.length },
  };
}
