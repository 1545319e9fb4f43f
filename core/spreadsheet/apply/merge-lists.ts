import type { IsoDate } from '../../calendar/iso-date';
import {
  type AgencyListKind,
  type AgencyProfile,
  type ProfileChange,
  ProfileChangeKind,
} from '../../records/agency-profile';
import type { AgencyRef } from '../../records/decision-record';
import type { ListEntry } from '../lists/import-list';
import type { ListItem } from '../lists/list-definition';
import { LIST_DEFINITIONS } from '../lists/list-definitions';
import {
  ChangeAction,
  type ImportChange,
  MISSING_WARNING,
  NOTHING_TO_WITHDRAW,
  PROFILE_STAYS,
  REASON_MISSING_WARNING,
  REASON_NOT_GIVEN,
  type SourceRef,
} from './import-change';
import { changedFields, describeValue, mergeEntry } from './list-fields';
import { previousValues } from './previous-values';

/** A list entry read in this run, with where it came from. */
export interface IncomingEntry {
  readonly entry: ListEntry;
  readonly source: SourceRef;
  /** The columns of its sheet (ListImport.columnKeys). */
  readonly columnKeys?: readonly string[];
}

/** A profile for an agency the feed does not know yet: every list empty. */
export function emptyProfile(agency: AgencyRef): AgencyProfile {
  return {
    name: agency.name,
    ...(agency.code ? { code: agency.code } : {}),
    duties: [],
    powers: [],
    legalBasis: [],
    officers: [],
    randomInspections: [],
    procedures: [],
    serviceGuides: [],
    supervision: [],
    remedies: [],
  };
}

type ItemList = readonly ListItem[];

function listOf(profile: AgencyProfile, kind: Exclude<AgencyListKind, 'profile'>): ItemList {
  return (profile[kind] ?? []) as ItemList;
}

function latest(dates: readonly (IsoDate | undefined)[]): IsoDate | undefined {
  return dates
    .filter((date): date is IsoDate => date !== undefined)
    .sort()
    .at(-1);
}

/**
 * Applies one agency's entries of one list, read in this run, to its profile. The sheet is
 * the agency's whole list: entries are added, corrected (with a history entry naming the
 * fields, the reason or 未说明原因, and the old values that hold no personal data) or
 * withdrawn when their row gives a 撤回原因; published entries the sheet leaves out are kept
 * and reported, never deleted. The list's updated date becomes the latest 更新日期 of its
 * rows, or the import date.
 */
export function applyListEntries(
  current: AgencyProfile | undefined,
  agency: AgencyRef,
  kind: AgencyListKind,
  incoming: readonly IncomingEntry[],
  options: { readonly date: IsoDate },
): { profile: AgencyProfile; changes: ImportChange[] } {
  const definition = LIST_DEFINITIONS[kind] as unknown as {
    key(item: ListItem): string;
    label(item: ListItem): string;
    fieldColumns?: Readonly<Record<string, readonly string[]>>;
  };
  const profile = current ?? emptyProfile(agency);
  const changes: ImportChange[] = [];
  const history: ProfileChange[] = [];
  const change = (
    action: ChangeAction,
    key: string,
    label: string,
    extra: Partial<ImportChange> = {},
  ) =>
    changes.push({
      action,
      target: kind,
      agency: profile.name,
      key,
      label,
      problems: [],
      ...extra,
    });

  const published: ItemList =
    kind === 'profile' ? (current ? [current as unknown as ListItem] : []) : listOf(profile, kind);
  const publishedByKey = new Map(published.map((item) => [definition.key(item), item]));
  const seen = new Set<string>();
  const result: ListItem[] = [];

  for (const { entry, source, columnKeys } of incoming) {
    seen.add(entry.key);
    const before = publishedByKey.get(entry.key);
    if (entry.withdrawalReason) {
      if (!before || kind === 'profile') {
        change(ChangeAction.ignored, entry.key, entry.label, {
          source,
          problems: [kind === 'profile' ? PROFILE_STAYS : NOTHING_TO_WITHDRAW],
        });
        continue;
      }
      history.push({
        date: options.date,
        kind: ProfileChangeKind.withdrawal,
        list: kind,
        item: entry.label,
        reason: entry.withdrawalReason,
      });
      change(ChangeAction.withdrawn, entry.key, entry.label, {
        source,
        reason: entry.withdrawalReason,
      });
      continue;
    }
    if (!before) {
      result.push(entry.item);
      change(ChangeAction.added, entry.key, entry.label, { source });
      continue;
    }
    const after = mergeEntry(before, entry.item, columnKeys, definition.fieldColumns);
    const fields = changedFields(before, after);
    if (fields.length === 0) {
      result.push(before);
      change(ChangeAction.unchanged, entry.key, entry.label, { source });
      continue;
    }
    const reason = entry.correctionReason ?? REASON_NOT_GIVEN;
    const previous = previousValues(
      Object.fromEntries(
        fields.map((field) => [field, describeValue((before as Record<string, unknown>)[field])]),
      ),
    );
    history.push({
      date: options.date,
      kind: ProfileChangeKind.correction,
      list: kind,
      item: entry.label,
      fields,
      reason,
      ...(previous ? { previous } : {}),
    });
    result.push(after);
    change(ChangeAction.corrected, entry.key, entry.label, {
      source,
      fields,
      reason,
      problems: entry.correctionReason ? [] : [{ ...REASON_MISSING_WARNING }],
    });
  }
  for (const item of published) {
    const key = definition.key(item);
    if (seen.has(key)) continue;
    result.push(item);
    change(ChangeAction.missing, key, definition.label(item), { problems: [MISSING_WARNING] });
  }

  const updatedOn = latest(incoming.map(({ entry }) => entry.updated)) ?? options.date;
  const listsUpdated = { ...profile.listsUpdated, [kind]: updatedOn };
  // The details sheet gives the agency's own fields; its lists come from their own sheets.
  const base: AgencyProfile =
    kind === 'profile' ? { ...profile, ...(result[0] as object) } : { ...profile, [kind]: result };
  const next: AgencyProfile = {
    ...base,
    listsUpdated,
    updated: latest([profile.updated, ...Object.values(listsUpdated)])!,
    ...(history.length > 0 || profile.changes
      ? { changes: [...(profile.changes ?? []), ...history] }
      : {}),
  };
  return { profile: next, changes };
}
