import type {
  AgencyListKind,
  AgencyProfile,
  MajorDecisionCatalogueItem,
  Officer,
  Power,
  RandomInspectionItem,
} from '../../records/agency-profile';
import type { AgencyRef } from '../../records/decision-record';
import type { ServiceGuide } from '../../records/service-guide';

/** The agency's own details, as the 执法主体 sheet gives them (one row per agency). */
export type AgencyDetails = Pick<
  AgencyProfile,
  | 'name'
  | 'code'
  | 'bodyType'
  | 'address'
  | 'website'
  | 'duties'
  | 'legalBasis'
  | 'supervision'
  | 'remedies'
>;

/** What one row of each list becomes. */
export interface ListItems {
  readonly profile: AgencyDetails;
  readonly powers: Power;
  readonly officers: Officer;
  readonly randomInspections: RandomInspectionItem;
  readonly majorDecisionCatalogue: MajorDecisionCatalogueItem;
  readonly serviceGuides: ServiceGuide;
}
export type ListItem = ListItems[AgencyListKind];

/**
 * A column of a list sheet: the title the template writes, the titles agencies use for it,
 * and the example cell of the template's sample row (fictitious).
 */
export interface ListColumn<K extends string = string> {
  readonly key: K;
  readonly header: string;
  readonly aliases?: readonly string[];
  /** A row without it is rejected; a sheet without the column is refused as a whole. */
  readonly required?: boolean;
  readonly example: string;
}

/** A row's problem, as the 双公示 import reports them (RowProblem). */
export type Report = (code: string, message: string, messageEn: string, key?: string) => void;

/** What a list's row builder reads of one row. */
export interface ListRow<K extends string = string> {
  /** The cell's trimmed text; undefined when empty or when the sheet has no such column. */
  value(key: K): string | undefined;
  /** The column's title as the sheet wrote it (for messages), or the template's. */
  title(key: K): string;
  /** Whose list the row belongs to (执法主体 column, or the default agency). */
  readonly agency: AgencyRef;
  /** A problem that drops a cell but keeps the row. */
  readonly warn: Report;
  /** A problem that rejects the row. */
  readonly reject: Report;
}

/**
 * One 事前公开 list: its columns, how a row becomes an entry, and what identifies an entry
 * within the agency's list (a re-import compares entries by that key).
 */
export interface ListDefinition<
  L extends AgencyListKind = AgencyListKind,
  K extends string = string,
> {
  readonly kind: L;
  readonly columns: readonly ListColumn<K>[];
  /** The entry, or undefined when the row was rejected (problems reported through `row`). */
  build(row: ListRow<K>): ListItems[L] | undefined;
  /** Identity within one agency's list, e.g. the 执法证号 (folded), the 事项编码 or name. */
  key(item: ListItems[L]): string;
  /** How reports and the change history name the entry. */
  label(item: ListItems[L]): string;
  /**
   * The columns that give a field of the entry, where they are not just the column of the
   * field's own name: a re-import keeps a field whose columns the sheet does not have.
   */
  readonly fieldColumns?: Readonly<Record<string, readonly string[]>>;
  /**
   * For sheets laid out with merged cells (one 办事指南 over several 办理流程 rows): the row
   * adds to the entry above it when this returns the extended entry. Undefined: a new entry.
   */
  continues?(row: ListRow<K>, previous: ListItems[L]): ListItems[L] | undefined;
}

/**
 * The row's cells for `keys`, or undefined after rejecting the row for each empty one (with
 * the column named, as the 双公示 import's row.required-missing).
 */
export function requiredCells<K extends string>(
  row: ListRow<K>,
  keys: readonly K[],
): Record<K, string> | undefined {
  const values = {} as Record<K, string>;
  let complete = true;
  for (const key of keys) {
    const value = row.value(key);
    if (value === undefined) {
      complete = false;
      row.reject(
        'row.required-missing',
        `缺少「${row.title(key)}」，此行未导入。`,
        `"${row.title(key)}" is empty; row not imported.`,
        key,
      );
    } else {
      values[key] = value;
    }
  }
  return complete ? values : undefined;
}
