import type { IsoDate } from '../../calendar/iso-date';
import type { Problem } from '../../diagnostics/problem';
import { normaliseUnifiedSocialCreditCode } from '../../identifiers/unified-social-credit-code';
import type { AgencyListKind } from '../../records/agency-profile';
import type { AgencyRef } from '../../records/decision-record';
import { cellText, isEmptyCell, parseCellDate } from '../cell-values';
import { CONTROL_COLUMNS } from '../columns';
import { headerLookup, matchTitle } from '../header-match';
import { type RowProblem, type RowReport, RowStatus, rowProblem } from '../import-rows';
import { COMMON_LIST_COLUMNS, IGNORED_LIST_COLUMNS, PRIVATE_LIST_COLUMNS } from './common-columns';
import type { ListColumn, ListDefinition, ListItems, ListRow } from './list-definition';
import { LIST_DEFINITIONS } from './list-definitions';

/** One entry of an agency's list, as read from one row (or, for a 办事指南, a run of rows). */
export type ListEntry<L extends AgencyListKind = AgencyListKind> = {
  readonly [K in L]: {
    readonly kind: K;
    /** Whose list: the row's 执法主体 (or the default agency). */
    readonly agency: AgencyRef;
    /** Identity within the agency's list of this kind (ListDefinition.key). */
    readonly key: string;
    /** How reports name the entry. */
    readonly label: string;
    readonly item: ListItems[K];
    /** The sheet row it starts on (1-based, as the spreadsheet shows it). */
    readonly row: number;
    /** The row's 更新日期. */
    readonly updated?: IsoDate;
    readonly correctionReason?: string;
    readonly withdrawalReason?: string;
  };
}[L];

export interface ListImport {
  /** False when no list header was found (or the header is ambiguous): nothing imported. */
  readonly usable: boolean;
  readonly kind?: AgencyListKind;
  /** 1-based row number of the header. */
  readonly headerRow?: number;
  /**
   * The columns the header holds (ListColumn keys, and agency/agencyCode/updated): a
   * re-import changes only the fields these columns give.
   */
  readonly columnKeys?: readonly string[];
  /** The entries in sheet order. Two rows with the same key both stay: applying decides. */
  readonly entries: ListEntry[];
  /** One report per non-empty data row; `recordId` is the entry's key. */
  readonly rows: RowReport[];
  /** About the sheet as a whole: unknown, personal or missing columns. */
  readonly problems: Problem[];
  readonly counts: { readonly imported: number; readonly rejected: number };
}

export interface ListImportOptions {
  /** Read the sheet as this list instead of recognising it from the header. */
  readonly kind?: AgencyListKind;
  /** The agency for rows without a 执法主体 column or cell. */
  readonly defaultAgency?: AgencyRef;
}

type AnyKey = string;
type Lookup = ReadonlyMap<string, AnyKey>;

/** Marks in a lookup: a personal column (never read) and a column read as nothing (序号). */
const PRIVATE = '\u0000private';
const IGNORED = '\u0000ignored';

const lookups = new Map<AgencyListKind, Lookup>();

/** The kind's own columns first (they win a shared title), then the common, personal and ignored ones. */
function lookupFor(kind: AgencyListKind): Lookup {
  let lookup = lookups.get(kind);
  if (!lookup) {
    lookup = headerLookup<AnyKey>([
      ...(LIST_DEFINITIONS[kind].columns as readonly ListColumn[]),
      ...COMMON_LIST_COLUMNS,
      ...CONTROL_COLUMNS,
      ...PRIVATE_LIST_COLUMNS.map((header) => ({ key: PRIVATE, header })),
      ...IGNORED_LIST_COLUMNS.map((header) => ({ key: IGNORED, header })),
    ]);
    lookups.set(kind, lookup);
  }
  return lookup;
}

export interface ListHeader {
  readonly kind: AgencyListKind;
  /** 0-based index of the header row. */
  readonly index: number;
  /** How many of the kind's own columns the header names. */
  readonly score: number;
  /** Another kind the header fits as well: the sheet needs --kind. */
  readonly tiedWith?: AgencyListKind;
}

/**
 * The list a sheet holds and where its header is: the row among the first six naming the most
 * of one list's own columns (common columns such as 执法主体 and 更新日期 do not count).
 */
export function detectListHeader(
  rows: readonly (readonly string[])[],
  kind?: AgencyListKind,
): ListHeader | undefined {
  const kinds = kind ? [kind] : (Object.keys(LIST_DEFINITIONS) as AgencyListKind[]);
  let best: ListHeader | undefined;
  for (let index = 0; index < Math.min(rows.length, 6); index++) {
    for (const candidate of kinds) {
      const own = new Set(LIST_DEFINITIONS[candidate].columns.map((column) => column.key));
      const lookup = lookupFor(candidate);
      const matched = new Set(
        rows[index]!.map((title) => matchTitle(title, lookup)).filter(
          (key): key is string => key !== undefined && own.has(key),
        ),
      );
      const score = matched.size;
      if (!best || score > best.score) best = { kind: candidate, index, score };
      else if (
        score === best.score &&
        score > 0 &&
        index === best.index &&
        candidate !== best.kind
      ) {
        best = { ...best, tiedWith: candidate };
      }
    }
  }
  return best;
}

/** The fewest own columns a header must name to count as a list's header. */
export const MIN_LIST_HEADER_SCORE = 2;

function noHeader(message: string, messageEn: string, code = 'import.no-header'): ListImport {
  return {
    usable: false,
    entries: [],
    rows: [],
    problems: [{ path: '$', code, message, messageEn }],
    counts: { imported: 0, rejected: 0 },
  };
}

/**
 * Turns the rows of one 事前公开 list (header first; a title row above it is fine) into
 * entries, with a report per row like the 双公示 import's: a row missing a required cell is
 * rejected with the column named, the others are imported. Columns nobody knows are reported
 * (`import.unknown-column`); columns holding officers' personal data (身份证号, 手机…) are
 * reported and never read (`import.private-column`).
 */
export function importListRows(
  rows: readonly (readonly string[])[],
  options: ListImportOptions = {},
): ListImport {
  const header = detectListHeader(rows, options.kind);
  // A list named with --kind needs only one of its columns; recognising one takes two.
  if (!header || header.score < (options.kind ? 1 : MIN_LIST_HEADER_SCORE)) {
    return noHeader(
      '没有找到事前公开清单的表头（如「执法证号」「事项名称」「抽查事项」）。请确认表头在前几行，或用 --kind 指明清单种类。',
      'no 事前公开 list header found (e.g. 执法证号, 事项名称, 抽查事项). Is the header in the first rows? Name the list with --kind.',
    );
  }
  if (header.tiedWith && !options.kind) {
    return noHeader(
      `无法判断这是「${header.kind}」还是「${header.tiedWith}」清单：请用 --kind 指明。`,
      `cannot tell whether this is a ${header.kind} or a ${header.tiedWith} list: name it with --kind.`,
      'import.ambiguous-header',
    );
  }
  const definition = LIST_DEFINITIONS[header.kind] as ListDefinition;
  const lookup = lookupFor(header.kind);
  const headerCells = rows[header.index]!;
  const columnOf = new Map<AnyKey, number>();
  const problems: Problem[] = [];
  headerCells.forEach((title, index) => {
    if (title.trim() === '') return;
    const key = matchTitle(title, lookup);
    if (key === PRIVATE) {
      problems.push({
        path: `header.${title.trim()}`,
        code: 'import.private-column',
        message: `「${title.trim()}」列是个人信息，不予导入、不会公开，已忽略。`,
        messageEn: `"${title.trim()}" holds personal data: not imported and never published; ignored.`,
      });
    } else if (key === undefined) {
      problems.push({
        path: `header.${title.trim()}`,
        code: 'import.unknown-column',
        message: `不认识的列「${title.trim()}」，已忽略。`,
        messageEn: `unknown column "${title.trim()}" ignored.`,
      });
    } else if (key !== IGNORED && !columnOf.has(key)) {
      columnOf.set(key, index);
    }
  });
  const allColumns: readonly ListColumn[] = [...definition.columns, ...COMMON_LIST_COLUMNS];
  const templateTitle = (key: AnyKey) =>
    allColumns.find((column) => column.key === key)?.header ?? key;
  const titleOf = (key: AnyKey) => {
    const index = columnOf.get(key);
    return index === undefined ? templateTitle(key) : headerCells[index]!.trim();
  };
  const missingAgency = !columnOf.has('agency') && !options.defaultAgency;
  for (const column of definition.columns) {
    if (column.required && !columnOf.has(column.key)) {
      problems.push({
        path: `header.${column.header}`,
        code: 'import.missing-column',
        message: `缺少「${column.header}」列，所有行都无法导入。`,
        messageEn: `the "${column.header}" column is missing: no row can be imported.`,
      });
    }
  }
  if (missingAgency) {
    problems.push({
      path: 'header.执法主体',
      code: 'import.missing-column',
      message: '缺少「执法主体」列：请加上该列，或用 --agency 指定这份清单属于哪个机关。',
      messageEn: 'the 执法主体 column is missing: add it, or name the agency with --agency.',
    });
  }

  const entries: ListEntry[] = [];
  const reports: RowReport[] = [];
  for (let index = header.index + 1; index < rows.length; index++) {
    const cells = rows[index]!;
    if (cells.every(isEmptyCell)) continue;
    const rowProblems: RowProblem[] = [];
    const value = (key: AnyKey) => {
      const column = columnOf.get(key);
      return column === undefined ? undefined : cellText(cells[column]);
    };
    const report =
      (severity: 'error' | 'warning') =>
      (code: string, message: string, messageEn: string, key?: AnyKey) =>
        rowProblems.push(rowProblem(code, severity, message, messageEn, key && titleOf(key)));
    const agencyCell = value('agency');
    const agencyName = agencyCell ?? options.defaultAgency?.name;
    const codeCell = value('agencyCode');
    const agency: AgencyRef | undefined = agencyName
      ? {
          name: agencyName,
          ...(codeCell
            ? { code: normaliseUnifiedSocialCreditCode(codeCell) }
            : agencyName === options.defaultAgency?.name && options.defaultAgency.code
              ? { code: options.defaultAgency.code }
              : {}),
        }
      : undefined;
    const listRow = (of: AgencyRef): ListRow => ({
      value,
      title: titleOf,
      agency: of,
      warn: report('warning'),
      reject: report('error'),
    });

    // A row under a 办事指南 that only adds a step (merged cells leave the rest empty).
    const previous = entries.at(-1);
    if (
      previous &&
      definition.continues &&
      (agencyCell === undefined || agencyCell === previous.agency.name)
    ) {
      const extended = definition.continues(listRow(previous.agency), previous.item);
      if (extended) {
        entries[entries.length - 1] = { ...previous, item: extended } as ListEntry;
        reports.push({
          row: index + 1,
          status: RowStatus.imported,
          recordId: previous.key,
          problems: rowProblems,
        });
        continue;
      }
    }

    if (!agency) {
      report('error')(
        'row.agency-missing',
        '缺少执法主体（或用 --agency 指定默认机关），此行未导入。',
        'the agency (执法主体) is missing (or give a default agency); row not imported.',
        'agency',
      );
    }
    const updated = parseCellDate(value('updated'));
    if (updated.invalid) {
      report('warning')(
        'cell.invalid-date',
        `「${titleOf('updated')}」不是有效日期，已留空。`,
        `"${titleOf('updated')}" is not a valid date; left empty.`,
        'updated',
      );
    }
    const item = agency ? definition.build(listRow(agency)) : undefined;
    if (!item || !agency || rowProblems.some((entry) => entry.severity === 'error')) {
      reports.push({ row: index + 1, status: RowStatus.rejected, problems: rowProblems });
      continue;
    }
    const correctionReason = value('correctionReason');
    const withdrawalReason = value('withdrawalReason');
    const entry = {
      kind: header.kind,
      agency,
      key: definition.key(item),
      label: definition.label(item),
      item,
      row: index + 1,
      ...(updated.date ? { updated: updated.date } : {}),
      ...(correctionReason ? { correctionReason } : {}),
      ...(withdrawalReason ? { withdrawalReason } : {}),
    } as ListEntry;
    entries.push(entry);
    reports.push({
      row: index + 1,
      status: RowStatus.imported,
      recordId: entry.key,
      problems: rowProblems,
      ...(correctionReason ? { correctionReason } : {}),
      ...(withdrawalReason ? { withdrawalReason } : {}),
    });
  }
  const rejected = reports.filter((entry) => entry.status === RowStatus.rejected).length;
  return {
    usable: true,
    kind: header.kind,
    headerRow: header.index + 1,
    columnKeys: [...columnOf.keys()],
    entries,
    rows: reports,
    problems,
    counts: { imported: reports.length - rejected, rejected },
  };
}
